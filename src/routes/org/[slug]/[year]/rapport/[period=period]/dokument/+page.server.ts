import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { parseYear } from '$lib/forms/cascade-actions';
import { reportPeriodFromSlug } from '$lib/domain/followup/report-periods';
import { loadReport } from '$lib/server/followup/load-report';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';

/** A unit's report (T1, T2, VB) as the committee reads it: a read-only, printable document. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const period = reportPeriodFromSlug(params.period);
	// Only a unit writes a report; a committee's follow-up is its roll-up.
	if (!period || (locals.target && locals.target.kind !== 'unit')) error(404, 'Sidan finns inte.');
	const report = await orNotFound(() => loadReport(db(), params.slug, parseYear(params.year), period));
	return { report, trail: organisationTrail(report) };
};
