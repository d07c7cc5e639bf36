import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { plans } from '../db/schema';

/** The organisation's verksamhetsplan row for the year, or undefined when it is not started. */
export async function findPlan(db: DbOrTx, organisationId: number, year: number) {
	const [plan] = await db
		.select()
		.from(plans)
		.where(and(eq(plans.organisationId, organisationId), eq(plans.year, year), eq(plans.kind, 'verksamhetsplan')));
	return plan;
}
