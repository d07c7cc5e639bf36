import { formatNumber } from '$lib/domain/format/number';

/** An amount as it stands in an input: Swedish, ungrouped-free of NBSP so it re-parses, empty for none. */
export function formTkrInput(value: number | null | undefined): string {
	if (value === null || value === undefined) return '';
	return formatNumber(value, 2).replace(/\u00a0/g, ' ');
}
