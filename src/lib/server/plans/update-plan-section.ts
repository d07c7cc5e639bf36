import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { planSections } from '../db/schema';
import { conflicted, NotFoundError, ok, type Conflict, type Result } from '../result';
import type { PlanSectionFields } from './plan-section-input';

type SectionRow = typeof planSections.$inferSelect;

/**
 * Saves a section's heading and text. The save names the version it started from; if someone
 * saved in between, nothing is written and the caller gets the other person's version to show.
 */
export async function updatePlanSection(
	db: DbOrTx,
	sectionId: number,
	version: number,
	fields: PlanSectionFields
): Promise<Result<SectionRow> | Conflict<SectionRow>> {
	const [saved] = await db
		.update(planSections)
		.set({ ...fields, version: sql`${planSections.version} + 1` })
		.where(and(eq(planSections.id, sectionId), eq(planSections.version, version)))
		.returning();
	if (saved) return ok(saved);
	const [current] = await db.select().from(planSections).where(eq(planSections.id, sectionId));
	if (!current) throw new NotFoundError('Avsnittet');
	return conflicted('avsnittet', current);
}
