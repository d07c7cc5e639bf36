import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { goalLevels, goals, organisations } from '../db/schema';
import { NotFoundError } from '../result';

export interface ChainLink {
	goal: typeof goals.$inferSelect;
	level: typeof goalLevels.$inferSelect;
	/** The organisation that owns (wrote) the goal. */
	organisation: typeof organisations.$inferSelect;
}

/**
 * A goal and the goals above it in the cascade, top first, the goal itself last:
 * "1 En modern storstad" → "1.4 Stöd i tid" → "1.4.1 …". A query per level; the cascade is a
 * handful of levels deep. Throws NotFoundError when the goal does not exist.
 */
export async function loadGoalChain(db: DbOrTx, goalId: number): Promise<ChainLink[]> {
	const chain: ChainLink[] = [];
	const seen = new Set<number>();
	let nextId: number | null = goalId;
	while (nextId !== null && !seen.has(nextId)) {
		seen.add(nextId);
		const [row] = await db
			.select({ goal: goals, level: goalLevels, organisation: organisations })
			.from(goals)
			.innerJoin(goalLevels, eq(goalLevels.id, goals.levelId))
			.innerJoin(organisations, eq(organisations.id, goals.organisationId))
			.where(eq(goals.id, nextId));
		if (!row) break;
		chain.unshift(row);
		nextId = row.goal.parentId;
	}
	if (chain.length === 0) throw new NotFoundError('Målet');
	return chain;
}
