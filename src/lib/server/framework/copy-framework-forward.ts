import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { activities, goalApplicability, goals, indicatorTargets, indicators, organisations } from '../db/schema';
import { getOrganisation } from '../organisations/get-organisation';
import { ok, refused, type FieldErrors, type Result } from '../result';
import { shiftDateByYears, shiftYearInText } from '../../domain/plan/copy-forward';
import { linkPreviousIndicators } from '../followup/link-previous-indicators';

type GoalRow = typeof goals.$inferSelect;

export interface CopyFrameworkForwardInput {
	/** The municipality (its council framework) or a committee (its nämndmål). */
	slug: string;
	fromYear: number;
	toYear: number;
}

export interface CopyFrameworkForwardOutcome {
	goals: number;
	indicators: number;
	activities: number;
}

const yearSchema = z.number().int().min(2000).max(2100);
const inputSchema = z
	.object({ slug: z.string().min(1), fromYear: yearSchema, toYear: yearSchema })
	.refine((i) => i.fromYear !== i.toYear, { message: 'Välj ett annat år att kopiera till.', path: ['toYear'] });

class CopyRefusal extends Error {
	constructor(readonly errors: FieldErrors) {
		super(Object.values(errors).join(' '));
	}
}
function refuse(message: string, field = 'toYear'): never {
	throw new CopyRefusal({ [field]: message });
}

/**
 * Starts next year's framework from this year's: the goals the organisation owns, with their
 * sections, numbers and order, their indicators (with KF:s årsmål) and activities (dates moved,
 * a year in a title moved along), the organisation's own targets for those indicators, and
 * which units each goal is chosen for. A goal under another organisation's goal (a nämndmål
 * under a KF goal) is put under that goal's counterpart in the new year, found by number, else
 * by title; if it is missing, the other organisation copies first. Units' own targets and goals
 * move with their plans (copyPlanForward). One transaction; refused when the organisation
 * already has goals in the new year.
 */
export async function copyFrameworkForward(db: DbOrTx, input: CopyFrameworkForwardInput): Promise<Result<CopyFrameworkForwardOutcome>> {
	const parsed = inputSchema.safeParse(input);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return refused({ [String(issue.path[0] ?? 'toYear')]: issue.path.length ? issue.message : 'Ogiltiga uppgifter.' });
	}
	try {
		return ok(await db.transaction((tx) => copy(tx, parsed.data)));
	} catch (error) {
		if (error instanceof CopyRefusal) return refused(error.errors);
		throw error;
	}
}

