import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { activities } from '../db/schema';
import { NotFoundError } from '../result';
import type { ActivityFields } from './activity-input';

export async function updateActivity(db: DbOrTx, activityId: number, fields: ActivityFields) {
	const [row] = await db.update(activities).set(fields).where(eq(activities.id, activityId)).returning();
	if (!row) throw new NotFoundError('Aktiviteten');
	return row;
}
