import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { plans } from '../db/schema';
import { conflicted, NotFoundError, ok, type Conflict, type Result } from '../result';

export const planHeaderFields = z.object({
	handler: z.string().trim().max(200, 'Högst 200 tecken.').default(''),
	phone: z
		.string()
		.trim()
		.max(40, 'Högst 40 tecken.')
		.regex(/^[0-9 +\-()]*$/, 'Skriv telefonnumret med siffror, till exempel 08-123 45 67.')
		.default(''),
	recipient: z.string().trim().max(200, 'Högst 200 tecken.').default('')
});

type PlanRow = typeof plans.$inferSelect;

/**
 * Handläggare, Telefon and Till on the document's first page. The save names the plan's version it
 * started from (a plan not yet created starts at 1); if someone saved in between, nothing is
 * written and the caller gets the stored plan to show.
 */
export async function updatePlanHeader(
	db: DbOrTx,
	planId: number,
	version: number,
	fields: z.output<typeof planHeaderFields>
): Promise<Result<PlanRow> | Conflict<PlanRow>> {
	const [saved] = await db
		.update(plans)
		.set({ ...fields, version: sql`${plans.version} + 1`, updatedAt: new Date() })
		.where(and(eq(plans.id, planId), eq(plans.version, version)))
		.returning();
	if (saved) return ok(saved);
	const [current] = await db.select().from(plans).where(eq(plans.id, planId));
	if (!current) throw new NotFoundError('Planen');
	return conflicted('planens uppgifter', current);
}
