import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { getOrganisation } from '$lib/server/organisations/get-organisation';
import { auditPeriod } from '$lib/server/history/audit-period';
import { exportAuditLog } from '$lib/server/history/export-audit-log';

/** The audit log of a period as a CSV file for Excel. */
export const GET: RequestHandler = async ({ params, url }) => {
	const parsed = auditPeriod.safeParse({ from: url.searchParams.get('from') ?? '', to: url.searchParams.get('to') ?? '' });
	if (!parsed.success) error(400, parsed.error.issues[0].message);
	const context = await orNotFound(() => getOrganisation(db(), params.slug));
	const csv = await exportAuditLog(db(), { organisationId: context.organisation.id, ...parsed.data });
	const name = `verksam-logg-${context.organisation.slug}-${parsed.data.from}-${parsed.data.to}.csv`;
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'no-store'
		}
	});
};
