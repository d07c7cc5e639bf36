import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import {
	activities,
	budgetRows,
	budgetTables,
	goalApplicability,
	goals,
	indicatorTargets,
	indicators,
	planAttachments,
	planSections,
	plans
} from '../db/schema';
import { getOrganisation, type GoalLevelRow, type OrganisationContext } from '../organisations/get-organisation';
import { unitCascade, type CascadeNode } from '../../domain/cascade/unit-cascade';
import { formatTarget } from '../../domain/indicators/indicator';
import { budgetColumnSums } from '../../domain/plan/budget';
import { planTitle } from '../../domain/plan/plan-title';
import type { PlanKind } from '../../domain/interchange/plan-format';

type GoalRow = typeof goals.$inferSelect;
type IndicatorRow = typeof indicators.$inferSelect;

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
	plan: typeof plans.$inferSelect | null;
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
 * Five queries plus a few for the organisation, whatever the size of the plan.
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

	const [plan] = await db
		.select()
		.from(plans)
		.where(and(eq(plans.organisationId, organisation.id), eq(plans.year, year), eq(plans.kind, kind)));

	const goalRows = await db
		.select()
		.from(goals)
		.where(and(eq(goals.year, year), inArray(goals.organisationId, ownerIds)));
	const goalIds = goalRows.map((g) => g.id);
	const applicabilityRows = goalIds.length
		? await db.select().from(goalApplicability).where(inArray(goalApplicability.goalId, goalIds))
		: [];
	const applicability = new Map<number, number[]>();
	for (const row of applicabilityRows) {
		applicability.set(row.goalId, [...(applicability.get(row.goalId) ?? []), row.organisationId]);
	}
	const tree = unitCascade(goalRows, {
		unitId: organisation.id,
		ancestorIds: ancestors.map((a) => a.id),
		applicability
	});
	const cascade = await planGoals(db, tree, organisation.id, levels, ownerIds);

	let introduction: PlanView['introduction'] = [];
	let other: PlanView['other'] = [];
	let budget: PlanView['budget'] = [];
	let attachments: PlanView['attachments'] = [];
	if (plan) {
		const [sectionRows, tableRows, attachmentRows] = await Promise.all([
			db.select().from(planSections).where(eq(planSections.planId, plan.id)).orderBy(asc(planSections.position), asc(planSections.id)),
			db.select().from(budgetTables).where(eq(budgetTables.planId, plan.id)).orderBy(asc(budgetTables.position), asc(budgetTables.id)),
			db.select().from(planAttachments).where(eq(planAttachments.planId, plan.id)).orderBy(asc(planAttachments.position), asc(planAttachments.id))
		]);
		const rowRows = tableRows.length
			? await db
					.select()
					.from(budgetRows)
					.where(inArray(budgetRows.tableId, tableRows.map((t) => t.id)))
					.orderBy(asc(budgetRows.position), asc(budgetRows.id))
			: [];
		introduction = sectionRows.filter((s) => s.area === 'introduction');
		other = sectionRows.filter((s) => s.area === 'other');
		budget = tableRows.map((t) => {
			const rows = rowRows.filter((r) => r.tableId === t.id);
			return { id: t.id, heading: t.heading, columns: t.columns, version: t.version, rows, sums: budgetColumnSums(t.columns.length, rows) };
		});
		attachments = attachmentRows;
	}

	return {
		...context,
		year,
		kind,
		title: planTitle(kind, year, organisation.name),
		plan: plan ?? null,
		cascade,
		introduction,
		other,
		budget,
		attachments
	};
}

/**
 * The goals of a cascade tree with their indicators (and this organisation's Årsmål) and
 * activities: three queries, whatever the size of the tree.
 */
export async function planGoals(
	db: DbOrTx,
	tree: CascadeNode<GoalRow>[],
	organisationId: number,
	levels: GoalLevelRow[],
	/** Whose indicators and activities to show: this organisation's and its ancestors', not a sibling unit's. */
	visibleOwnerIds: number[]
): Promise<PlanGoal[]> {
	const organisation = { id: organisationId };
	const includedIds: number[] = [];
	const collect = (nodes: CascadeNode<GoalRow>[]) =>
		nodes.forEach((n) => {
			includedIds.push(n.goal.id);
			collect(n.children);
		});
	collect(tree);

	const [indicatorRows, activityRows] = includedIds.length
		? await Promise.all([
				db.select().from(indicators).where(and(inArray(indicators.goalId, includedIds), inArray(indicators.organisationId, visibleOwnerIds))).orderBy(asc(indicators.position), asc(indicators.id)),
				db.select().from(activities).where(and(inArray(activities.goalId, includedIds), inArray(activities.organisationId, visibleOwnerIds))).orderBy(asc(activities.position), asc(activities.id))
			])
		: [[], []];
	const targetRows = indicatorRows.length
		? await db
				.select()
				.from(indicatorTargets)
				.where(
					and(
						eq(indicatorTargets.organisationId, organisation.id),
						inArray(
							indicatorTargets.indicatorId,
							indicatorRows.map((i) => i.id)
						)
					)
				)
		: [];
	const targets = new Map(targetRows.map((t) => [t.indicatorId, t]));
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
			ownedHere: goal.organisationId === organisation.id,
			indicators: indicatorRows
				.filter((i) => i.goalId === goal.id)
				.map((i) => {
					const target = targets.get(i.id);
					return {
						...i,
						councilTarget: formatTarget(i.councilTargetValue, i.councilTargetText, i.unit),
						target: target ? formatTarget(target.targetValue, target.targetText, i.unit) : '',
						targetValue: target?.targetValue ?? null,
						targetText: target?.targetText ?? null,
						ownedHere: i.organisationId === organisation.id,
						inPlan: i.organisationId === organisation.id || target !== undefined
					};
				}),
			activities: activityRows
				.filter((a) => a.goalId === goal.id)
				.map((a) => ({ id: a.id, title: a.title, start: a.start, end: a.end, ownedHere: a.organisationId === organisation.id, version: a.version })),
			children: node.children.map(toPlanGoal)
		};
	};

	return tree.map(toPlanGoal);
}
