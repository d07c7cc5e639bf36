import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client';
import { jsonObjectOf } from '../db/json-object';
import {
	activities,
	budgetRows,
	budgetTables,
	goals,
	indicatorTargets,
	indicators,
	planAttachments,
	planSections,
	plans
} from '../db/schema';
import { integerArray } from '../db/integer-array';
import { getOrganisation, type GoalLevelRow, type OrganisationContext } from '../organisations/get-organisation';
import { unitCascade, type CascadeNode } from '../../domain/cascade/unit-cascade';
import { formatTarget } from '../../domain/indicators/indicator';
import { budgetColumnSums } from '../../domain/plan/budget';
import { planTitle } from '../../domain/plan/plan-title';
import type { PlanKind } from '../../domain/interchange/plan-format';

type GoalRow = typeof goals.$inferSelect;
type IndicatorRow = typeof indicators.$inferSelect;
type ActivityRow = typeof activities.$inferSelect;
type PlanRow = typeof plans.$inferSelect;

export interface PlanIndicator extends IndicatorRow {
	councilTarget: string;
	/** This organisation's Årsmål, as the plan shows it ("5,5 %", "öka", ""). */
	target: string;
	targetValue: number | null;
	targetText: string | null;
	ownedHere: boolean;
	/** In this organisation's plan: its own, or a framework indicator it chose (a target row, maybe blank). */
	inPlan: boolean;
}

export interface PlanActivity {
	id: number;
	title: string;
	start: string | null;
	end: string | null;
	ownedHere: boolean;
	version: number;
}

export interface PlanGoal {
	id: number;
	parentId: number | null;
	level: GoalLevelRow;
	number: string | null;
	title: string;
	/** In the level's section order, then any others; only sections with text or that the level has. */
	sections: { name: string; text: string }[];
	version: number;
	ownedHere: boolean;
	indicators: PlanIndicator[];
	activities: PlanActivity[];
	children: PlanGoal[];
}

export interface PlanView extends OrganisationContext {
	year: number;
	kind: PlanKind;
	title: string;
	plan: PlanRow | null;
	/** The years the organisation has a plan of this kind for, oldest first. */
	years: number[];
	cascade: PlanGoal[];
	introduction: (typeof planSections.$inferSelect)[];
	other: (typeof planSections.$inferSelect)[];
	budget: { id: number; heading: string; columns: string[]; version: number; rows: (typeof budgetRows.$inferSelect)[]; sums: (number | null)[] }[];
	attachments: (typeof planAttachments.$inferSelect)[];
}

export function orderedSections(goal: GoalRow, level: GoalLevelRow): { name: string; text: string }[] {
	const names = [...level.sections, ...Object.keys(goal.sections).filter((n) => !level.sections.includes(n))];
	return names.map((name) => ({ name, text: goal.sections[name] ?? '' }));
}

/**
 * Everything a unit's plan for a year shows: the cascade that applies to the unit with its
 * indicators (and the unit's Årsmål), activities, texts, budget and attachments.
 * The organisation's query, then three at once, whatever the size of the plan: the plan rows of
 * all years (the year's with its texts, budget and attachments), the goals, and their details.
 */
