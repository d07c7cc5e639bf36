import { and, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { goalLevels, goals, organisations } from '../db/schema';
import { checkChildNumber, nextChildNumber } from '../../domain/cascade/numbering';
import type { FieldErrors } from '../result';

type GoalRow = typeof goals.$inferSelect;
type LevelRow = typeof goalLevels.$inferSelect;

/** The level a new goal under `parent` gets, within the municipality's model. */
export async function levelBelow(db: DbOrTx, modelId: number, parent: GoalRow | null): Promise<LevelRow | undefined> {
	let depth = 0;
	if (parent) {
		const [parentLevel] = await db.select().from(goalLevels).where(eq(goalLevels.id, parent.levelId));
		depth = (parentLevel?.depth ?? -1) + 1;
	}
	const [level] = await db.select().from(goalLevels).where(and(eq(goalLevels.modelId, modelId), eq(goalLevels.depth, depth)));
	return level;
}

/**
 * Decides a numbered level's number: the one typed (checked for form and clashes) or the next free.
 * Numbers are unique per owner and year (each committee has its own 1.4.1).
 */
export async function resolveGoalNumber(
	db: DbOrTx,
	input: { typed: string; level: LevelRow; parent: GoalRow | null; organisationId: number; year: number; goalId?: number }
): Promise<{ number: string | null } | { errors: FieldErrors }> {
	if (!input.level.numbered) return { number: input.typed || null };
	const parentNumber = input.parent?.number ?? null;
	if (!input.typed) {
		const siblings = await db
			.select({ number: goals.number })
			.from(goals)
			.where(and(eq(goals.organisationId, input.organisationId), eq(goals.year, input.year)));
		return { number: nextChildNumber(parentNumber, siblings.map((s) => s.number)) };
	}
	const problem = checkChildNumber(input.typed, parentNumber);
	if (problem) return { errors: { number: problem } };
	const [clash] = await db
		.select({ id: goals.id, title: goals.title })
		.from(goals)
		.where(
			and(
				eq(goals.organisationId, input.organisationId),
				eq(goals.year, input.year),
				eq(goals.number, input.typed),
				input.goalId ? ne(goals.id, input.goalId) : undefined
			)
		);
	if (clash) return { errors: { number: `Numret ${input.typed} används redan av målet "${clash.title}".` } };
	return { number: input.typed };
}

export async function organisationKind(db: DbOrTx, organisationId: number) {
	const [row] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
	return row;
}
