import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { goalLevels, goals } from '../db/schema';
import { conflicted, NotFoundError, ok, refused, type Conflict, type Result } from '../result';
import { id, longText, requiredText, version } from '../validation';
import { zodFieldErrors } from '../validation';
import { resolveGoalNumber } from './goal-rules';

export const updateGoalInput = z.object({
	goalId: id,
	version,
	number: z.string().trim().default(''),
	title: requiredText('Skriv målets rubrik.'),
	sections: z.record(z.string(), longText).default({})
});
export type UpdateGoalInput = z.input<typeof updateGoalInput>;

export type GoalRow = typeof goals.$inferSelect;

/**
 * Saves a goal's number, title and texts. The save names the version it started from; if someone
 * saved in between, nothing is written and the caller gets the other person's version to show.
 */
export async function updateGoal(
	db: DbOrTx,
	input: UpdateGoalInput
): Promise<Result<GoalRow> | Conflict<GoalRow>> {
	const parsed = updateGoalInput.safeParse(input);
	if (!parsed.success) return refused(zodFieldErrors(parsed.error));
	const data = parsed.data;
	const [goal] = await db.select().from(goals).where(eq(goals.id, data.goalId));
	if (!goal) throw new NotFoundError('Målet');
	const [level] = await db.select().from(goalLevels).where(eq(goalLevels.id, goal.levelId));
	const parent = goal.parentId ? ((await db.select().from(goals).where(eq(goals.id, goal.parentId)))[0] ?? null) : null;
	const resolved = await resolveGoalNumber(db, {
		typed: level.numbered ? data.number || (goal.number ?? '') : data.number,
		level,
		parent,
		organisationId: goal.organisationId,
		year: goal.year,
		goalId: goal.id
	});
	if ('errors' in resolved) return refused(resolved.errors);
	const [saved] = await db
		.update(goals)
		.set({
			number: resolved.number,
			title: data.title,
			sections: { ...goal.sections, ...data.sections },
			version: sql`${goals.version} + 1`,
			updatedAt: new Date()
		})
		.where(and(eq(goals.id, goal.id), eq(goals.version, data.version)))
		.returning();
	if (!saved) {
		const [current] = await db.select().from(goals).where(eq(goals.id, goal.id));
		return conflicted('målet', current);
	}
	return ok(saved);
}
