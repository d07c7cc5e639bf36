import { describe, expect, it, test } from 'vitest';
import { actions, may, type Action, type Actor, type Grant, type Target } from './policy';
import { roles, type Role } from './roles';
import type { OrganisationKind } from '../organisation/organisation';
import type { PlanStatus } from '../workflow/plan-status';

/**
 * The policy as a table, over a small fixed tree:
 *
 *   M (1, kommun)                 M2 (7, kommun)
 *   ├─ C1 (2, nämnd)              └─ C3 (8, nämnd)
 *   │   ├─ U1 (4, enhet)              └─ U4 (9, enhet)
 *   │   └─ U2 (5, enhet)
 *   └─ C2 (3, nämnd)
 *       └─ U3 (6, enhet)
 *
 * Every expected value is worked out by hand from the rules: a role holds on its organisation
 * and everything below it; someone working below an organisation may read it (a unit sees its
 * committee's and council's goals) but not a sibling's; Läsare only reads; Redaktör changes a
 * unit's plan while it is Utkast or Återremitterad and hands it in; Granskare/Godkännare
 * returns or approves a handed-in plan, reopens an approved one and has the committee's
 * overview; Administratör writes the framework (and the municipality's goal model), manages
 * users and reads the audit log; an approved plan's document is public when the municipality
 * publishes approved plans; nobody reaches into another municipality.
 */
const tree = {
	M: { path: [1], kind: 'municipality' },
	C1: { path: [1, 2], kind: 'committee' },
	C2: { path: [1, 3], kind: 'committee' },
	U1: { path: [1, 2, 4], kind: 'unit' },
	U2: { path: [1, 2, 5], kind: 'unit' },
	U3: { path: [1, 3, 6], kind: 'unit' },
	M2: { path: [7], kind: 'municipality' },
	C3: { path: [7, 8], kind: 'committee' },
	U4: { path: [7, 8, 9], kind: 'unit' }
} as const satisfies Record<string, { path: readonly number[]; kind: OrganisationKind }>;
type Org = keyof typeof tree;

/** 'anonymous': not signed in; 'none': signed in without any grant; several grants as 'editor+reviewer' at 'U1+C2'. */
type RoleColumn = Role | 'anonymous' | 'none' | `${Role}+${Role}`;
type AtColumn = Org | '-' | `${Org}+${Org}`;
type StatusColumn = PlanStatus | 'none';

type Row = [role: RoleColumn, at: AtColumn, target: Org, kind: OrganisationKind, status: StatusColumn, publicApprovedPlans: boolean, action: Action, expected: boolean];

const allow = true;
const deny = false;

