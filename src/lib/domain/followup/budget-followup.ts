/**
 * The budget's follow-up: for each row of a budget table, the outcome so far (utfall) and the
 * forecast for the year (prognos) at a report or a month, against the row's budget.
 *
 * - The budget is the row's first column in the plan (Budget, Budget VP …), in tkr.
 * - Avvikelse = budget − prognos. Costs are written as positive amounts and intäkter as negative
 *   (as the city's account lists do), so a positive variance is always the good side: a cost
 *   below budget or an income above it (more negative). Plans that write intäkter as positive
 *   amounts get the sign the other way for those rows; the document shows the numbers as entered.
 * - Sums over a table are computed, never stored, like the plan's budget sums; a column sum is
 *   null when no row has a figure in it.
 */

export interface BudgetFollowupRow {
	budget: number | null;
	outcome: number | null;
	forecast: number | null;
}

/** Avvikelse = budget − prognos; null when either is missing. */
export function budgetVariance(budget: number | null, forecast: number | null): number | null {
	if (budget === null || forecast === null) return null;
	return budget - forecast;
}

export interface BudgetFollowupSums {
	budget: number | null;
	outcome: number | null;
	forecast: number | null;
	/** The sums' variance: Σbudget − Σprognos, over the rows that have both. */
	variance: number | null;
}

function sum(values: (number | null)[]): number | null {
	const present = values.filter((v): v is number => v !== null);
	return present.length ? present.reduce((a, b) => a + b, 0) : null;
}

/** The table's Netto row: each column summed; the variance over rows with both a budget and a forecast. */
export function budgetFollowupSums(rows: readonly BudgetFollowupRow[]): BudgetFollowupSums {
	return {
		budget: sum(rows.map((r) => r.budget)),
		outcome: sum(rows.map((r) => r.outcome)),
		forecast: sum(rows.map((r) => r.forecast)),
		variance: sum(rows.map((r) => budgetVariance(r.budget, r.forecast)))
	};
}
