import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { fileDownload } from '$lib/routing/file-download';
import { parseYear } from '$lib/forms/cascade-actions';
import { actorOf } from '$lib/server/policies/actor';
import { exportOutcomeTemplate, sheetFormat } from '$lib/server/followup/export-outcome-template';
import { reportPeriodFromSlug } from '$lib/domain/followup/report-periods';

/** The outcome template of the organisation (every unit below it) for the period, as XLSX or CSV. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const year = parseYear(params.year);
	const period = reportPeriodFromSlug(params.period);
	if (!period) error(404, 'Sidan finns inte.');
	const format = sheetFormat.safeParse(url.searchParams.get('format') ?? 'xlsx');
	if (!format.success) error(400, format.error.issues[0].message);
	const file = await orNotFound(() =>
		exportOutcomeTemplate(db(), { slug: params.slug, year, period, format: format.data, actor: actorOf(locals.user) })
	);
	return fileDownload(file.body, file.fileName, file.contentType);
};