export async function loadPlan(
	db: DbOrTx,
	slug: string,
	year: number,
	kind: PlanKind = 'verksamhetsplan'
): Promise<PlanView> {
	const context = await getOrganisation(db, slug);
	const { organisation, ancestors, levels } = context;
	const ownerIds = [organisation.id, ...ancestors.map((a) => a.id)];
	const owners = sql`${integerArray(ownerIds)}::integer[]`;
	// The plan's texts, budget and attachments come with its row, as JSON: no round trip of their own.
	const ofThisPlan = (rows: SQL) => sql`case when ${plans.year} = ${year} then ${rows} end`;
	const listOf = (table: PgTable, where: SQL, order: SQL) =>
		sql`(select coalesce(json_agg(${jsonObjectOf(table)} order by ${order}), '[]'::json) from ${table} where ${where})`;

	const [planRows, goalRows, details] = await Promise.all([
		db
			.select({
				plan: plans,
				sections: ofThisPlan(listOf(planSections, sql`plan_sections.plan_id = plans.id`, sql`plan_sections.position, plan_sections.id`)).mapWith(
					(v) => v as (typeof planSections.$inferSelect)[] | null
				),
				tables: ofThisPlan(listOf(budgetTables, sql`budget_tables.plan_id = plans.id`, sql`budget_tables.position, budget_tables.id`)).mapWith(
					(v) => v as (typeof budgetTables.$inferSelect)[] | null
				),
				rows: ofThisPlan(
					listOf(
						budgetRows,
						sql`budget_rows.table_id in (select budget_tables.id from budget_tables where budget_tables.plan_id = plans.id)`,
						sql`budget_rows.position, budget_rows.id`
					)
				).mapWith((v) => v as (typeof budgetRows.$inferSelect)[] | null),
				attachments: ofThisPlan(
					listOf(planAttachments, sql`plan_attachments.plan_id = plans.id`, sql`plan_attachments.position, plan_attachments.id`)
				).mapWith((v) => v as (typeof planAttachments.$inferSelect)[] | null)
			})
			.from(plans)
			.where(and(eq(plans.organisationId, organisation.id), eq(plans.kind, kind)))
			.orderBy(asc(plans.year)),
		db
			.select({
				goal: goals,
				// Spelled out: drizzle leaves a one-table query's columns unqualified, and "id" in the subquery would be ambiguous.
				applicableTo: sql<number[]>`array(select a.organisation_id from goal_applicability a where a.goal_id = goals.id)`
			})
			.from(goals)
			.where(and(eq(goals.year, year), sql`${goals.organisationId} = any(${owners})`)),
		goalDetails(db, sql`in (select id from ${goals} where ${goals.year} = ${year} and ${goals.organisationId} = any(${owners}))`, organisation.id, ownerIds)
	]);
	const thisYear = planRows.find((p) => p.plan.year === year);
	const plan = thisYear?.plan ?? null;
	const sectionRows = thisYear?.sections ?? [];
	const rowRows = thisYear?.rows ?? [];

	const applicability = new Map(goalRows.map((r) => [r.goal.id, r.applicableTo.map(Number)]));
	const tree = unitCascade(
		goalRows.map((r) => r.goal),
		{ unitId: organisation.id, ancestorIds: ancestors.map((a) => a.id), applicability }
	);
	const cascade = buildPlanGoals(tree, organisation.id, levels, details);

	return {
		...context,
		year,
		kind,
		title: planTitle(kind, year, organisation.name),
		plan,
		years: planRows.map((p) => p.plan.year),
		cascade,
		introduction: sectionRows.filter((s) => s.area === 'introduction'),
		other: sectionRows.filter((s) => s.area === 'other'),
		budget: (thisYear?.tables ?? []).map((t) => {
			const rows = rowRows.filter((r) => r.tableId === t.id);
			return { id: t.id, heading: t.heading, columns: t.columns, version: t.version, rows, sums: budgetColumnSums(t.columns.length, rows) };
		}),
		attachments: thisYear?.attachments ?? []
	};
}

/** The indicators (each with one organisation's target, if any) and activities of some goals, by goal. */
interface GoalDetails {
	indicators: Map<number, { indicator: IndicatorRow; target: typeof indicatorTargets.$inferSelect | null }[]>;
	activities: Map<number, ActivityRow[]>;
}

function byGoal<T>(rows: T[], goalOf: (row: T) => number): Map<number, T[]> {
	const out = new Map<number, T[]>();
	for (const row of rows) {
		const list = out.get(goalOf(row));
		if (list) list.push(row);
		else out.set(goalOf(row), [row]);
	}
	return out;
}

