import { and, eq, max } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { goals } from '../db/schema';
import { getOrganisation } from '../organisations/get-organisation';
import { ok, refused, type Result } from '../result';
import { id, longText, requiredText } from '../validation';
import { zodFieldErrors } from '../validation';
import { eqOrNull } from '../db/reorder';
import { levelBelow, resolveGoalNumber } from './goal-rules';

export const createGoalInput = z.object({
	organisationSlug: z.string().min(1),
	year: z.coerce.number().int().min(2000).max(2100),
	parentId: id.nullable().default(null),
	number: z.string().trim().default(''),
	title: requiredText('Skriv målets rubrik.'),
	sections: z.record(z.string(), longText).default({})
});
export type CreateGoalInput = z.input<typeof createGoalInput>;

/** Adds a goal owned by the organisation, on the level below its parent, where that level is the organisation's to write. */
export async function createGoal(db: DbOrTx, input: CreateGoalInput): Promise<Result<typeof goals.$inferSelect>> {
	const parsed = createGoalInput.safeParse(input);
	if (!parsed.success) return refused(zodFieldErrors(parsed.error));
	const data = parsed.data;
	const context = await getOrganisation(db, data.organisationSlug);
	const { organisation, municipality } = context;
	if (!municipality.goalModelId) return refused({ title: 'Kommunen har ingen målmodell.' });
	let parent: typeof goals.$inferSelect | null = null;
	if (data.parentId !== null) {
		[parent] = await db.select().from(goals).where(eq(goals.id, data.parentId));
		if (!parent || parent.year !== data.year) return refused({ parentId: 'Det överordnade målet finns inte för året.' });
	}
	const level = await levelBelow(db, municipality.goalModelId, parent);
	if (!level) return refused({ parentId: 'Det finns ingen nivå under det här målet i målmodellen.' });
	if (level.ownerKind !== organisation.kind) {
		return refused({ parentId: `Nivån ${level.name} skrivs inte av ${organisation.name}.` });
	}
	const resolved = await resolveGoalNumber(db, {
		typed: data.number,
		level,
		parent,
		organisationId: organisation.id,
		year: data.year
	});
	if ('errors' in resolved) return refused(resolved.errors);
	const sections = Object.fromEntries(Object.entries(data.sections).filter(([name]) => level.sections.includes(name) || data.sections[name]));
	const [{ last }] = await db
		.select({ last: max(goals.position) })
		.from(goals)
		.where(and(eqOrNull(goals.parentId, data.parentId), eq(goals.organisationId, organisation.id), eq(goals.year, data.year)));
	const [goal] = await db
		.insert(goals)
		.values({
			year: data.year,
			organisationId: organisation.id,
			levelId: level.id,
			parentId: data.parentId,
			number: resolved.number,
			title: data.title,
			sections,
			position: (last ?? -1) + 1
		})
		.returning();
	return ok(goal);
}
