import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { goals } from '../db/schema';

/** The years an organisation has written goals for (its part of the framework), oldest first. */
export async function listFrameworkYears(db: DbOrTx, organisationId: number): Promise<number[]> {
	const rows = await db.selectDistinct({ year: goals.year }).from(goals).where(eq(goals.organisationId, organisationId)).orderBy(asc(goals.year));
	return rows.map((r) => r.year);
}
