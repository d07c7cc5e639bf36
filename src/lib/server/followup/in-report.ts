import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import { integerArray } from '../db/integer-array';
import { isAssessedLevel } from '../../domain/followup/assessed-goals';
import { activities, goalLevels, goals, indicatorTargets, indicators } from '../db/schema';

/**
 * What a unit may report on: items of its own or of the organisations above it (a unit reports on
 * the council's and the committee's indicators, goals and activities), never a sibling's. An
 * indicator must also be in the unit's plan: its own, or one it set an Årsmål row for. And the item
 * must be of the report's year: an item of another year belongs to that year's report, whose
 * status the request was not checked against.
 * Each check is one query (the owners above come from a recursive subquery), since every save runs one.
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

/** An indicator a unit may report an outcome on, with what reading and judging the outcome needs. */
export type ReportableIndicator = Pick<typeof indicators.$inferSelect, 'id' | 'kind' | 'unit' | 'genderSplit' | 'periodicity'> & { year: number };

/**
 * Which of the pairs (indicator, unit) are the unit's to report on in the year, for many at once
 * in one query whatever their number (saveOutcomes checks every item of a file with it): the
 * indicator is of the year, owned by the unit or an organisation above it (each unit's ancestors
 * from one recursive query for all units), and in the unit's plan: its own, or one it set an
 * Årsmål row for. Returns a lookup; a pair it does not know is not reportable.
 */
export async function reportableIndicators(
	db: DbOrTx,
	year: number,
	pairs: readonly { indicatorId: number; organisationId: number }[]
): Promise<(indicatorId: number, organisationId: number) => ReportableIndicator | null> {
	const found = new Map<string, ReportableIndicator>();
	const key = (indicatorId: number, organisationId: number) => `${indicatorId}/${organisationId}`;
	if (pairs.length > 0) {
		const rows = await executeRows<ReportableIndicator & { organisationId: number }>(
			db,
			sql`
			with recursive up(unit_id, id, parent_id) as (
				select o.id, o.id, o.parent_id from organisations o where o.id = any(${integerArray(pairs.map((p) => p.organisationId))}::integer[])
				union all
				select up.unit_id, o.id, o.parent_id from up join organisations o on o.id = up.parent_id
			)
			select up.unit_id as "organisationId", i.id, i.kind, i.unit, i.gender_split as "genderSplit", i.periodicity, g.year
			from up
			join ${indicators} i on i.organisation_id = up.id
			join ${goals} g on g.id = i.goal_id
			where i.id = any(${integerArray(pairs.map((p) => p.indicatorId))}::integer[])
				and g.year = ${year}
				and (i.organisation_id = up.unit_id
					or exists (select 1 from ${indicatorTargets} t where t.indicator_id = i.id and t.organisation_id = up.unit_id))`
		);
		for (const { organisationId, ...indicator } of rows) {
			found.set(key(Number(indicator.id), Number(organisationId)), { ...indicator, id: Number(indicator.id), year: Number(indicator.year) });
		}
	}
	return (indicatorId, organisationId) => found.get(key(indicatorId, organisationId)) ?? null;
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
