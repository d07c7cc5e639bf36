import { error, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { loadStatusPage, workflowActions } from '$lib/forms/workflow-actions';
import { reportKind, reportPeriodFromSlug } from '$lib/domain/followup/report-periods';

function kindOf(params: Partial<Record<string, string>>) {
	const period = reportPeriodFromSlug(params.period);
	if (!period) error(404, 'Sidan finns inte.');
	return { period, kind: reportKind[period] };
}

/** A report's (T1, T2, VB) way through the workflow: the plan's status page, for the report. */
export const load: PageServerLoad = ({ params }) => {
	const { kind } = kindOf(params);
	return loadStatusPage(params, kind, `/org/${params.slug}/${params.year}/rapport/${params.period}`);
};

export const actions: Actions = workflowActions((event: RequestEvent) => kindOf(event.params).kind);
