import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { indicators } from '../db/schema';
import { conflicted, NotFoundError, ok, type Conflict, type Result } from '../result';
import type { IndicatorFields } from './indicator-input';

type IndicatorRow = typeof indicators.$inferSelect;

/**
 * Saves an indicator's name, unit, direction, periodicity, gender split and KF target. The save
 * names the version it started from; if someone saved in between, nothing is written and the
 * caller gets the other person's version to show.
 */
export async function updateIndicator(
	db: DbOrTx,
	indicatorId: number,
	version: number,
	fields: IndicatorFields
): Promise<Result<IndicatorRow> | Conflict<IndicatorRow>> {
	const [saved] = await db
		.update(indicators)
		.set({ ...fields, version: sql`${indicators.version} + 1` })
		.where(and(eq(indicators.id, indicatorId), eq(indicators.version, version)))
		.returning();
	if (saved) return ok(saved);
	const [current] = await db.select().from(indicators).where(eq(indicators.id, indicatorId));
	if (!current) throw new NotFoundError('Indikatorn');
	return conflicted('indikatorn', current);
}
