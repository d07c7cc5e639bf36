import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { activities } from '../db/schema';
import { moveInList } from '../db/reorder';
import { NotFoundError } from '../result';

/** Moves an activity one step among the activities under the same goal. */
export async function moveActivity(db: DbOrTx, activityId: number, direction: 'up' | 'down'): Promise<void> {
	const [activity] = await db.select().from(activities).where(eq(activities.id, activityId));
	if (!activity) throw new NotFoundError('Aktiviteten');
	await moveInList(db, { table: activities, id: activities.id, position: activities.position }, eq(activities.goalId, activity.goalId), activityId, direction);
}
