import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { planSections } from '../db/schema';
import { NotFoundError } from '../result';
import type { PlanSectionFields } from './plan-section-input';

export async function updatePlanSection(db: DbOrTx, sectionId: number, fields: PlanSectionFields) {
	const [row] = await db.update(planSections).set(fields).where(eq(planSections.id, sectionId)).returning();
	if (!row) throw new NotFoundError('Avsnittet');
	return row;
}