// prettier-ignore
const rows: Row[] = [
	// Läsare on the whole municipality: reads everything in it, changes nothing.
	['reader', 'M', 'U1', 'unit', 'draft', false, 'read', allow],
	['reader', 'M', 'U1', 'unit', 'draft', false, 'readDocument', allow],
	['reader', 'M', 'U1', 'unit', 'draft', false, 'editPlan', deny],
	['reader', 'M', 'U1', 'unit', 'draft', false, 'submitPlan', deny],
	['reader', 'M', 'U1', 'unit', 'submitted', false, 'returnPlan', deny],
	['reader', 'M', 'U1', 'unit', 'submitted', false, 'approvePlan', deny],
	['reader', 'M', 'U1', 'unit', 'approved', false, 'reopenPlan', deny],
	['reader', 'M', 'U1', 'unit', 'draft', false, 'restoreItem', deny],
	['reader', 'M', 'U1', 'unit', 'draft', false, 'comment', deny],
	['reader', 'M', 'C1', 'committee', 'none', false, 'review', deny],
	['reader', 'M', 'C1', 'committee', 'none', false, 'editFramework', deny],
	['reader', 'M', 'M', 'municipality', 'none', false, 'editGoalModel', deny],
	['reader', 'M', 'M', 'municipality', 'none', false, 'manageUsers', deny],
	['reader', 'M', 'M', 'municipality', 'none', false, 'readAuditLog', deny],
	['reader', 'M', 'U3', 'unit', 'none', false, 'read', allow],
	['reader', 'M', 'U4', 'unit', 'none', false, 'read', deny],
	// Läsare on a unit: reads upwards (its committee and council), not sideways.
	['reader', 'U1', 'C1', 'committee', 'none', false, 'read', allow],
	['reader', 'U1', 'M', 'municipality', 'none', false, 'read', allow],
	['reader', 'U1', 'C1', 'committee', 'none', false, 'comment', deny],
	['reader', 'U1', 'U2', 'unit', 'draft', false, 'read', deny],

	// Redaktör on one unit (the enhetschef).
	['editor', 'U1', 'U1', 'unit', 'draft', false, 'read', allow],
	['editor', 'U1', 'U1', 'unit', 'draft', false, 'readDocument', allow],
	['editor', 'U1', 'U1', 'unit', 'none', false, 'editPlan', allow],
	['editor', 'U1', 'U1', 'unit', 'draft', false, 'editPlan', allow],
	['editor', 'U1', 'U1', 'unit', 'returned', false, 'editPlan', allow],
	['editor', 'U1', 'U1', 'unit', 'submitted', false, 'editPlan', deny],
	['editor', 'U1', 'U1', 'unit', 'approved', false, 'editPlan', deny],
	['editor', 'U1', 'U1', 'unit', 'draft', false, 'submitPlan', allow],
	['editor', 'U1', 'U1', 'unit', 'returned', false, 'submitPlan', allow],
	// No plan yet counts as an empty Utkast (plan-status.ts): it may be handed in as it is.
	['editor', 'U1', 'U1', 'unit', 'none', false, 'submitPlan', allow],
	['editor', 'U1', 'U1', 'unit', 'submitted', false, 'submitPlan', deny],
	['editor', 'U1', 'U1', 'unit', 'approved', false, 'submitPlan', deny],
	['editor', 'U1', 'U1', 'unit', 'submitted', false, 'returnPlan', deny],
	['editor', 'U1', 'U1', 'unit', 'submitted', false, 'approvePlan', deny],
	['editor', 'U1', 'U1', 'unit', 'approved', false, 'reopenPlan', deny],
	['editor', 'U1', 'U1', 'unit', 'draft', false, 'restoreItem', allow],
	['editor', 'U1', 'U1', 'unit', 'returned', false, 'restoreItem', allow],
	['editor', 'U1', 'U1', 'unit', 'submitted', false, 'restoreItem', deny],
	['editor', 'U1', 'U1', 'unit', 'approved', false, 'restoreItem', deny],
	['editor', 'U1', 'U1', 'unit', 'draft', false, 'comment', allow],
	['editor', 'U1', 'C1', 'committee', 'none', false, 'review', deny],
	['editor', 'U1', 'C1', 'committee', 'none', false, 'editFramework', deny],
	['editor', 'U1', 'M', 'municipality', 'none', false, 'editGoalModel', deny],
	['editor', 'U1', 'U1', 'unit', 'none', false, 'manageUsers', deny],
	['editor', 'U1', 'U1', 'unit', 'none', false, 'readAuditLog', deny],
	// … sees its committee and council (ancestors), but not a sibling unit, another committee or municipality.
	['editor', 'U1', 'C1', 'committee', 'none', false, 'read', allow],
	['editor', 'U1', 'M', 'municipality', 'none', false, 'read', allow],
	['editor', 'U1', 'C1', 'committee', 'none', false, 'comment', deny],
	['editor', 'U1', 'C1', 'committee', 'none', false, 'restoreItem', deny],
	['editor', 'U1', 'U2', 'unit', 'draft', false, 'read', deny],
	['editor', 'U1', 'U2', 'unit', 'draft', false, 'readDocument', deny],
	['editor', 'U1', 'U2', 'unit', 'draft', false, 'editPlan', deny],
	['editor', 'U1', 'U2', 'unit', 'draft', false, 'submitPlan', deny],
	['editor', 'U1', 'U2', 'unit', 'draft', false, 'comment', deny],
	['editor', 'U1', 'C2', 'committee', 'none', false, 'read', deny],
	['editor', 'U1', 'U3', 'unit', 'draft', false, 'read', deny],
	['editor', 'U1', 'U4', 'unit', 'draft', false, 'editPlan', deny],
	['editor', 'U1', 'M2', 'municipality', 'none', false, 'read', deny],
	// … but a sibling's fastställd plan is public when the municipality publishes them.
	['editor', 'U1', 'U2', 'unit', 'approved', true, 'readDocument', allow],
	['editor', 'U1', 'U2', 'unit', 'approved', true, 'read', deny],

	// Redaktör on a committee (redaktor): every unit below it, nothing of the committee's framework.
	['editor', 'C1', 'U1', 'unit', 'draft', false, 'editPlan', allow],
	['editor', 'C1', 'U2', 'unit', 'returned', false, 'editPlan', allow],
	['editor', 'C1', 'U2', 'unit', 'submitted', false, 'editPlan', deny],
	['editor', 'C1', 'U2', 'unit', 'draft', false, 'submitPlan', allow],
	['editor', 'C1', 'U2', 'unit', 'draft', false, 'comment', allow],
	['editor', 'C1', 'C1', 'committee', 'none', false, 'editPlan', deny],
	['editor', 'C1', 'C1', 'committee', 'none', false, 'editFramework', deny],
	['editor', 'C1', 'C1', 'committee', 'none', false, 'review', deny],
	['editor', 'C1', 'C1', 'committee', 'none', false, 'comment', allow],
	['editor', 'C1', 'M', 'municipality', 'none', false, 'read', allow],
	['editor', 'C1', 'C2', 'committee', 'none', false, 'read', deny],
	['editor', 'C1', 'U3', 'unit', 'draft', false, 'read', deny],
	['editor', 'C1', 'U3', 'unit', 'draft', false, 'editPlan', deny],
	// The monthly forecast: an editor on the unit, whatever the plan's status; not on a committee.
	['editor', 'U1', 'U1', 'unit', 'approved', false, 'editForecast', allow],
	['editor', 'C1', 'U2', 'unit', 'submitted', false, 'editForecast', allow],
	['editor', 'C1', 'C1', 'committee', 'none', false, 'editForecast', deny],
	['editor', 'U1', 'U2', 'unit', 'draft', false, 'editForecast', deny],
	['reader', 'M', 'U1', 'unit', 'draft', false, 'editForecast', deny],
	['reviewer', 'C1', 'U1', 'unit', 'draft', false, 'editForecast', deny],
	['admin', 'M', 'U1', 'unit', 'draft', false, 'editForecast', deny],
	['anonymous', '-', 'U1', 'unit', 'draft', false, 'editForecast', deny],
	// Outcomes from a spreadsheet: an editor on the organisation, whatever its kind, and only there.
	['editor', 'C1', 'C1', 'committee', 'none', false, 'importOutcomes', allow],
	['editor', 'C1', 'U2', 'unit', 'submitted', false, 'importOutcomes', allow],
	['editor', 'C1', 'C2', 'committee', 'none', false, 'importOutcomes', deny],
	['editor', 'C1', 'M', 'municipality', 'none', false, 'importOutcomes', deny],
	['editor', 'U1', 'U1', 'unit', 'draft', false, 'importOutcomes', allow],
	['editor', 'U1', 'U2', 'unit', 'draft', false, 'importOutcomes', deny],
	['reader', 'M', 'C1', 'committee', 'none', false, 'importOutcomes', deny],
	['reviewer', 'C1', 'C1', 'committee', 'none', false, 'importOutcomes', deny],
	['admin', 'M', 'C1', 'committee', 'none', false, 'importOutcomes', deny],
	['anonymous', '-', 'U1', 'unit', 'draft', false, 'importOutcomes', deny],

	// Granskare/Godkännare on a committee (granskare): every workflow edge.
	['reviewer', 'C1', 'U1', 'unit', 'submitted', false, 'read', allow],
	['reviewer', 'C1', 'U2', 'unit', 'submitted', false, 'readDocument', allow],
	['reviewer', 'C1', 'U1', 'unit', 'draft', false, 'editPlan', deny],
	['reviewer', 'C1', 'U1', 'unit', 'draft', false, 'submitPlan', deny],
	['reviewer', 'C1', 'U1', 'unit', 'none', false, 'returnPlan', deny],
	['reviewer', 'C1', 'U1', 'unit', 'draft', false, 'returnPlan', deny],
	['reviewer', 'C1', 'U1', 'unit', 'submitted', false, 'returnPlan', allow],
	['reviewer', 'C1', 'U1', 'unit', 'approved', false, 'returnPlan', deny],
	['reviewer', 'C1', 'U1', 'unit', 'returned', false, 'returnPlan', deny],
	['reviewer', 'C1', 'U1', 'unit', 'none', false, 'approvePlan', deny],
	['reviewer', 'C1', 'U1', 'unit', 'draft', false, 'approvePlan', deny],
	['reviewer', 'C1', 'U1', 'unit', 'submitted', false, 'approvePlan', allow],
	['reviewer', 'C1', 'U1', 'unit', 'approved', false, 'approvePlan', deny],
	['reviewer', 'C1', 'U1', 'unit', 'returned', false, 'approvePlan', deny],
	['reviewer', 'C1', 'U1', 'unit', 'none', false, 'reopenPlan', deny],
	['reviewer', 'C1', 'U1', 'unit', 'draft', false, 'reopenPlan', deny],
	['reviewer', 'C1', 'U1', 'unit', 'submitted', false, 'reopenPlan', deny],
	['reviewer', 'C1', 'U1', 'unit', 'approved', false, 'reopenPlan', allow],
	['reviewer', 'C1', 'U1', 'unit', 'returned', false, 'reopenPlan', deny],
	['reviewer', 'C1', 'U1', 'unit', 'draft', false, 'restoreItem', deny],
	['reviewer', 'C1', 'U1', 'unit', 'submitted', false, 'comment', allow],
	['reviewer', 'C1', 'C1', 'committee', 'none', false, 'comment', allow],
	['reviewer', 'C1', 'C1', 'committee', 'none', false, 'review', allow],
	['reviewer', 'C1', 'U1', 'unit', 'submitted', false, 'review', deny],
	['reviewer', 'C1', 'M', 'municipality', 'none', false, 'review', deny],
	['reviewer', 'C1', 'C2', 'committee', 'none', false, 'review', deny],
	['reviewer', 'C1', 'C1', 'committee', 'none', false, 'editFramework', deny],
	['reviewer', 'C1', 'M', 'municipality', 'none', false, 'editGoalModel', deny],
	['reviewer', 'C1', 'C1', 'committee', 'none', false, 'manageUsers', deny],
	['reviewer', 'C1', 'C1', 'committee', 'none', false, 'readAuditLog', deny],
	['reviewer', 'C1', 'U3', 'unit', 'submitted', false, 'approvePlan', deny],
	['reviewer', 'C1', 'U3', 'unit', 'submitted', false, 'returnPlan', deny],
	['reviewer', 'C1', 'U4', 'unit', 'approved', false, 'reopenPlan', deny],
	['reviewer', 'C1', 'U4', 'unit', 'submitted', false, 'read', deny],

	// Administratör on the municipality (admin): framework, goal model, users, audit log; not the units' plans.
	['admin', 'M', 'U3', 'unit', 'draft', false, 'read', allow],
	['admin', 'M', 'U1', 'unit', 'draft', false, 'readDocument', allow],
	['admin', 'M', 'U1', 'unit', 'draft', false, 'editPlan', deny],
	['admin', 'M', 'U1', 'unit', 'draft', false, 'submitPlan', deny],
	['admin', 'M', 'U1', 'unit', 'submitted', false, 'returnPlan', deny],
	['admin', 'M', 'U1', 'unit', 'submitted', false, 'approvePlan', deny],
	['admin', 'M', 'U1', 'unit', 'approved', false, 'reopenPlan', deny],
	['admin', 'M', 'U1', 'unit', 'draft', false, 'restoreItem', deny],
	['admin', 'M', 'C1', 'committee', 'none', false, 'restoreItem', allow],
	['admin', 'M', 'M', 'municipality', 'none', false, 'restoreItem', allow],
	['admin', 'M', 'U1', 'unit', 'draft', false, 'comment', allow],
	['admin', 'M', 'C1', 'committee', 'none', false, 'review', allow],
	['admin', 'M', 'M', 'municipality', 'none', false, 'review', allow],
	['admin', 'M', 'M', 'municipality', 'none', false, 'editFramework', allow],
	['admin', 'M', 'C2', 'committee', 'none', false, 'editFramework', allow],
	['admin', 'M', 'U1', 'unit', 'none', false, 'editFramework', deny],
	['admin', 'M', 'M', 'municipality', 'none', false, 'editGoalModel', allow],
	['admin', 'M', 'C1', 'committee', 'none', false, 'editGoalModel', deny],
	['admin', 'M', 'M', 'municipality', 'none', false, 'manageUsers', allow],
	['admin', 'M', 'U3', 'unit', 'none', false, 'manageUsers', allow],
	['admin', 'M', 'M', 'municipality', 'none', false, 'readAuditLog', allow],
	['admin', 'M', 'U2', 'unit', 'none', false, 'readAuditLog', allow],
	['admin', 'M', 'U4', 'unit', 'none', false, 'read', deny],
	['admin', 'M', 'C3', 'committee', 'none', false, 'editFramework', deny],
	['admin', 'M', 'M2', 'municipality', 'none', false, 'editGoalModel', deny],
	['admin', 'M', 'M2', 'municipality', 'none', false, 'manageUsers', deny],
	['admin', 'M', 'M2', 'municipality', 'none', false, 'readAuditLog', deny],
	// Administratör on a committee: that committee and below, not the council nor a sibling committee.
	['admin', 'C1', 'C1', 'committee', 'none', false, 'editFramework', allow],
	['admin', 'C1', 'M', 'municipality', 'none', false, 'editFramework', deny],
	['admin', 'C1', 'C2', 'committee', 'none', false, 'editFramework', deny],
	['admin', 'C1', 'M', 'municipality', 'none', false, 'editGoalModel', deny],
	['admin', 'C1', 'C1', 'committee', 'none', false, 'manageUsers', allow],
	['admin', 'C1', 'U2', 'unit', 'none', false, 'manageUsers', allow],
	['admin', 'C1', 'M', 'municipality', 'none', false, 'manageUsers', deny],
	['admin', 'C1', 'M', 'municipality', 'none', false, 'read', allow],
	['admin', 'C1', 'M', 'municipality', 'none', false, 'restoreItem', deny],
	['admin', 'C1', 'C1', 'committee', 'none', false, 'restoreItem', allow],

	// Not signed in: nothing but a published, fastställd plan's document.
	['anonymous', '-', 'M', 'municipality', 'none', true, 'read', deny],
	['anonymous', '-', 'U1', 'unit', 'approved', true, 'read', deny],
	['anonymous', '-', 'U1', 'unit', 'approved', true, 'readDocument', allow],
	['anonymous', '-', 'U1', 'unit', 'approved', false, 'readDocument', deny],
	['anonymous', '-', 'U1', 'unit', 'submitted', true, 'readDocument', deny],
	['anonymous', '-', 'U1', 'unit', 'returned', true, 'readDocument', deny],
	['anonymous', '-', 'U1', 'unit', 'draft', true, 'readDocument', deny],
	['anonymous', '-', 'U1', 'unit', 'none', true, 'readDocument', deny],
	// A decided version is a public record where the municipality publishes: still readable after a reopen.
	['anonymous', '-', 'U1', 'unit', 'draft', true, 'readDecision', allow],
	['anonymous', '-', 'U1', 'unit', 'approved', false, 'readDecision', deny],
	['none', '-', 'U1', 'unit', 'draft', false, 'readDecision', deny],
	['reader', 'M', 'U1', 'unit', 'draft', false, 'readDecision', allow],
	['editor', 'U1', 'U2', 'unit', 'draft', false, 'readDecision', deny],
	['editor', 'U1', 'U2', 'unit', 'draft', true, 'readDecision', allow],
	['reviewer', 'C1', 'U1', 'unit', 'draft', false, 'readDecision', allow],
	['admin', 'M', 'U4', 'unit', 'approved', false, 'readDecision', deny],
	['anonymous', '-', 'U1', 'unit', 'draft', true, 'editPlan', deny],
	['anonymous', '-', 'U1', 'unit', 'none', true, 'editPlan', deny],
	['anonymous', '-', 'U1', 'unit', 'draft', true, 'submitPlan', deny],
	['anonymous', '-', 'U1', 'unit', 'submitted', true, 'returnPlan', deny],
	['anonymous', '-', 'U1', 'unit', 'submitted', true, 'approvePlan', deny],
	['anonymous', '-', 'U1', 'unit', 'approved', true, 'reopenPlan', deny],
	['anonymous', '-', 'U1', 'unit', 'draft', true, 'restoreItem', deny],
	['anonymous', '-', 'U1', 'unit', 'approved', true, 'comment', deny],
	['anonymous', '-', 'C1', 'committee', 'none', true, 'review', deny],
	['anonymous', '-', 'M', 'municipality', 'none', true, 'editFramework', deny],
	['anonymous', '-', 'M', 'municipality', 'none', true, 'editGoalModel', deny],
	['anonymous', '-', 'M', 'municipality', 'none', true, 'manageUsers', deny],
	['anonymous', '-', 'M', 'municipality', 'none', true, 'readAuditLog', deny],
	// Signed in without any grant: the same as not signed in.
	['none', '-', 'M', 'municipality', 'none', true, 'read', deny],
	['none', '-', 'U1', 'unit', 'draft', true, 'readDocument', deny],
	['none', '-', 'U1', 'unit', 'approved', true, 'readDocument', allow],

	// Another municipality's people see only what is public here.
	['reader', 'M2', 'U1', 'unit', 'approved', true, 'readDocument', allow],
	['reader', 'M2', 'U1', 'unit', 'approved', false, 'readDocument', deny],
	['reader', 'M2', 'U1', 'unit', 'approved', true, 'read', deny],
	['editor', 'U4', 'C3', 'committee', 'none', false, 'read', allow],
	['editor', 'U4', 'M2', 'municipality', 'none', false, 'read', allow],
	['editor', 'U4', 'M', 'municipality', 'none', false, 'read', deny],
	['editor', 'U4', 'U1', 'unit', 'draft', false, 'editPlan', deny],
	['admin', 'M2', 'M', 'municipality', 'none', false, 'editFramework', deny],
	['admin', 'M2', 'U1', 'unit', 'none', false, 'manageUsers', deny],

	// Several grants: each holds where it sits, and they never combine into more elsewhere.
	['reader+editor', 'M+U1', 'U1', 'unit', 'draft', false, 'editPlan', allow],
	['reader+editor', 'M+U1', 'U2', 'unit', 'draft', false, 'editPlan', deny],
	['reader+editor', 'M+U1', 'U3', 'unit', 'draft', false, 'read', allow],
	['editor+reviewer', 'U1+C2', 'U3', 'unit', 'submitted', false, 'approvePlan', allow],
	['editor+reviewer', 'U1+C2', 'U1', 'unit', 'submitted', false, 'approvePlan', deny],
	['editor+reviewer', 'U1+C2', 'U3', 'unit', 'draft', false, 'editPlan', deny],
	['editor+reviewer', 'U1+C2', 'C2', 'committee', 'none', false, 'review', allow],
	['editor+reviewer', 'U1+C2', 'C1', 'committee', 'none', false, 'review', deny],
	['editor+reviewer', 'U1+C2', 'U2', 'unit', 'draft', false, 'read', deny],
	['editor+reviewer', 'U1+U1', 'U1', 'unit', 'draft', false, 'submitPlan', allow],
	['editor+reviewer', 'U1+U1', 'U1', 'unit', 'submitted', false, 'approvePlan', allow],
	['editor+reviewer', 'U1+U1', 'U1', 'unit', 'submitted', false, 'editPlan', deny],
	['admin+editor', 'M+U4', 'U4', 'unit', 'draft', false, 'editPlan', allow],
	['admin+editor', 'M+U4', 'C3', 'committee', 'none', false, 'editFramework', deny],
	['admin+editor', 'M+U4', 'M', 'municipality', 'none', false, 'editFramework', allow],
	['admin+editor', 'M+U4', 'U1', 'unit', 'draft', false, 'editPlan', deny],
	['reader+reader', 'U1+U4', 'U4', 'unit', 'none', false, 'read', allow],
	['reader+reader', 'U1+U4', 'M2', 'municipality', 'none', false, 'read', allow],
	['reader+reader', 'U1+U4', 'U2', 'unit', 'none', false, 'read', deny]
];

