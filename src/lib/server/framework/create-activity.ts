import { eq, max } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { activities, goals } from '../db/schema';
import { NotFoundError } from '../result';
import type { ActivityFields } from './activity-input';

/** Adds an activity under a goal, owned by the organisation that writes it (a unit may add under a nämndmål). */
export async function createActivity(db: DbOrTx, goalId: number, organisationId: number, fields: ActivityFields) {
	const [goal] = await db.select().from(goals).where(eq(goals.id, goalId));
	if (!goal) throw new NotFoundError('Målet');
	const [{ last }] = await db.select({ last: max(activities.position) }).from(activities).where(eq(activities.goalId, goalId));
	const [row] = await db
		.insert(activities)
		.values({ ...fields, goalId, organisationId, position: (last ?? -1) + 1 })
		.returning();
	return row;
}
