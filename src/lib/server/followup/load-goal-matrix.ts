import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { goalAssessments, goals } from '../db/schema';
import { integerArray } from '../db/integer-array';
import type { OrganisationContext } from '../organisations/get-organisation';
import { followupYears, latestReportedPeriod, loadScope, type ScopeOrganisation } from './followup-scope';
import { rollupGoal, type RollupGoal } from './load-rollup';
import { unitCascade, type CascadeNode } from '../../domain/cascade/unit-cascade';
import { areaGoalChoice, goalOutline } from '../../domain/followup/goal-outline';
import { countLevels, type LevelCounts } from '../../domain/followup/goal-matrix';
import type { FulfilmentLevel } from '../../domain/followup/fulfilment';
import type { ReportPeriod } from '../../domain/followup/report-periods';

export type MatrixCell =
	| {
			kind: 'unit';
			organisation: ScopeOrganisation;
			/** The goal is in the unit's plan (a nämndmål chosen for it, or above one). */
			applies: boolean;
			/** The unit's assessment for the period; null when it has not assessed the goal. */
			level: FulfilmentLevel | null;
	  }
	| {
			kind: 'group';
			organisation: ScopeOrganisation;
			/** The units below the column whose plans hold the goal. */
			applicable: number;
			/** Their levels, "ej bedömt" for those without an assessment. */
			counts: LevelCounts;
	  };

export interface MatrixRow {
	goal: RollupGoal;
	cells: MatrixCell[];
}

export interface MatrixSection {
	/** The goal above the rows (KF:s inriktningsmål), or null for rows without one. */
	heading: RollupGoal | null;
	rows: MatrixRow[];
}

export interface GoalMatrixView extends OrganisationContext {
	year: number;
	period: ReportPeriod;
	years: number[];
	areaGoals: RollupGoal[];
	areaGoalId: number | null;
	/** X's children (or X itself, for a unit). */
	columns: ScopeOrganisation[];
	sections: MatrixSection[];
}

function flattenIds<T extends { id: number }>(nodes: CascadeNode<T>[], into = new Set<number>()): Set<number> {
	for (const node of nodes) {
		into.add(node.goal.id);
		flattenIds(node.children, into);
	}
	return into;
}

/**
 * The goal matrix of an organisation X for a year and report period: rows are the goals of X's
 * framework below the top level (area goals, and for a committee its nämndmål; for a unit the
 * goals of its plan), under their top goal; columns are X's children. A unit's cell is its
 * assessment of the goal ("Ej bedömt" when none, "Gäller inte" when the goal is not in its plan:
 * a nämndmål chosen for other units, or a council goal above nothing the unit works with); a
 * committee's or department's cell counts its units' levels. `period` null: the latest period
 * anything was reported in, else T1. A fixed number of queries whatever the size.
 */
export async function loadGoalMatrix(
	db: DbOrTx,
	slug: string,
	year: number,
	period: ReportPeriod | null,
	filter: { areaGoalId?: number | null } = {}
): Promise<GoalMatrixView> {
	const scope = await loadScope(db, slug);
	const { context, self, ownerIds } = scope;
	// The units' plans depend on goals below X too (a nämndmål makes its area goal part of a plan).
	const writers = [...ownerIds, ...scope.below.map((o) => o.id)];
	const [years, goalAndApplicability, latest] = await Promise.all([
		followupYears(db, ownerIds),
		db
			.select({
				goal: goals,
				// Spelled out: drizzle leaves a one-table query's columns unqualified.
				applicableTo: sql<number[]>`array(select a.organisation_id from goal_applicability a where a.goal_id = goals.id)`
			})
			.from(goals)
			.where(and(eq(goals.year, year), sql`${goals.organisationId} = any(${integerArray(writers)}::integer[])`)),
		period ? Promise.resolve(null) : latestReportedPeriod(db, slug, year)
	]);
	const chosenPeriod: ReportPeriod = period ?? latest ?? 'T1';
	const goalRows = goalAndApplicability.map((r) => r.goal);
	const goalIds = goalRows.map((g) => g.id);
	const assessmentRows =
		goalIds.length && scope.unitIds.length
			? await db
					.select({ goalId: goalAssessments.goalId, organisationId: goalAssessments.organisationId, level: goalAssessments.level })
					.from(goalAssessments)
					.where(
						and(
							sql`${goalAssessments.goalId} = any(${integerArray(goalIds)}::integer[])`,
							sql`${goalAssessments.organisationId} = any(${integerArray(scope.unitIds)}::integer[])`,
							eq(goalAssessments.period, chosenPeriod)
						)
					)
			: [];

	const applicability = new Map(goalAndApplicability.map((r) => [r.goal.id, r.applicableTo.map(Number)]));
	const inPlan = new Map(
		scope.unitIds.map((unitId) => [unitId, flattenIds(unitCascade(goalRows, { unitId, ancestorIds: scope.ancestorsOf(unitId), applicability }))])
	);
	const assessed = new Map(assessmentRows.map((r) => [`${r.goalId}:${r.organisationId}`, r.level]));

	const outline = goalOutline(
		goalRows.filter((g) => ownerIds.includes(g.organisationId)),
		context.levels
	);
	const { choices, chosen: areaGoalId } = areaGoalChoice(outline, filter.areaGoalId);
	const columns = self.kind === 'unit' ? [self] : scope.children;

	const cellFor = (goalId: number, column: ScopeOrganisation): MatrixCell => {
		if (column.kind === 'unit') {
			return { kind: 'unit', organisation: column, applies: inPlan.get(column.id)?.has(goalId) ?? false, level: assessed.get(`${goalId}:${column.id}`) ?? null };
		}
		const units = (scope.unitsUnder.get(column.id) ?? []).filter((u) => inPlan.get(u)?.has(goalId));
		return {
			kind: 'group',
			organisation: column,
			applicable: units.length,
			counts: countLevels(units.map((u) => assessed.get(`${goalId}:${u}`) ?? 'notJudged'))
		};
	};

	const outlined = new Set(outline.map((o) => o.goal.id));
	const sections: MatrixSection[] = [];
	for (const entry of outline) {
		// Each tree of the outline is a section: under its top goal, or without a heading.
		const isRoot = entry.goal.parentId === null || !outlined.has(entry.goal.parentId);
		if (entry.depth === 0) {
			sections.push({ heading: rollupGoal(entry), rows: [] });
			continue;
		}
		if (isRoot) sections.push({ heading: null, rows: [] });
		if (areaGoalId !== null && entry.areaGoalId !== areaGoalId) continue;
		// A unit's matrix holds the goals of its own plan.
		if (self.kind === 'unit' && !inPlan.get(self.id)?.has(entry.goal.id)) continue;
		sections[sections.length - 1].rows.push({ goal: rollupGoal(entry), cells: columns.map((column) => cellFor(entry.goal.id, column)) });
	}

	return {
		...context,
		year,
		period: chosenPeriod,
		years,
		areaGoals: choices.map(rollupGoal),
		areaGoalId,
		columns,
		sections: sections.filter((s) => s.rows.length > 0)
	};
}
