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
