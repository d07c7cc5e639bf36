/** Column sums of a budget table (tkr); a column with no values sums to null (an empty cell). */
export function budgetColumnSums(columnCount: number, rows: { values: (number | null)[] }[]): (number | null)[] {
	const sums: (number | null)[] = Array.from({ length: columnCount }, () => null);
	for (const row of rows) {
		for (let i = 0; i < columnCount; i++) {
			const v = row.values[i];
			if (v === null || v === undefined) continue;
			sums[i] = (sums[i] ?? 0) + v;
		}
	}
	return sums;
}

/** The computed sum row's label: "Netto" as in the city's tables. */
export const BUDGET_SUM_LABEL = 'Netto';
