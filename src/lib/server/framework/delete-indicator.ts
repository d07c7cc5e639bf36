import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { indicators } from '../db/schema';
import { NotFoundError } from '../result';

/** Deletes an indicator and every organisation's target for it. */
export async function deleteIndicator(db: DbOrTx, indicatorId: number) {
	const [row] = await db.delete(indicators).where(eq(indicators.id, indicatorId)).returning();
	if (!row) throw new NotFoundError('Indikatorn');
	return row;
}
