import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { planSnapshots, plans } from '../db/schema';
import { NotFoundError } from '../result';
import type { PlanView } from '../plans/load-plan';

/** The plan view as stored: JSON, so the plan row's timestamps come back as ISO strings. */
export type FrozenPlanView = Omit<PlanView, 'plan'> & {
	plan:
		| (Omit<NonNullable<PlanView['plan']>, 'statusChangedAt' | 'updatedAt'> & { statusChangedAt: string | null; updatedAt: string })
		| null;
};

export interface PlanSnapshot {
	id: number;
	createdAt: Date;
	decidedOn: string;
	decidedBy: string;
	diaryNumber: string;
	content: FrozenPlanView;
}

/** A frozen, fastställd version of an organisation's plan for a year; another plan's snapshot is not found. */
export async function getPlanSnapshot(
	db: DbOrTx,
	where: { snapshotId: number; organisationId: number; year: number }
): Promise<PlanSnapshot> {
	const [row] = await db
		.select({ snapshot: planSnapshots })
		.from(planSnapshots)
		.innerJoin(plans, eq(plans.id, planSnapshots.planId))
		.where(and(eq(planSnapshots.id, where.snapshotId), eq(plans.organisationId, where.organisationId), eq(plans.year, where.year)));
	if (!row) throw new NotFoundError('Den fastställda versionen');
	const { snapshot } = row;
	return {
		id: snapshot.id,
		createdAt: snapshot.createdAt,
		decidedOn: snapshot.decidedOn,
		decidedBy: snapshot.decidedBy,
		diaryNumber: snapshot.diaryNumber,
		content: snapshot.content as FrozenPlanView
	};
}
