import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { planEvents, plans } from '../db/schema';
import { ok, refused, type Result } from '../result';
import { stepRefusal, workflowSteps, type WorkflowStep } from '../../domain/workflow/plan-status';

export type PlanRow = typeof plans.$inferSelect;
export type PlanEventRow = typeof planEvents.$inferSelect;

export interface PlanMove {
	planId: number;
	step: WorkflowStep;
	/** The acting user, recorded on the event. */
	userId: number | null;
	reason: string;
	/** Set on approval; a reopened plan's decision is cleared (the event and the snapshot keep it). */
	decision?: { decidedOn: string; decidedBy: string; diaryNumber: string };
}

/**
 * Moves a plan one workflow step and records the event, in the caller's transaction. The row is
 * locked first, and the update names the statuses the step may leave from, so of two people
 * pressing the same button at once exactly one moves the plan; the other is told why not.
 */
export async function movePlan(db: DbOrTx, move: PlanMove): Promise<Result<{ plan: PlanRow; event: PlanEventRow }>> {
	const { from, to } = workflowSteps[move.step];
	const [current] = await db.select({ status: plans.status, kind: plans.kind }).from(plans).where(eq(plans.id, move.planId)).for('update');
	if (!current) return refused({ form: stepRefusal(move.step, null) });
	const decision =
		move.step === 'approve' && move.decision
			? move.decision
			: move.step === 'reopen'
				? { decidedOn: null, decidedBy: null, diaryNumber: null }
				: {};
	const [plan] = await db
		.update(plans)
		.set({ status: to, statusChangedAt: new Date(), ...decision })
		.where(and(eq(plans.id, move.planId), inArray(plans.status, [...from])))
		.returning();
	if (!plan) return refused({ form: stepRefusal(move.step, current.status, current.kind) });
	const [event] = await db
		.insert(planEvents)
		.values({
			planId: plan.id,
			userId: move.userId,
			fromStatus: current.status,
			toStatus: to,
			reason: move.reason,
			decidedOn: move.decision?.decidedOn ?? null,
			decidedBy: move.decision?.decidedBy ?? null,
			diaryNumber: move.decision?.diaryNumber ?? null
		})
		.returning();
	return ok({ plan, event });
}
