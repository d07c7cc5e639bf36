import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { indicators } from '../db/schema';
import { NotFoundError } from '../result';
import type { IndicatorFields } from './indicator-input';

export async function updateIndicator(db: DbOrTx, indicatorId: number, fields: IndicatorFields) {
	const [row] = await db.update(indicators).set(fields).where(eq(indicators.id, indicatorId)).returning();
	if (!row) throw new NotFoundError('Indikatorn');
	return row;
}
