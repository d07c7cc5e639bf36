import type { Action } from '../../domain/access/policy';

/**
 * Which permission every page and every form action needs: the one table the request guard
 * (src/hooks.server.ts) reads before anything runs. A route or action missing here is refused,
 * so a new page cannot be reachable by accident; `route-policies.test.ts` checks every route's
 * actions are listed.
 *
 * - `public`: anyone, signed in or not; `signedIn`: any signed-in user (the page filters what it shows);
 * - an Action: decided by `may` for the route's target organisation.
 */
export type Requirement = Action | 'public' | 'signedIn';

export interface RoutePolicy {
	/** What the route acts on: the organisation in [slug] (with [year] for plan status), the goal or indicator in [id], or nothing. */
	target: 'none' | 'organisation' | 'goal' | 'indicator';
	/** For GET and HEAD. */
	view: Requirement;
	/** Form actions by name ("default" for the default action), and POST/PUT/DELETE endpoints by method. */
	actions?: Record<string, Requirement>;
}

const cascadeEditing = [
	'addGoal',
	'saveGoal',
	'deleteGoal',
	'moveGoal',
	'saveTargets',
	'addIndicator',
	'saveIndicator',
	'deleteIndicator',
	'moveIndicator',
	'moveActivity',
	'addActivity',
	'saveActivity',
	'deleteActivity'
] as const;

const planEditing = [
	...cascadeEditing,
	'createPlan',
	'copyForward',
	'saveHeader',
	'addSection',
	'saveSection',
	'deleteSection',
	'moveSection',
	'addBudgetTable',
	'saveBudgetTable',
	'addBudgetRow',
	'moveBudgetRow',
	'moveAttachment',
	'deleteBudgetRow',
	'deleteBudgetTable',
	'addAttachment',
	'deleteAttachment'
] as const;

/** A unit's report (T1, T2, VB): its outcomes, assessments, activity status, budget follow-up and texts. */
const reportEditing = [
	'saveReportHeader',
	'saveOutcome',
	'saveAssessment',
	'saveActivityStatus',
	'saveBudgetFollowup',
	'addSection',
	'saveSection',
	'deleteSection',
	'moveSection'
] as const;

const all = <K extends string>(names: readonly K[], requirement: Requirement) =>
	Object.fromEntries(names.map((n) => [n, requirement])) as Record<K, Requirement>;

