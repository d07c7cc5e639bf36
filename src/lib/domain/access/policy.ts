import type { OrganisationKind } from '../organisation/organisation';
import type { PlanStatus } from '../workflow/plan-status';
import { isEditableStatus, canTakeStep } from '../workflow/plan-status';
import type { Role } from './roles';

/**
 * Who may do what: the one place. Every page load, form action and API route asks `may`
 * (through src/lib/server/policies), and the table test beside this file pins every rule.
 */

/** A role on an organisation; `path` is that organisation's ancestors from the root, ending with itself. */
export interface Grant {
	organisationId: number;
	path: readonly number[];
	role: Role;
}

/** The signed-in user's grants, or null for someone who has not signed in. */
export type Actor = { userId: number; grants: readonly Grant[] } | null;

/** What is being acted on: an organisation (by its path from the root), and its plan's status for plan actions. */
export interface Target {
	path: readonly number[];
	kind: OrganisationKind;
	/** The municipality publishes fastställda plans to everyone (offentlighetsprincipen). */
	publicApprovedPlans?: boolean;
	/** The plan's status for the year in question; null when there is no plan yet. */
	planStatus?: PlanStatus | null;
}

export const actions = [
	/** See an organisation's pages: its plans, framework, comments and history. */
	'read',
	/** Read a plan's document (fastställda plans may be public). */
	'readDocument',
	/**
	 * Read a plan's fastställda (decided) versions: a decision is a public record, so where the
	 * municipality publishes approved plans it stays readable even after the plan is reopened.
	 */
	'readDecision',
	/**
	 * Change a unit's plan: goals, texts, targets, activities, budget, attachments; restore from
	 * history. A report (T1, T2, VB) is a document of the unit's too: the same action, decided on
	 * the report's status, lets an editor enter its outcomes, assessments and analyses.
	 */
	'editPlan',
	'submitPlan',
	'returnPlan',
	'approvePlan',
	'reopenPlan',
	/** Restore an earlier version of an item from its history: as editing the plan (a unit) or the framework. */
	'restoreItem',
	/**
	 * Enter a unit's monthly budget forecast (månadsprognos): an editor on the unit, whatever the
	 * status of its plan and reports, since the forecast is kept up to date all year.
	 */
	'editForecast',
	/**
	 * Bring outcomes for the units below in from a spreadsheet: an editor on the organisation.
	 * Each row's unit is then decided with editPlan on that unit's report.
	 */
	'importOutcomes',
	/** Write and resolve comments on a plan. */
	'comment',
	/** The committee's overview of its units' plans. */
	'review',
	/** Change the council's or a committee's goals, indicators and activities; add organisations. */
	'editFramework',
	'editGoalModel',
	/** Create users, grant roles, reset passwords, change the municipality's settings. */
	'manageUsers',
	'readAuditLog'
] as const;
export type Action = (typeof actions)[number];

function selfId(target: Target): number {
	return target.path[target.path.length - 1];
}

/** Roles the actor holds on the target or on an organisation above it. */
function rolesOver(actor: Actor, target: Target): Set<Role> {
	return new Set((actor?.grants ?? []).filter((g) => target.path.includes(g.organisationId)).map((g) => g.role));
}

/** Someone working below an organisation may read it: a unit sees its committee's and council's goals. */
function worksBelow(actor: Actor, target: Target): boolean {
	const id = selfId(target);
	return (actor?.grants ?? []).some((g) => g.path.includes(id));
}

export function may(actor: Actor, action: Action, target: Target): boolean {
	const held = rolesOver(actor, target);
	const canRead = held.size > 0 || worksBelow(actor, target);
	const status = target.planStatus ?? null;
	const isUnit = target.kind === 'unit';
	switch (action) {
		case 'read':
			return canRead;
		case 'readDocument':
			return canRead || (status === 'approved' && target.publicApprovedPlans === true);
		case 'readDecision':
			return canRead || target.publicApprovedPlans === true;
		case 'editPlan':
			return isUnit && held.has('editor') && isEditableStatus(status);
		case 'submitPlan':
			return isUnit && held.has('editor') && canTakeStep('submit', status);
		case 'returnPlan':
			return isUnit && held.has('reviewer') && canTakeStep('return', status);
		case 'approvePlan':
			return isUnit && held.has('reviewer') && canTakeStep('approve', status);
		case 'reopenPlan':
			return isUnit && held.has('reviewer') && canTakeStep('reopen', status);
		case 'restoreItem':
			return isUnit ? may(actor, 'editPlan', target) : may(actor, 'editFramework', target);
		case 'editForecast':
			return isUnit && held.has('editor');
		case 'importOutcomes':
			return held.has('editor');
		case 'comment':
			return held.has('editor') || held.has('reviewer') || held.has('admin');
		case 'review':
			return !isUnit && (held.has('reviewer') || held.has('admin'));
		case 'editFramework':
			return !isUnit && held.has('admin');
		case 'editGoalModel':
			return target.kind === 'municipality' && held.has('admin');
		case 'manageUsers':
		case 'readAuditLog':
			return held.has('admin');
	}
}
