import { and, eq, max } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { planSections, type PlanSectionArea } from '../db/schema';
import type { PlanSectionFields } from './plan-section-input';

export async function addPlanSection(db: DbOrTx, planId: number, area: PlanSectionArea, fields: PlanSectionFields) {
	const [{ last }] = await db
		.select({ last: max(planSections.position) })
		.from(planSections)
		.where(and(eq(planSections.planId, planId), eq(planSections.area, area)));
	const [row] = await db
		.insert(planSections)
		.values({ planId, area, ...fields, position: (last ?? -1) + 1 })
		.returning();
	return row;
}
