import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { plans } from '../db/schema';
import { NotFoundError } from '../result';

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

/** Handläggare, Telefon and Till on the document's first page. */
export async function updatePlanHeader(db: DbOrTx, planId: number, fields: z.output<typeof planHeaderFields>) {
	const [row] = await db
		.update(plans)
		.set({ ...fields, version: sql`${plans.version} + 1`, updatedAt: new Date() })
		.where(eq(plans.id, planId))
		.returning();
	if (!row) throw new NotFoundError('Planen');
	return row;
}
