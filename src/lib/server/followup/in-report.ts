import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { activities, goals, indicatorTargets, indicators } from '../db/schema';
import { executeRows } from '../db/execute-rows';

/**
 * What a unit may report on: items of its own or of the organisations above it (a unit reports on
 * the council's and the committee's indicators, goals and activities), never a sibling's. An
 * indicator must also be in the unit's plan: its own, or one it set an Årsmål row for.
 */

/** The organisation and its ancestors' ids. */
async function ownersAbove(db: DbOrTx, organisationId: number): Promise<number[]> {
	const rows = await executeRows<{ id: number }>(
		db,
		sql`with recursive up(id, parent_id) as (
			select id, parent_id from organisations where id = ${organisationId}
			union all
			select o.id, o.parent_id from organisations o join up on o.id = up.parent_id
		) select id from up`
	);
	return rows.map((r) => Number(r.id));
}

export type ReportableIndicator = typeof indicators.$inferSelect & { year: number };

export async function reportableIndicator(db: DbOrTx, indicatorId: number, organisationId: number): Promise<ReportableIndicator | null> {
	const [row] = await db
		.select({ indicator: indicators, year: goals.year, target: indicatorTargets.organisationId })
		.from(indicators)
		.innerJoin(goals, eq(goals.id, indicators.goalId))
		.leftJoin(indicatorTargets, and(eq(indicatorTargets.indicatorId, indicators.id), eq(indicatorTargets.organisationId, organisationId)))
		.where(eq(indicators.id, indicatorId));
	if (!row) return null;
	const inPlan = row.indicator.organisationId === organisationId || row.target !== null;
	if (!inPlan || !(await ownersAbove(db, organisationId)).includes(row.indicator.organisationId)) return null;
	return { ...row.indicator, year: row.year };
}

export async function reportableGoal(db: DbOrTx, goalId: number, organisationId: number) {
	const [goal] = await db.select().from(goals).where(eq(goals.id, goalId));
	if (!goal || !(await ownersAbove(db, organisationId)).includes(goal.organisationId)) return null;
	return goal;
}

export async function reportableActivity(db: DbOrTx, activityId: number, organisationId: number) {
	const [activity] = await db.select().from(activities).where(eq(activities.id, activityId));
	if (!activity || !(await ownersAbove(db, organisationId)).includes(activity.organisationId)) return null;
	return activity;
}
