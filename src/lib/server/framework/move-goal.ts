import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { goals } from '../db/schema';
import { eqOrNull, moveInList } from '../db/reorder';
import { NotFoundError } from '../result';

/** Moves a goal one step among the goals its organisation has under the same parent. */
export async function moveGoal(db: DbOrTx, goalId: number, direction: 'up' | 'down'): Promise<void> {
	const [goal] = await db.select().from(goals).where(eq(goals.id, goalId));
	if (!goal) throw new NotFoundError('Målet');
	await moveInList(
		db,
		{ table: goals, id: goals.id, position: goals.position },
		and(eqOrNull(goals.parentId, goal.parentId), eq(goals.organisationId, goal.organisationId), eq(goals.year, goal.year)),
		goalId,
		direction
	);
}
