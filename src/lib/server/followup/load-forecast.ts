import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { budgetFollowups, budgetRows, budgetTables, plans } from '../db/schema';
import { getOrganisation, type OrganisationContext } from '../organisations/get-organisation';
import { budgetFollowupTables, type ReportBudgetTable } from './budget-followup-tables';
import type { MonthPeriod } from '../../domain/followup/report-periods';

export interface ForecastView extends OrganisationContext {
	year: number;
	month: MonthPeriod;
	/** The year's verksamhetsplan, whose budget tables are followed up; null when not started. */
	plan: typeof plans.$inferSelect | null;
	budget: ReportBudgetTable[];
}

/**
 * A unit's monthly budget forecast (månadsprognos): the verksamhetsplan's budget tables with each
 * row's outcome so far and forecast for the year as entered for the month, with variance and sums.
 * Four queries besides the organisation's, whatever the number of tables and rows.
 */
export async function loadForecast(db: DbOrTx, slug: string, year: number, month: MonthPeriod): Promise<ForecastView> {
	const context = await getOrganisation(db, slug);
	const [plan] = await db
		.select()
		.from(plans)
		.where(and(eq(plans.organisationId, context.organisation.id), eq(plans.year, year), eq(plans.kind, 'verksamhetsplan')));
	const tables = plan
		? await db.select().from(budgetTables).where(eq(budgetTables.planId, plan.id)).orderBy(asc(budgetTables.position), asc(budgetTables.id))
		: [];
	const rows = tables.length
		? await db
				.select()
				.from(budgetRows)
				.where(
					inArray(
						budgetRows.tableId,
						tables.map((t) => t.id)
					)
				)
				.orderBy(asc(budgetRows.position), asc(budgetRows.id))
		: [];
	const followups = rows.length
		? await db
				.select()
				.from(budgetFollowups)
				.where(
					and(
						inArray(
							budgetFollowups.budgetRowId,
							rows.map((r) => r.id)
						),
						eq(budgetFollowups.period, month)
					)
				)
		: [];
	const withRows = tables.map((t) => ({ ...t, rows: rows.filter((r) => r.tableId === t.id) }));
	return { ...context, year, month, plan: plan ?? null, budget: budgetFollowupTables(withRows, followups) };
}
