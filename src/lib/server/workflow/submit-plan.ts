import type { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { refused, type Result } from '../result';
import { zodFieldErrors } from '../validation';
import { ensurePlan } from '../plans/ensure-plan';
import { movePlan, type PlanEventRow, type PlanRow } from './move-plan';
import { submitPlanFields, type PlanStep } from './workflow-input';

/** Utkast or Återremitterad → Inlämnad: the unit hands its plan to the committee (a plan not yet started is created). */
export async function submitPlan(
	db: DbOrTx,
	step: PlanStep,
	input: z.input<typeof submitPlanFields> = {}
): Promise<Result<{ plan: PlanRow; event: PlanEventRow }>> {
	const parsed = submitPlanFields.safeParse(input);
	if (!parsed.success) return refused(zodFieldErrors(parsed.error));
	return db.transaction(async (tx) => {
		const plan = await ensurePlan(tx, step.organisationId, step.year, step.kind);
		return movePlan(tx, { planId: plan.id, step: 'submit', userId: step.userId, reason: parsed.data.reason });
	});
}
