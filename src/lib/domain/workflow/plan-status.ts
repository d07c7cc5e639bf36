import type { PlanKind } from '../interchange/plan-format';

/** Where a plan stands: Utkast → Inlämnad → Fastställd, or back as Återremitterad. */
export const planStatuses = ['draft', 'submitted', 'approved', 'returned'] as const;
export type PlanStatus = (typeof planStatuses)[number];

export const planStatusNames: Record<PlanStatus, string> = {
	draft: 'Utkast',
	submitted: 'Inlämnad',
	approved: 'Fastställd',
	returned: 'Återremitterad'
};

/** The unit may change its plan only while it is a draft or has been sent back. */
export function isEditableStatus(status: PlanStatus | null): boolean {
	return status === null || status === 'draft' || status === 'returned';
}

export type WorkflowStep = 'submit' | 'return' | 'approve' | 'reopen';

/** Which status each step leaves from and arrives at. */
export const workflowSteps: Record<WorkflowStep, { from: readonly PlanStatus[]; to: PlanStatus }> = {
	submit: { from: ['draft', 'returned'], to: 'submitted' },
	return: { from: ['submitted'], to: 'returned' },
	approve: { from: ['submitted'], to: 'approved' },
	reopen: { from: ['approved'], to: 'draft' }
};

export function canTakeStep(step: WorkflowStep, status: PlanStatus | null): boolean {
	return workflowSteps[step].from.includes(status ?? 'draft');
}

const stepVerbs: Record<WorkflowStep, string> = {
	submit: 'lämnas in',
	return: 'återremitteras',
	approve: 'fastställas',
	reopen: 'öppnas igen'
};

/** The document a workflow step moves, as a sentence names it: the plan, or a report (T1, T2, VB). */
export function documentNoun(kind: PlanKind = 'verksamhetsplan'): { the: string; its: string } {
	return kind === 'verksamhetsplan' ? { the: 'Planen', its: 'planens' } : { the: 'Rapporten', its: 'rapportens' };
}

/**
 * Why a step cannot be taken from the document's current status: usually someone else moved it
 * between the page being shown and the button being pressed.
 */
export function stepRefusal(step: WorkflowStep, status: PlanStatus | null, kind: PlanKind = 'verksamhetsplan'): string {
	const noun = documentNoun(kind);
	if (status === null) return `${noun.the} kan inte ${stepVerbs[step]}: den är inte påbörjad.`;
	const current = planStatusNames[status].toLowerCase();
	return `${noun.the} kan inte ${stepVerbs[step]} eftersom den är ${current}. Någon annan kan ha hunnit före; ladda om sidan och se ${noun.its} status.`;
}