export const routePolicies: Record<string, RoutePolicy> = {
	'/': { target: 'none', view: 'public' },
	'/sprak': { target: 'none', view: 'public' },
	'/sok': { target: 'none', view: 'signedIn' },
	'/logga-in': { target: 'none', view: 'public', actions: { default: 'public' } },
	'/logga-in/oidc': { target: 'none', view: 'public' },
	'/logga-in/oidc/callback': { target: 'none', view: 'public' },
	'/logga-ut': { target: 'none', view: 'public', actions: { here: 'public', everywhere: 'signedIn' } },
	'/mal/[id]': { target: 'goal', view: 'read' },
	'/indikator/[id]': { target: 'indicator', view: 'read' },
	'/org/[slug]': { target: 'organisation', view: 'read', actions: { addChild: 'editFramework' } },
	'/org/[slug]/malmodell': { target: 'organisation', view: 'read', actions: { saveLevel: 'editGoalModel' } },
	'/org/[slug]/[year]': {
		target: 'organisation',
		view: 'read',
		actions: {
			...all(planEditing, 'editPlan')
		}
	},
	'/org/[slug]/[year]/ramverk': {
		target: 'organisation',
		view: 'read',
		actions: { ...all(cascadeEditing, 'editFramework'), copyForward: 'editFramework' }
	},
	'/org/[slug]/[year]/dokument': { target: 'organisation', view: 'readDocument' },
	// History: a plan's or framework's changes, one item's versions and restoring one; the audit log
	'/org/[slug]/[year]/historik': { target: 'organisation', view: 'read' },
	'/org/[slug]/[year]/historik/[table]/[key]': { target: 'organisation', view: 'read', actions: { restoreVersion: 'restoreItem' } },
	'/org/[slug]/logg': { target: 'organisation', view: 'readAuditLog' },
	'/org/[slug]/logg/export': { target: 'organisation', view: 'readAuditLog' },
	'/org/[slug]/[year]/kommentarer': {
		target: 'organisation',
		view: 'read',
		actions: all(['startThread', 'reply', 'resolve', 'reopen'], 'comment')
	},
	'/org/[slug]/[year]/oversikt': { target: 'organisation', view: 'review' },
	// (every entry ends with a comma: branches add entries here and are merged line by line)
	// workflow
	'/org/[slug]/[year]/status': {
		target: 'organisation',
		view: 'read',
		actions: { submitPlan: 'submitPlan', returnPlan: 'returnPlan', approvePlan: 'approvePlan', reopenPlan: 'reopenPlan' }
	},
	'/org/[slug]/[year]/faststalld/[id]': { target: 'organisation', view: 'readDecision' },
	// Users, own account and the municipality's settings
	'/konto': { target: 'none', view: 'signedIn', actions: { changePassword: 'signedIn' } },
	'/konto/losenord': { target: 'none', view: 'signedIn', actions: { default: 'signedIn' } },
	'/org/[slug]/anvandare': {
		target: 'organisation',
		view: 'manageUsers',
		actions: all(['createUser', 'grantRole', 'revokeRole', 'resetPassword', 'setDisabled', 'signOutUser'], 'manageUsers')
	},
	'/org/[slug]/installningar': { target: 'organisation', view: 'manageUsers', actions: { save: 'manageUsers' } },
	// Follow-up: a unit's reports ([period] = t1, t2, vb: the guard decides on that report's status)
	'/org/[slug]/[year]/rapport/[period=period]': { target: 'organisation', view: 'read', actions: all(reportEditing, 'editPlan') },
	'/org/[slug]/[year]/rapport/[period=period]/dokument': { target: 'organisation', view: 'readDocument' },
	'/org/[slug]/[year]/rapport/[period=period]/status': {
		target: 'organisation',
		view: 'read',
		actions: { submitPlan: 'submitPlan', returnPlan: 'returnPlan', approvePlan: 'approvePlan', reopenPlan: 'reopenPlan' }
	},
	'/org/[slug]/[year]/prognos': { target: 'organisation', view: 'read', actions: { saveBudgetFollowup: 'editForecast' } },
	// Follow-up: roll-up, matrix and trends for any organisation
	'/org/[slug]/[year]/uppfoljning': { target: 'organisation', view: 'read' },
	'/org/[slug]/[year]/uppfoljning/matris': { target: 'organisation', view: 'read' },
	'/org/[slug]/[year]/uppfoljning/indikator/[id]': { target: 'organisation', view: 'read' },
	// Follow-up: outcomes as a spreadsheet, out and back in
	'/org/[slug]/[year]/utfall/[period=period]/export': { target: 'organisation', view: 'read' },
	'/org/[slug]/[year]/utfall/[period=period]/import': { target: 'organisation', view: 'importOutcomes', actions: { default: 'importOutcomes' } },
	// Documents: a committee's compilation of its units' plans or reports (as its overview: the units' documents are not all public)
	'/org/[slug]/[year]/sammanstallning': { target: 'organisation', view: 'review', actions: { start: 'review' } },
	'/org/[slug]/[year]/sammanstallning/[job]': { target: 'organisation', view: 'review' },
	'/org/[slug]/[year]/sammanstallning/[job]/status': { target: 'organisation', view: 'review' },
	'/org/[slug]/[year]/sammanstallning/[job]/fil': { target: 'organisation', view: 'review' },
	// Documents as PDF and Word: each download needs what its document page needs
	'/org/[slug]/[year]/dokument/[format=docformat]': { target: 'organisation', view: 'readDocument' },
	'/org/[slug]/[year]/rapport/[period=period]/dokument/[format=docformat]': { target: 'organisation', view: 'readDocument' },
	'/org/[slug]/[year]/faststalld/[id]/[format=docformat]': { target: 'organisation', view: 'readDecision' },
	// Import: a plan from a Word, PDF or text document into an empty plan (the confirm checks editPlan on the organisation chosen too)
	'/org/[slug]/[year]/importera': { target: 'organisation', view: 'editPlan', actions: { read: 'editPlan', confirm: 'editPlan' } },
};

/**
 * The form action a POST names: "?/saveGoal" → "saveGoal", no name → "default". Read exactly as
 * SvelteKit reads it (the first query parameter whose decoded name starts with "/", wherever it
 * stands), so the guard checks the action that will run and not another.
 */
export function actionName(search: string): string {
	for (const [key] of new URLSearchParams(search)) if (key.startsWith('/')) return key.slice(1);
	return 'default';
}
