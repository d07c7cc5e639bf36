import type { MessageKey } from './index';
import type { Direction, Periodicity } from '$lib/domain/indicators/indicator';
import type { OrganisationKind } from '$lib/domain/organisation/organisation';
import type { PlanStatus } from '$lib/domain/workflow/plan-status';
import type { FulfilmentLevel } from '$lib/domain/followup/fulfilment';
import type { ActivityStatus } from '$lib/domain/followup/activity-status';

/** Message keys for domain values shown in the interface (the Swedish texts equal the domain labels). */
export const periodicityKey: Record<Periodicity, MessageKey> = {
	year: 'periodicityYear',
	'half-year': 'periodicityHalfYear',
	tertial: 'periodicityTertial',
	month: 'periodicityMonth'
};

export const directionKey: Record<Direction, MessageKey> = {
	higher: 'directionHigher',
	lower: 'directionLower',
	exact: 'directionExact'
};

export const organisationKindKey: Record<OrganisationKind, MessageKey> = {
	municipality: 'orgKindMunicipality',
	committee: 'orgKindCommittee',
	department: 'orgKindDepartment',
	unit: 'orgKindUnit'
};

// workflow
export const planStatusKey: Record<PlanStatus, MessageKey> = {
	draft: 'statusDraft',
	submitted: 'statusSubmitted',
	approved: 'statusApproved',
	returned: 'statusReturned'
};

export const planStatusMeaningKey: Record<PlanStatus, MessageKey> = {
	draft: 'statusDraftMeaning',
	submitted: 'statusSubmittedMeaning',
	approved: 'statusApprovedMeaning',
	returned: 'statusReturnedMeaning'
};

/** What each status means for a report (T1, T2, VB); the texts live with the report pages'. */
export const reportStatusMeaningKey: Record<PlanStatus, MessageKey> = {
	draft: 'reportStatusDraftMeaning',
	submitted: 'reportStatusSubmittedMeaning',
	approved: 'reportStatusApprovedMeaning',
	returned: 'reportStatusReturnedMeaning'
};

/** Fulfilment levels and activity statuses in the interface (the Swedish texts equal the domain labels). */
export const fulfilmentKey: Record<FulfilmentLevel, MessageKey> = {
	met: 'reportLevelMet',
	partly: 'reportLevelPartly',
	notMet: 'reportLevelNotMet',
	notJudged: 'reportLevelNotJudged'
};

export const activityStatusKey: Record<ActivityStatus, MessageKey> = {
	notStarted: 'reportActivityNotStarted',
	ongoing: 'reportActivityOngoing',
	done: 'reportActivityDone',
	delayed: 'reportActivityDelayed'
};
