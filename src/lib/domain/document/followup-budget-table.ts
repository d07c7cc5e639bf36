/** What the document reads of a report's budget table (live or frozen). */
export interface FollowupTable {
	id: number;
	heading: string;
	budgetColumn: string;
	rows: { id: number; label: string; budget: number | null; followup: { outcome: number | null; forecast: number | null } | null; variance: number | null }[];
	sums: { budget: number | null; outcome: number | null; forecast: number | null; variance: number | null };
}

/**
 * A report's budget table in the shape the document's BudgetTable shows: Budget | Utfall | Prognos |
 * Avvikelse in tkr, with the Netto row from the computed sums. `labels` names the three follow-up columns.
 */
export function followupAsBudgetTable(table: FollowupTable, labels: { outcome: string; forecast: string; variance: string }) {
	return {
		id: table.id,
		heading: table.heading,
		columns: [table.budgetColumn, labels.outcome, labels.forecast, labels.variance],
		rows: table.rows.map((r) => ({ id: r.id, label: r.label, values: [r.budget, r.followup?.outcome ?? null, r.followup?.forecast ?? null, r.variance] })),
		sums: [table.sums.budget, table.sums.outcome, table.sums.forecast, table.sums.variance]
	};
}
