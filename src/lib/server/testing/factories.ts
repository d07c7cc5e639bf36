/**
 * Test factories: a small municipality with committees, units, goals, indicators, targets and
 * activities, written straight to the database. Every argument has a sensible default so a test
 * names only what it is about.
 */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import {
	activities,
	goalApplicability,
	goalLevels,
	goals,
	indicatorTargets,
	indicators,
	organisations,
	plans
} from '../db/schema';
import { installGoalModels } from '../goal-models/install-goal-models';
import { createOrganisation, type Organisation } from '../organisations/create-organisation';
import type { Direction, Periodicity } from '../../domain/indicators/indicator';
import { kindForUnit } from '../../domain/indicators/indicator';
import type { PlanKind } from '../../domain/interchange/plan-format';

export type GoalRow = typeof goals.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;

async function mustCreate(db: DbOrTx, input: Parameters<typeof createOrganisation>[1]): Promise<Organisation> {
	const result = await createOrganisation(db, input);
	if (!result.ok) throw new Error(`createOrganisation refused: ${JSON.stringify(result.errors)}`);
	return result.value;
}

/** A municipality with a built-in goal model (Stockholm's by default); installs the models. */
export async function createMunicipality(
	db: DbOrTx,
	options: { name?: string; slug?: string; model?: string } = {}
): Promise<Organisation> {
	const models = await installGoalModels(db);
	const modelKey = options.model ?? 'stockholm';
	const goalModelId = models[modelKey];
	if (!goalModelId) throw new Error(`No goal model ${modelKey}`);
	return mustCreate(db, {
		name: options.name ?? 'Stockholms stad',
		slug: options.slug,
		kind: 'municipality',
		parentId: null,
		goalModelId
	});
}

export function createCommittee(db: DbOrTx, parent: Organisation, options: { name?: string; slug?: string } = {}) {
	return mustCreate(db, { name: options.name ?? 'Kungsholmens stadsdelsnämnd', slug: options.slug, kind: 'committee', parentId: parent.id });
}

export function createDepartment(db: DbOrTx, parent: Organisation, options: { name?: string; slug?: string } = {}) {
	return mustCreate(db, { name: options.name ?? 'Socialtjänstavdelningen', slug: options.slug, kind: 'department', parentId: parent.id });
}

export function createUnit(db: DbOrTx, parent: Organisation, options: { name?: string; slug?: string } = {}) {
	return mustCreate(db, { name: options.name ?? 'Familjeenheten', slug: options.slug, kind: 'unit', parentId: parent.id });
}

/** The goal model level at a depth, for the municipality above an organisation. */
export async function levelFor(db: DbOrTx, organisationId: number, depth: number) {
	let [org] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
	while (org && org.parentId !== null) {
		[org] = await db.select().from(organisations).where(eq(organisations.id, org.parentId));
	}
	if (!org?.goalModelId) throw new Error('The organisation has no municipality with a goal model');
	const levels = await db.select().from(goalLevels).where(eq(goalLevels.modelId, org.goalModelId));
	const level = levels.find((l) => l.depth === depth);
	if (!level) throw new Error(`The goal model has no level at depth ${depth}`);
	return level;
}

/**
 * A goal. Its level is the parent's level + 1 (or `depth`, default 0 for a goal without parent);
 * its year is the parent's year (or `year`, default 2026).
 */
export async function createGoal(
	db: DbOrTx,
	options: {
		organisation: Organisation;
		parent?: GoalRow;
		depth?: number;
		year?: number;
		number?: string | null;
		title?: string;
		sections?: Record<string, string>;
		position?: number;
		/** Units the goal is chosen for (goal_applicability); none means all below the owner. */
		appliesTo?: Organisation[];
	}
): Promise<GoalRow> {
	let depth = options.depth;
	if (depth === undefined) {
		if (options.parent) {
			const [parentLevel] = await db.select().from(goalLevels).where(eq(goalLevels.id, options.parent.levelId));
			depth = parentLevel.depth + 1;
		} else depth = 0;
	}
	const level = await levelFor(db, options.organisation.id, depth);
	const [goal] = await db
		.insert(goals)
		.values({
			year: options.year ?? options.parent?.year ?? 2026,
			organisationId: options.organisation.id,
			levelId: level.id,
			parentId: options.parent?.id ?? null,
			number: options.number ?? null,
			title: options.title ?? 'Ett mål',
			sections: options.sections ?? {},
			position: options.position ?? 0
		})
		.returning();
	if (options.appliesTo?.length) {
		await db.insert(goalApplicability).values(options.appliesTo.map((o) => ({ goalId: goal.id, organisationId: o.id })));
	}
	return goal;
}

