import type { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { refused, type Result } from '../result';
import { zodFieldErrors } from '../validation';
import { stepRefusal } from '../../domain/workflow/plan-status';
import { findPlan } from './find-plan';
import { movePlan, type PlanEventRow, type PlanRow } from './move-plan';
import { reopenPlanFields, type PlanStep } from './workflow-input';

/**
 * Fastställd → Utkast: a reviewer opens a decided plan again, saying why. The decision leaves the
 * plan row but stays in the history and in the frozen version.
 */
export async function reopenPlan(
	db: DbOrTx,
	step: PlanStep,
	input: z.input<typeof reopenPlanFields>
): Promise<Result<{ plan: PlanRow; event: PlanEventRow }>> {
	const parsed = reopenPlanFields.safeParse(input);
	if (!parsed.success) return refused(zodFieldErrors(parsed.error));
	return db.transaction(async (tx) => {
		const plan = await findPlan(tx, step.organisationId, step.year, step.kind);
		if (!plan) return refused({ form: stepRefusal('reopen', null, step.kind) });
		return movePlan(tx, { planId: plan.id, step: 'reopen', userId: step.userId, reason: parsed.data.reason });
	});
}
