import type { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { refused, type Result } from '../result';
import { zodFieldErrors } from '../validation';
import { stepRefusal } from '../../domain/workflow/plan-status';
import { findPlan } from './find-plan';
import { movePlan, type PlanEventRow, type PlanRow } from './move-plan';
import { returnPlanFields, type PlanStep } from './workflow-input';

/** Inlämnad → Återremitterad: the reviewer sends the plan back to the unit, saying why. */
export async function returnPlan(
	db: DbOrTx,
	step: PlanStep,
	input: z.input<typeof returnPlanFields>
): Promise<Result<{ plan: PlanRow; event: PlanEventRow }>> {
	const parsed = returnPlanFields.safeParse(input);
	if (!parsed.success) return refused(zodFieldErrors(parsed.error));
	return db.transaction(async (tx) => {
		const plan = await findPlan(tx, step.organisationId, step.year, step.kind);
		if (!plan) return refused({ form: stepRefusal('return', null, step.kind) });
		return movePlan(tx, { planId: plan.id, step: 'return', userId: step.userId, reason: parsed.data.reason });
	});
}
