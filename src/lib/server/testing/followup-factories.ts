/**
 * Test factories for the follow-up: a small city with a framework that has indicators of each
 * periodicity, two units holding them with their Årsmål, and a unit's budget table; and a way to
 * enter an outcome as the report editor does.
 */
import type { DbOrTx } from '../db/client';
import type { Organisation } from '../organisations/create-organisation';
import { eq } from 'drizzle-orm';
import { budgetRows, budgetTables, goals, indicators } from '../db/schema';
import { createActivity, createGoal, createIndicator, createPlan, createTestCity, setIndicatorTarget } from './factories';
import { saveOutcome } from '../followup/save-outcome';
import type { OutcomeFields } from '../followup/followup-input';
import type { ReportPeriod } from '../../domain/followup/report-periods';

/**
 * Teststad → Norra nämnden → Familjeenheten, Vuxenenheten, with for `year`:
 * KF 1 → 1.4 (KF indicator "Andel … i tid", %, tertial, gender split, KF:s årsmål 80 %) → nämndmål
 * 1.4.1 (committee indicator "Antal hembesök", st, halvår) → Familjeenheten's unit goal (its own
 * indicator "Nöjd-brukar-index", index, år). Familjeenheten's Årsmål: 82 % and 120 st; Vuxenenheten's:
 * 75 % (it does not hold the committee's count). One committee activity and one of the unit's own.
 */
export async function createFollowupCity(db: DbOrTx, year = 2026, n?: number) {
	const city = await createTestCity(db, n);
	const { municipality, committee, unit, otherUnit } = city;
	return { ...city, ...(await createFollowupFramework(db, { municipality, committee, unit, otherUnit }, year)) };
}

export async function createFollowupFramework(
	db: DbOrTx,
	city: Pick<Awaited<ReturnType<typeof createTestCity>>, 'municipality' | 'committee' | 'unit' | 'otherUnit'>,
	year: number
) {
	const { municipality, committee, unit, otherUnit } = city;
	const direction = await createGoal(db, { organisation: municipality, year, number: '1', title: 'En stad där alla kan växa' });
	const area = await createGoal(db, { organisation: municipality, parent: direction, number: '1.4', title: 'Stöd ges i tid' });
	const committeeGoal = await createGoal(db, { organisation: committee, parent: area, number: '1.4.1', title: 'Tidiga insatser för barn' });
	const unitGoal = await createGoal(db, { organisation: unit, parent: committeeGoal, title: 'Familjer får stöd tidigt' });
	const share = await createIndicator(db, {
		goal: area,
		name: 'Andel utredningar som avslutas i tid',
		unit: '%',
		periodicity: 'tertial',
		genderSplit: true,
		councilTargetValue: 80
	});
	const visits = await createIndicator(db, { goal: committeeGoal, name: 'Antal hembesök', unit: 'st', periodicity: 'half-year' });
	const satisfaction = await createIndicator(db, { goal: unitGoal, name: 'Nöjd-brukar-index', unit: 'index', periodicity: 'year' });
	await setIndicatorTarget(db, share, unit, 82);
	await setIndicatorTarget(db, visits, unit, 120);
	await setIndicatorTarget(db, share, otherUnit, 75);
	const committeeActivity = await createActivity(db, { goal: committeeGoal, title: 'Registerförteckningen revideras' });
	const unitActivity = await createActivity(db, { goal: unitGoal, title: 'Föräldragrupper startar' });
	return { direction, area, committeeGoal, unitGoal, share, visits, satisfaction, committeeActivity, unitActivity };
}

/** A budget table in the unit's verksamhetsplan with rows [label, budget tkr]. */
export async function createBudgetTable(
	db: DbOrTx,
	options: { organisation: Organisation; year?: number; heading?: string; rows: [string, number | null][] }
) {
	const plan = await createPlan(db, { organisation: options.organisation, year: options.year ?? 2026 });
	const [table] = await db
		.insert(budgetTables)
		.values({ planId: plan.id, heading: options.heading ?? 'Individ- och familjeomsorg', columns: ['Budget'] })
		.returning();
	const rows = await db
		.insert(budgetRows)
		.values(options.rows.map(([label, amount], position) => ({ tableId: table.id, label, values: [amount], position })))
		.returning();
	return { plan, table, rows };
}

/** The year an indicator belongs to: its goal's. */
async function yearOf(db: DbOrTx, indicatorId: number): Promise<number> {
	const [row] = await db.select({ year: goals.year }).from(indicators).innerJoin(goals, eq(goals.id, indicators.goalId)).where(eq(indicators.id, indicatorId));
	if (!row) throw new Error(`No indicator ${indicatorId}`);
	return row.year;
}

/** Enters an outcome as the report editor would (in the report of the indicator's year unless `year` is named), starting from no outcome; fails the test if refused. */
export async function enterOutcome(
	db: DbOrTx,
	options: { indicator: { id: number }; organisation: { id: number }; year?: number; period: ReportPeriod; fields: OutcomeFields; version?: number }
) {
	const result = await saveOutcome(db, {
		indicatorId: options.indicator.id,
		organisationId: options.organisation.id,
		year: options.year ?? (await yearOf(db, options.indicator.id)),
		period: options.period,
		version: options.version ?? 0,
		fields: options.fields
	});
	if (!result.ok) throw new Error(`saveOutcome refused: ${JSON.stringify(result.errors)}`);
	return result.value;
}
