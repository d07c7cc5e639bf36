import type { PlanView } from '../plans/load-plan';
import type { BudgetFollowupRow } from './save-budget-followup';
import { budgetFollowupSums, budgetVariance, type BudgetFollowupSums } from '../../domain/followup/budget-followup';

export interface ReportBudgetRow {
	id: number;
	label: string;
	/** The row's budget: the plan table's first column, tkr. */
	budget: number | null;
	followup: BudgetFollowupRow | null;
	/** Budget − prognos. */
	variance: number | null;
}

export interface ReportBudgetTable {
	id: number;
	heading: string;
	/** The plan's name of the budget column ("Budget", "Budget VP"). */
	budgetColumn: string;
	rows: ReportBudgetRow[];
	sums: BudgetFollowupSums;
}

/**
 * The plan's budget tables with each row's follow-up for one period (a report or a month): the
 * budget (the first column), outcome so far, forecast, variance and the table's sums. The same
 * for the report and the monthly forecast.
 */
export function budgetFollowupTables(
	tables: Pick<PlanView['budget'][number], 'id' | 'heading' | 'columns' | 'rows'>[],
	followups: readonly BudgetFollowupRow[]
): ReportBudgetTable[] {
	const byRow = new Map(followups.map((r) => [r.budgetRowId, r]));
	return tables.map((table) => {
		const rows = table.rows.map((row) => {
			const followup = byRow.get(row.id) ?? null;
			const budget = row.values[0] ?? null;
			return { id: row.id, label: row.label, budget, followup, variance: budgetVariance(budget, followup?.forecast ?? null) };
		});
		return {
			id: table.id,
			heading: table.heading,
			budgetColumn: table.columns[0] ?? 'Budget',
			rows,
			sums: budgetFollowupSums(rows.map((r) => ({ budget: r.budget, outcome: r.followup?.outcome ?? null, forecast: r.followup?.forecast ?? null })))
		};
	});
}
