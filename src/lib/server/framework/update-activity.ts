import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { activities } from '../db/schema';
import { conflicted, NotFoundError, ok, type Conflict, type Result } from '../result';
import type { ActivityFields } from './activity-input';

type ActivityRow = typeof activities.$inferSelect;

/**
 * Saves an activity's name and dates. The save names the version it started from; if someone
 * saved in between, nothing is written and the caller gets the other person's version to show.
 */
export async function updateActivity(
	db: DbOrTx,
	activityId: number,
	version: number,
	fields: ActivityFields
): Promise<Result<ActivityRow> | Conflict<ActivityRow>> {
	const [saved] = await db
		.update(activities)
		.set({ ...fields, version: sql`${activities.version} + 1` })
		.where(and(eq(activities.id, activityId), eq(activities.version, version)))
		.returning();
	if (saved) return ok(saved);
	const [current] = await db.select().from(activities).where(eq(activities.id, activityId));
	if (!current) throw new NotFoundError('Aktiviteten');
	return conflicted('aktiviteten', current);
}
