import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { planEvents, planSnapshots, plans, users } from '../db/schema';
import type { PlanStatus } from '../../domain/workflow/plan-status';
import { findPlan } from './find-plan';
import type { PlanKind } from '../../domain/interchange/plan-format';

export interface PlanStatusEvent {
	id: number;
	at: Date;
	/** The acting user's name; null when the user is gone or it was done by the system. */
	userName: string | null;
	fromStatus: PlanStatus;
	toStatus: PlanStatus;
	reason: string;
	decidedOn: string | null;
	decidedBy: string | null;
	diaryNumber: string | null;
	/** The frozen version made by this approval. */
	snapshotId: number | null;
}

export interface PlanStatusView {
	status: PlanStatus | null;
	statusChangedAt: Date | null;
	decision: { decidedOn: string; decidedBy: string; diaryNumber: string } | null;
	/** Oldest first. */
	events: PlanStatusEvent[];
	/** The latest event, when it sent the plan back: its reason is what the unit should act on. */
	returnedFor: string | null;
}

/**
 * Where a plan stands in the workflow, with its whole history and the frozen versions. A caller
 * that has read the plan's row already (loadPlan) passes it as `known`, saving a query.
 */
export async function loadPlanStatus(
	db: DbOrTx,
	organisationId: number,
	year: number,
	kind: PlanKind = 'verksamhetsplan',
	known?: { plan: typeof plans.$inferSelect | null }
): Promise<PlanStatusView> {
	const plan = known ? known.plan : await findPlan(db, organisationId, year, kind);
	if (!plan) return { status: null, statusChangedAt: null, decision: null, events: [], returnedFor: null };
	const rows = await db
		.select({ event: planEvents, userName: users.displayName, snapshotId: planSnapshots.id })
		.from(planEvents)
		.leftJoin(users, eq(users.id, planEvents.userId))
		.leftJoin(planSnapshots, eq(planSnapshots.eventId, planEvents.id))
		.where(eq(planEvents.planId, plan.id))
		.orderBy(asc(planEvents.at), asc(planEvents.id));
	const events: PlanStatusEvent[] = rows.map(({ event, userName, snapshotId }) => ({
		id: event.id,
		at: event.at,
		userName,
		fromStatus: event.fromStatus,
		toStatus: event.toStatus,
		reason: event.reason,
		decidedOn: event.decidedOn,
		decidedBy: event.decidedBy,
		diaryNumber: event.diaryNumber,
		snapshotId
	}));
	const last = events.at(-1);
	return {
		status: plan.status,
		statusChangedAt: plan.statusChangedAt,
		decision:
			plan.status === 'approved' && plan.decidedOn && plan.decidedBy && plan.diaryNumber
				? { decidedOn: plan.decidedOn, decidedBy: plan.decidedBy, diaryNumber: plan.diaryNumber }
				: null,
		events,
		returnedFor: plan.status === 'returned' && last?.toStatus === 'returned' ? last.reason : null
	};
}
