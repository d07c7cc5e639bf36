import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { indicators } from '../db/schema';
import { moveInList } from '../db/reorder';
import { NotFoundError } from '../result';

/** Moves an indicator one step among the indicators under the same goal. */
export async function moveIndicator(db: DbOrTx, indicatorId: number, direction: 'up' | 'down'): Promise<void> {
	const [indicator] = await db.select().from(indicators).where(eq(indicators.id, indicatorId));
	if (!indicator) throw new NotFoundError('Indikatorn');
	await moveInList(db, { table: indicators, id: indicators.id, position: indicators.position }, eq(indicators.goalId, indicator.goalId), indicatorId, direction);
}