/** An indicator under a goal, owned by the goal's organisation unless named. */
export async function createIndicator(
	db: DbOrTx,
	options: {
		goal: GoalRow;
		organisation?: Organisation;
		name?: string;
		unit?: string;
		direction?: Direction;
		periodicity?: Periodicity;
		genderSplit?: boolean;
		councilTargetValue?: number | null;
		councilTargetText?: string | null;
		position?: number;
	}
): Promise<IndicatorRow> {
	const unit = options.unit ?? '%';
	const [row] = await db
		.insert(indicators)
		.values({
			goalId: options.goal.id,
			organisationId: options.organisation?.id ?? options.goal.organisationId,
			name: options.name ?? 'Andel nöjda brukare',
			unit,
			kind: kindForUnit(unit),
			direction: options.direction ?? 'higher',
			periodicity: options.periodicity ?? 'year',
			genderSplit: options.genderSplit ?? false,
			councilTargetValue: options.councilTargetValue ?? null,
			councilTargetText: options.councilTargetText ?? null,
			position: options.position ?? 0
		})
		.returning();
	return row;
}

/** An organisation's Årsmål for an indicator: a number or a text such as "öka". */
export async function setIndicatorTarget(
	db: DbOrTx,
	indicator: IndicatorRow,
	organisation: Organisation,
	target: number | string | null
): Promise<void> {
	await db.insert(indicatorTargets).values({
		indicatorId: indicator.id,
		organisationId: organisation.id,
		targetValue: typeof target === 'number' ? target : null,
		targetText: typeof target === 'string' ? target : null
	});
}

export async function createActivity(
	db: DbOrTx,
	options: { goal: GoalRow; organisation?: Organisation; title?: string; start?: string | null; end?: string | null; position?: number }
): Promise<ActivityRow> {
	const [row] = await db
		.insert(activities)
		.values({
			goalId: options.goal.id,
			organisationId: options.organisation?.id ?? options.goal.organisationId,
			title: options.title ?? 'En aktivitet',
			start: options.start === undefined ? `${options.goal.year}-01-01` : options.start,
			end: options.end === undefined ? `${options.goal.year}-12-31` : options.end,
			position: options.position ?? 0
		})
		.returning();
	return row;
}

/** The plan row (Handläggare, Telefon, Till) for an organisation and year; a report (T1, T2, VB) is a row of its kind. */
export async function createPlan(
	db: DbOrTx,
	options: { organisation: Organisation; year?: number; kind?: PlanKind; handler?: string; phone?: string; recipient?: string }
) {
	const [row] = await db
		.insert(plans)
		.values({
			organisationId: options.organisation.id,
			year: options.year ?? 2026,
			kind: options.kind ?? 'verksamhetsplan',
			handler: options.handler ?? '',
			phone: options.phone ?? '',
			recipient: options.recipient ?? ''
		})
		.returning();
	return row;
}

/**
 * The small city most tests start from: Teststad → Norra nämnden → Familjeenheten and Vuxenenheten.
 * A test that needs a city of its own in a shared database numbers it (slugs end in "-<n>").
 */
export async function createTestCity(db: DbOrTx, n?: number) {
	const slug = (base: string) => (n === undefined ? base : `${base}-${n}`);
	const municipality = await createMunicipality(db, { name: 'Teststad', slug: slug('teststad') });
	const committee = await createCommittee(db, municipality, { name: 'Norra nämnden', slug: slug('norra') });
	const unit = await createUnit(db, committee, { name: 'Familjeenheten', slug: slug('familjeenheten') });
	const otherUnit = await createUnit(db, committee, { name: 'Vuxenenheten', slug: slug('vuxenenheten') });
	return { municipality, committee, unit, otherUnit };
}