/**
 * Two queries at once: the indicators of the goals `goalIds` picks (an SQL condition on the goal id,
 * "in (…)" or "= any(…)") with `organisationId`'s targets, and their activities; only those owned
 * by `visibleOwnerIds`. The ids go as one array parameter, so the statement is the same whatever their number.
 */
async function goalDetails(db: DbOrTx, goalIds: SQL, organisationId: number, visibleOwnerIds: number[]): Promise<GoalDetails> {
	const owners = sql`${integerArray(visibleOwnerIds)}::integer[]`;
	const [indicatorRows, activityRows] = await Promise.all([
		db
			.select({ indicator: indicators, target: indicatorTargets })
			.from(indicators)
			.leftJoin(indicatorTargets, and(eq(indicatorTargets.indicatorId, indicators.id), eq(indicatorTargets.organisationId, organisationId)))
			.where(and(sql`${indicators.goalId} ${goalIds}`, sql`${indicators.organisationId} = any(${owners})`))
			.orderBy(asc(indicators.position), asc(indicators.id)),
		db
			.select()
			.from(activities)
			.where(and(sql`${activities.goalId} ${goalIds}`, sql`${activities.organisationId} = any(${owners})`))
			.orderBy(asc(activities.position), asc(activities.id))
	]);
	return { indicators: byGoal(indicatorRows, (r) => r.indicator.goalId), activities: byGoal(activityRows, (a) => a.goalId) };
}

/**
 * The goals of a cascade tree with their indicators (and this organisation's Årsmål) and
 * activities: two queries at once, whatever the size of the tree.
 */
export async function planGoals(
	db: DbOrTx,
	tree: CascadeNode<GoalRow>[],
	organisationId: number,
	levels: GoalLevelRow[],
	/** Whose indicators and activities to show: this organisation's and its ancestors', not a sibling unit's. */
	visibleOwnerIds: number[]
): Promise<PlanGoal[]> {
	const includedIds: number[] = [];
	const collect = (nodes: CascadeNode<GoalRow>[]) =>
		nodes.forEach((n) => {
			includedIds.push(n.goal.id);
			collect(n.children);
		});
	collect(tree);
	if (includedIds.length === 0) return [];
	const details = await goalDetails(db, sql`= any(${integerArray(includedIds)}::integer[])`, organisationId, visibleOwnerIds);
	return buildPlanGoals(tree, organisationId, levels, details);
}

function buildPlanGoals(tree: CascadeNode<GoalRow>[], organisationId: number, levels: GoalLevelRow[], details: GoalDetails): PlanGoal[] {
	const levelById = new Map(levels.map((l) => [l.id, l]));
	const toPlanGoal = (node: CascadeNode<GoalRow>): PlanGoal => {
		const goal = node.goal;
		const level = levelById.get(goal.levelId)!;
		return {
			id: goal.id,
			parentId: goal.parentId,
			level,
			number: goal.number,
			title: goal.title,
			sections: orderedSections(goal, level),
			version: goal.version,
			ownedHere: goal.organisationId === organisationId,
			indicators: (details.indicators.get(goal.id) ?? []).map(({ indicator: i, target }) => ({
				...i,
				councilTarget: formatTarget(i.councilTargetValue, i.councilTargetText, i.unit),
				target: target ? formatTarget(target.targetValue, target.targetText, i.unit) : '',
				targetValue: target?.targetValue ?? null,
				targetText: target?.targetText ?? null,
				ownedHere: i.organisationId === organisationId,
				inPlan: i.organisationId === organisationId || target !== null
			})),
			activities: (details.activities.get(goal.id) ?? []).map((a) => ({
				id: a.id,
				title: a.title,
				start: a.start,
				end: a.end,
				ownedHere: a.organisationId === organisationId,
				version: a.version
			})),
			children: node.children.map(toPlanGoal)
		};
	};
	return tree.map(toPlanGoal);
}
