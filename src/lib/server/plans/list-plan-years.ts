import { and, eq, asc } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { plans } from '../db/schema';

/** The years an organisation has a verksamhetsplan for, oldest first. */
export async function listPlanYears(db: DbOrTx, organisationId: number): Promise<number[]> {
	const rows = await db
		.select({ year: plans.year })
		.from(plans)
		.where(and(eq(plans.organisationId, organisationId), eq(plans.kind, 'verksamhetsplan')))
		.orderBy(asc(plans.year));
	return rows.map((r) => r.year);
}
