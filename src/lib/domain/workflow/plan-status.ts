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

/**
 * Why a step cannot be taken from the plan's current status: usually someone else moved the plan
 * between the page being shown and the button being pressed.
 */
export function stepRefusal(step: WorkflowStep, status: PlanStatus | null): string {
	if (status === null) return `Planen kan inte ${stepVerbs[step]}: den är inte påbörjad.`;
	const current = planStatusNames[status].toLowerCase();
	return `Planen kan inte ${stepVerbs[step]} eftersom den är ${current}. Någon annan kan ha hunnit före; ladda om sidan och se planens status.`;
}
