import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { organisations, planSnapshots } from '../db/schema';
import { ok, refused, type Result } from '../result';
import { zodFieldErrors } from '../validation';
import { stepRefusal } from '../../domain/workflow/plan-status';
import { loadPlan } from '../plans/load-plan';
import { loadReport } from '../followup/load-report';
import { reportPeriodOfKind } from '../../domain/followup/report-periods';
import { findPlan } from './find-plan';
import { movePlan, type PlanEventRow, type PlanRow } from './move-plan';
import { approvePlanFields, type PlanStep } from './workflow-input';

/**
 * Inlämnad → Fastställd, with the decision's date, who decided and the diarienummer. The document
 * as it reads at this moment (the plan view the document page renders) is frozen in the same
 * transaction, so the decided version stays readable whatever changes later.
 */
export async function approvePlan(
	db: DbOrTx,
	step: PlanStep,
	input: z.input<typeof approvePlanFields>
): Promise<Result<{ plan: PlanRow; event: PlanEventRow; snapshotId: number }>> {
	const parsed = approvePlanFields.safeParse(input);
	if (!parsed.success) return refused(zodFieldErrors(parsed.error));
	return db.transaction(async (tx) => {
		const plan = await findPlan(tx, step.organisationId, step.year, step.kind);
		if (!plan) return refused({ form: stepRefusal('approve', null, step.kind) });
		const moved = await movePlan(tx, { planId: plan.id, step: 'approve', userId: step.userId, reason: '', decision: parsed.data });
		if (!moved.ok) return moved;
		const [organisation] = await tx.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, step.organisationId));
		// The document as it reads now: the plan, or the report (T1, T2, VB) with its outcomes.
		const period = reportPeriodOfKind(step.kind ?? 'verksamhetsplan');
		const view = period ? await loadReport(tx, organisation.slug, step.year, period) : await loadPlan(tx, organisation.slug, step.year);
		const [snapshot] = await tx
			.insert(planSnapshots)
			.values({
				planId: plan.id,
				eventId: moved.value.event.id,
				...parsed.data,
				// Through JSON on purpose: what is stored is exactly what a reader gets back.
				content: JSON.parse(JSON.stringify(view))
			})
			.returning({ id: planSnapshots.id });
		return ok({ ...moved.value, snapshotId: snapshot.id });
	});
}
