import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { planSections } from '../db/schema';
import { NotFoundError } from '../result';

export async function deletePlanSection(db: DbOrTx, sectionId: number) {
	const [row] = await db.delete(planSections).where(eq(planSections.id, sectionId)).returning();
	if (!row) throw new NotFoundError('Avsnittet');
	return row;
}
