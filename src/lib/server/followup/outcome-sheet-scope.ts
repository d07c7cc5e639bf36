import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import { goalApplicability, goals, indicatorOutcomes, indicatorTargets, indicators } from '../db/schema';
import { storedOutcome, type StoredOutcome } from './outcome-row';
import { unitCascade, type CascadeNode } from '../../domain/cascade/unit-cascade';
import { isReportedIn, type ReportPeriod } from '../../domain/followup/report-periods';

type GoalRow = typeof goals.$inferSelect;
type IndicatorRow = typeof indicators.$inferSelect;
type TargetRow = typeof indicatorTargets.$inferSelect;

export interface ScopeUnit {
	id: number;
	name: string;
	/** From the root to the unit itself, as the policy's Target wants it. */
	path: number[];
}

export interface ScopeRow {
	unit: ScopeUnit;
	goal: GoalRow;
	indicator: IndicatorRow;
	/** The unit's Årsmål row; null for the unit's own indicator without one. */
	target: TargetRow | null;
	outcome: StoredOutcome | null;
}

/** The units an organisation's spreadsheet covers: the unit itself, or every unit below a committee or the council, in tree order. */
export async function unitsBelow(db: DbOrTx, organisationId: number): Promise<{ units: ScopeUnit[]; organisationIds: number[] }> {
	const rows = await executeRows<{ id: number; kind: string; name: string; path: number[] }>(
		db,
		sql`
		with recursive up(node, path) as (
			select o.parent_id, array[o.id] from organisations o where o.id = ${organisationId}
			union all
			select o.parent_id, o.id || up.path from up join organisations o on o.id = up.node
		),
		below(id, kind, name, path, sort_key) as (
			select o.id, o.kind, o.name, (select path from up where node is null), array[o.position, o.id]
			from organisations o where o.id = ${organisationId}
			union all
			select o.id, o.kind, o.name, below.path || o.id, below.sort_key || array[o.position, o.id]
			from organisations o join below on o.parent_id = below.id
		)
		select id, kind, name, path from below order by sort_key`
	);
	const units = rows.filter((r) => r.kind === 'unit').map((r) => ({ id: Number(r.id), name: r.name, path: r.path.map(Number) }));
	// Every organisation on a unit's path may own goals and indicators in its plan.
	const organisationIds = [...new Set(rows.flatMap((r) => r.path.map(Number)))];
	return { units, organisationIds };
}

/**
 * Per unit, in the order its report shows them, the indicators in its plan reported in the period,
 * with the unit's Årsmål and stored outcome: what loadReport shows, for many units at once, in
 * five queries (unitsBelow's one aside) whatever the number of units.
 * A unit's plan holds an indicator of its own, or one of its committee's or the council's that it
 * has an Årsmål row for, under a goal of its cascade.
 */
export async function outcomeSheetScope(db: DbOrTx, scope: { units: ScopeUnit[]; organisationIds: number[] }, year: number, period: ReportPeriod): Promise<ScopeRow[]> {
	const { units, organisationIds } = scope;
	if (units.length === 0) return [];
	const unitIds = units.map((u) => u.id);
	const goalRows = await db
		.select()
		.from(goals)
		.where(and(eq(goals.year, year), inArray(goals.organisationId, organisationIds)));
	const goalIds = goalRows.map((g) => g.id);
	if (goalIds.length === 0) return [];
	const [applicabilityRows, indicatorRows] = await Promise.all([
		db.select().from(goalApplicability).where(inArray(goalApplicability.goalId, goalIds)),
		db.select().from(indicators).where(inArray(indicators.goalId, goalIds)).orderBy(asc(indicators.position), asc(indicators.id))
	]);
	const reported = indicatorRows.filter((i) => isReportedIn(i.periodicity, period));
	const indicatorIds = reported.map((i) => i.id);
	const [targetRows, outcomeRows] = indicatorIds.length
		? await Promise.all([
				db
					.select()
					.from(indicatorTargets)
					.where(and(inArray(indicatorTargets.organisationId, unitIds), inArray(indicatorTargets.indicatorId, indicatorIds))),
				db
					.select()
					.from(indicatorOutcomes)
					.where(
						and(inArray(indicatorOutcomes.organisationId, unitIds), inArray(indicatorOutcomes.indicatorId, indicatorIds), eq(indicatorOutcomes.period, period))
					)
			])
		: [[], []];

	const applicability = new Map<number, number[]>();
	for (const row of applicabilityRows) applicability.set(row.goalId, [...(applicability.get(row.goalId) ?? []), row.organisationId]);
	const byGoal = new Map<number, IndicatorRow[]>();
	for (const i of reported) byGoal.set(i.goalId, [...(byGoal.get(i.goalId) ?? []), i]);
	const targets = new Map(targetRows.map((t) => [`${t.indicatorId}/${t.organisationId}`, t]));
	const outcomes = new Map(outcomeRows.map((o) => [`${o.indicatorId}/${o.organisationId}`, storedOutcome(o)]));

	const result: ScopeRow[] = [];
	for (const unit of units) {
		const owners = new Set(unit.path);
		const ancestorIds = unit.path.slice(0, -1).reverse();
		const tree = unitCascade(
			goalRows.filter((g) => owners.has(g.organisationId)),
			{ unitId: unit.id, ancestorIds, applicability }
		);
		const visit = (nodes: CascadeNode<GoalRow>[]) => {
			for (const node of nodes) {
				for (const indicator of byGoal.get(node.goal.id) ?? []) {
					if (!owners.has(indicator.organisationId)) continue;
					const key = `${indicator.id}/${unit.id}`;
					const target = targets.get(key) ?? null;
					if (indicator.organisationId !== unit.id && !target) continue;
					result.push({ unit, goal: node.goal, indicator, target, outcome: outcomes.get(key) ?? null });
				}
				visit(node.children);
			}
		};
		visit(tree);
	}
	return result;
}
