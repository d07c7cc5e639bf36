import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { isAssessedLevel } from '../../domain/followup/assessed-goals';
import { activities, goalLevels, goals, indicatorTargets, indicators } from '../db/schema';

/**
 * What a unit may report on: items of its own or of the organisations above it (a unit reports on
 * the council's and the committee's indicators, goals and activities), never a sibling's. An
 * indicator must also be in the unit's plan: its own, or one it set an Årsmål row for. And the item
 * must be of the report's year: an item of another year belongs to that year's report, whose
 * status the request was not checked against.
 * Each check is one query (the owners above come from a subquery), since every save runs one.
 */

/** A subquery of the organisation's id and its ancestors' ids, for `owner in (…)`. */
function ownersAbove(organisationId: number): SQL {
	return sql`(
		with recursive up(id, parent_id) as (
			select id, parent_id from organisations where id = ${organisationId}
			union all
			select o.id, o.parent_id from organisations o join up on o.id = up.parent_id
		)
		select id from up
	)`;
}

export type ReportableIndicator = typeof indicators.$inferSelect & { year: number };

export async function reportableIndicator(db: DbOrTx, indicatorId: number, organisationId: number, year: number): Promise<ReportableIndicator | null> {
	const [row] = await db
		.select({ indicator: indicators, year: goals.year, target: indicatorTargets.organisationId })
		.from(indicators)
		.innerJoin(goals, eq(goals.id, indicators.goalId))
		.leftJoin(indicatorTargets, and(eq(indicatorTargets.indicatorId, indicators.id), eq(indicatorTargets.organisationId, organisationId)))
		.where(and(eq(indicators.id, indicatorId), eq(goals.year, year), sql`${indicators.organisationId} in ${ownersAbove(organisationId)}`));
	if (!row) return null;
	const inPlan = row.indicator.organisationId === organisationId || row.target !== null;
	return inPlan ? { ...row.indicator, year: row.year } : null;
}

/** A goal the unit assesses: of its year, its own or above it, and of a level units assess (not the top one). */
export async function reportableGoal(db: DbOrTx, goalId: number, organisationId: number, year: number) {
	const [row] = await db
		.select({ goal: goals, depth: goalLevels.depth })
		.from(goals)
		.innerJoin(goalLevels, eq(goalLevels.id, goals.levelId))
		.where(and(eq(goals.id, goalId), eq(goals.year, year), sql`${goals.organisationId} in ${ownersAbove(organisationId)}`));
	return row && isAssessedLevel(row.depth) ? row.goal : null;
}

export async function reportableActivity(db: DbOrTx, activityId: number, organisationId: number, year: number) {
	const [row] = await db
		.select({ activity: activities })
		.from(activities)
		.innerJoin(goals, eq(goals.id, activities.goalId))
		.where(and(eq(activities.id, activityId), eq(goals.year, year), sql`${activities.organisationId} in ${ownersAbove(organisationId)}`));
	return row?.activity ?? null;
}
