import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { plans } from '../db/schema';
import type { PlanKind } from '../../domain/interchange/plan-format';

/** The organisation's plan row for the year, created empty on first use. */
export async function ensurePlan(db: DbOrTx, organisationId: number, year: number, kind: PlanKind = 'verksamhetsplan') {
	const [created] = await db.insert(plans).values({ organisationId, year, kind }).onConflictDoNothing().returning();
	if (created) return created;
	const [existing] = await db
		.select()
		.from(plans)
		.where(and(eq(plans.organisationId, organisationId), eq(plans.year, year), eq(plans.kind, kind)));
	return existing;
}
