/**
 * A Postgres integer array literal ('{1,2,3}'), sent as one parameter whatever the length:
 * `id = any(${integerArray(ids)}::integer[])` instead of one parameter per id.
 */
export function integerArray(ids: Iterable<number>): string {
	return `{${[...new Set(ids)].filter((n) => Number.isSafeInteger(n)).join(',')}}`;
}