function actorOf(role: RoleColumn, at: AtColumn): Actor {
	if (role === 'anonymous') return null;
	if (role === 'none') return { userId: 1, grants: [] };
	const roleList = role.split('+') as Role[];
	const places = at.split('+') as Org[];
	if (roleList.length !== places.length) throw new Error(`Row: ${role} at ${at} do not pair up`);
	const grants: Grant[] = roleList.map((r, i) => ({
		organisationId: tree[places[i]].path.at(-1)!,
		path: tree[places[i]].path,
		role: r
	}));
	return { userId: 1, grants };
}

function targetOf(org: Org, kind: OrganisationKind, status: StatusColumn, publicApprovedPlans: boolean): Target {
	// The kind column is there to read the table; it must agree with the tree.
	if (tree[org].kind !== kind) throw new Error(`Row: ${org} is a ${tree[org].kind}, not a ${kind}`);
	return { path: tree[org].path, kind, planStatus: status === 'none' ? null : status, publicApprovedPlans };
}

describe('may: the policy table', () => {
	test.each(rows)('%s at %s → %s (%s, plan %s, public %s): %s → %s', (role, at, target, kind, status, publicPlans, action, expected) => {
		expect(may(actorOf(role, at), action, targetOf(target, kind, status, publicPlans))).toBe(expected);
	});

	it('has at least 120 cases, and every action for every role (and for someone not signed in)', () => {
		expect(rows.length).toBeGreaterThanOrEqual(120);
		const covered = new Set(rows.map(([role, , , , , , action]) => `${role}:${action}`));
		const missing = [...roles, 'anonymous']
			.flatMap((role) => actions.map((action) => `${role}:${action}`))
			.filter((pair) => !covered.has(pair));
		expect(missing).toEqual([]);
	});

	it('has no row twice (a copied row would hide a missing case)', () => {
		const keys = rows.map((row) => row.slice(0, 7).join('|'));
		expect(keys.length - new Set(keys).size).toBe(0);
	});

	it('covers every plan status for every workflow action', () => {
		const statuses: StatusColumn[] = ['none', 'draft', 'submitted', 'approved', 'returned'];
		const workflow: Action[] = ['editPlan', 'submitPlan', 'returnPlan', 'approvePlan', 'reopenPlan'];
		const covered = new Set(rows.map(([, , , , status, , action]) => `${action}:${status}`));
		const missing = workflow.flatMap((a) => statuses.map((s) => `${a}:${s}`)).filter((pair) => !covered.has(pair));
		expect(missing).toEqual([]);
	});
});