async function copy(tx: DbOrTx, { slug, fromYear, toYear }: CopyFrameworkForwardInput): Promise<CopyFrameworkForwardOutcome> {
	const { organisation, municipality } = await getOrganisation(tx, slug);
	if (organisation.kind === 'unit') {
		refuse(`En enhets mål kopieras med enhetens verksamhetsplan, inte som ramverk.`, 'slug');
	}
	const years = toYear - fromYear;
	const owned = await tx
		.select()
		.from(goals)
		.where(and(eq(goals.organisationId, organisation.id), eq(goals.year, fromYear)));
	if (owned.length === 0) refuse(`${organisation.name} har inga mål för ${fromYear} att kopiera.`, 'fromYear');
	const [already] = await tx
		.select({ id: goals.id })
		.from(goals)
		.where(and(eq(goals.organisationId, organisation.id), eq(goals.year, toYear)))
		.limit(1);
	if (already) refuse(`${organisation.name} har redan mål för ${toYear}. Kopieringen görs bara till ett år utan mål.`);

	// Parents owned by others (KF goals above nämndmål): find their counterparts in the new year.
	const ownedIds = new Set(owned.map((g) => g.id));
	const outsideParentIds = [...new Set(owned.filter((g) => g.parentId !== null && !ownedIds.has(g.parentId)).map((g) => g.parentId!))];
	const newIdFor = new Map<number, number>();
	if (outsideParentIds.length) {
		const parents = await tx.select().from(goals).where(inArray(goals.id, outsideParentIds));
		const parentOwnerIds = [...new Set(parents.map((p) => p.organisationId))];
		const candidates = await tx
			.select()
			.from(goals)
			.where(and(eq(goals.year, toYear), inArray(goals.organisationId, parentOwnerIds)));
		const owners = await tx.select().from(organisations).where(inArray(organisations.id, parentOwnerIds));
		for (const parent of parents) {
			const match = candidates.find(
				(c) =>
					c.organisationId === parent.organisationId &&
					c.levelId === parent.levelId &&
					(c.number && parent.number ? c.number === parent.number : c.title === shiftYearInText(parent.title, fromYear, toYear) || c.title === parent.title)
			);
			if (!match) {
				const owner = owners.find((o) => o.id === parent.organisationId);
				const whose = owner?.id === municipality.id ? 'kommunens målramverk' : `målen för ${owner?.name ?? 'den överordnade organisationen'}`;
				const named = parent.number ? `${parent.number} ”${parent.title}”` : `”${parent.title}”`;
				refuse(`Målet ${named} finns inte för ${toYear}. Kopiera först ${whose} till ${toYear}.`);
			}
			newIdFor.set(parent.id, match.id);
		}
	}

	// Parents before children: a breadth-first walk from the goals whose parent is not the organisation's.
	const ordered: GoalRow[] = [];
	let frontier = owned.filter((g) => g.parentId === null || !ownedIds.has(g.parentId));
	while (frontier.length) {
		ordered.push(...frontier);
		const ids = new Set(frontier.map((g) => g.id));
		frontier = owned.filter((g) => g.parentId !== null && ids.has(g.parentId));
	}
	for (const goal of ordered) {
		const [row] = await tx
			.insert(goals)
			.values({
				year: toYear,
				organisationId: organisation.id,
				levelId: goal.levelId,
				parentId: goal.parentId === null ? null : newIdFor.get(goal.parentId)!,
				number: goal.number,
				title: shiftYearInText(goal.title, fromYear, toYear),
				sections: goal.sections,
				position: goal.position
			})
			.returning({ id: goals.id });
		newIdFor.set(goal.id, row.id);
	}

	const oldGoalIds = owned.map((g) => g.id);
	const oldIndicators = await tx
		.select()
		.from(indicators)
		.where(inArray(indicators.goalId, oldGoalIds))
		.orderBy(indicators.id);
	const newIndicatorIds = new Map<number, number>();
	if (oldIndicators.length) {
		const created = await tx
			.insert(indicators)
			.values(oldIndicators.map(({ id: _id, goalId, ...rest }) => ({ ...rest, goalId: newIdFor.get(goalId)! })))
			.returning({ id: indicators.id });
		oldIndicators.forEach((old, i) => newIndicatorIds.set(old.id, created[i].id));
		const ownTargets = await tx
			.select()
			.from(indicatorTargets)
			.where(
				and(
					eq(indicatorTargets.organisationId, organisation.id),
					inArray(
						indicatorTargets.indicatorId,
						oldIndicators.map((i) => i.id)
					)
				)
			);
		if (ownTargets.length) {
			await tx
				.insert(indicatorTargets)
				.values(ownTargets.map((t) => ({ ...t, indicatorId: newIndicatorIds.get(t.indicatorId)! })));
		}
	}

	const oldActivities = await tx.select().from(activities).where(inArray(activities.goalId, oldGoalIds)).orderBy(activities.id);
	if (oldActivities.length) {
		await tx.insert(activities).values(
			oldActivities.map(({ id: _id, goalId, title, start, end, ...rest }) => ({
				...rest,
				goalId: newIdFor.get(goalId)!,
				title: shiftYearInText(title, fromYear, toYear),
				start: shiftDateByYears(start, years),
				end: shiftDateByYears(end, years)
			}))
		);
	}

	const chosen = await tx.select().from(goalApplicability).where(inArray(goalApplicability.goalId, oldGoalIds));
	if (chosen.length) {
		await tx.insert(goalApplicability).values(chosen.map((c) => ({ goalId: newIdFor.get(c.goalId)!, organisationId: c.organisationId })));
	}

	await linkPreviousIndicators(tx, toYear);
	return { goals: owned.length, indicators: oldIndicators.length, activities: oldActivities.length };
}
