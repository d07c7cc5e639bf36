import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { activities } from '../db/schema';
import { NotFoundError } from '../result';

export async function deleteActivity(db: DbOrTx, activityId: number) {
	const [row] = await db.delete(activities).where(eq(activities.id, activityId)).returning();
	if (!row) throw new NotFoundError('Aktiviteten');
	return row;
}
