import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { plans } from '../db/schema';
import type { PlanKind } from '../../domain/interchange/plan-format';

/** The organisation's document row (its verksamhetsplan, or a report) for the year, or undefined when it is not started. */
export async function findPlan(db: DbOrTx, organisationId: number, year: number, kind: PlanKind = 'verksamhetsplan') {
	const [plan] = await db
		.select()
		.from(plans)
		.where(and(eq(plans.organisationId, organisationId), eq(plans.year, year), eq(plans.kind, kind)));
	return plan;
}
