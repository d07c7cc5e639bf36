import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { goals } from '../db/schema';
import { NotFoundError } from '../result';

/** Deletes a goal with everything under it (sub-goals, indicators, targets, activities): one statement, cascaded. */
export async function deleteGoal(db: DbOrTx, goalId: number): Promise<typeof goals.$inferSelect> {
	const [deleted] = await db.delete(goals).where(eq(goals.id, goalId)).returning();
	if (!deleted) throw new NotFoundError('Målet');
	return deleted;
}
