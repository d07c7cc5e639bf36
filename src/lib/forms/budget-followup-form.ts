import type { BudgetFollowupRowFields } from '$lib/server/followup/followup-input';

/**
 * The budget follow-up form's cells ("outcome-<row id>", "forecast-<row id>", "comment-<row id>",
 * "version-<row id>") as the rows saveBudgetFollowup reads, for the rows of the table shown: a
 * cell of a row not in the table is not read. The same form on the report and the forecast page.
 */
export function budgetFollowupRows(values: Record<string, string>, table: { rows: { id: number }[] }): Record<number, BudgetFollowupRowFields> {
	return Object.fromEntries(
		table.rows.map((row) => [
			row.id,
			{
				version: values[`version-${row.id}`] ?? '0',
				outcome: values[`outcome-${row.id}`] ?? '',
				forecast: values[`forecast-${row.id}`] ?? '',
				comment: values[`comment-${row.id}`] ?? ''
			}
		])
	);
}
