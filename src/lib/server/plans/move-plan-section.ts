import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { planSections } from '../db/schema';
import { moveInList } from '../db/reorder';
import { NotFoundError } from '../result';

export async function movePlanSection(db: DbOrTx, sectionId: number, direction: 'up' | 'down') {
	const [section] = await db.select().from(planSections).where(eq(planSections.id, sectionId));
	if (!section) throw new NotFoundError('Avsnittet');
	await moveInList(
		db,
		{ table: planSections, id: planSections.id, position: planSections.position },
		and(eq(planSections.planId, section.planId), eq(planSections.area, section.area)),
		sectionId,
		direction
	);
}
