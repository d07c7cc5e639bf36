import { eq, max } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { goals, indicators } from '../db/schema';
import { NotFoundError } from '../result';
import type { IndicatorFields } from './indicator-input';
import { linkPreviousIndicators } from '../followup/link-previous-indicators';

/** Adds an indicator under a goal, owned by the goal's organisation. */
export async function createIndicator(db: DbOrTx, goalId: number, fields: IndicatorFields) {
	const [goal] = await db.select().from(goals).where(eq(goals.id, goalId));
	if (!goal) throw new NotFoundError('Målet');
	const [{ last }] = await db.select({ last: max(indicators.position) }).from(indicators).where(eq(indicators.goalId, goalId));
	const [row] = await db
		.insert(indicators)
		.values({ ...fields, goalId, organisationId: goal.organisationId, position: (last ?? -1) + 1 })
		.returning();
	await linkPreviousIndicators(db, goal.year);
	return row;
}
