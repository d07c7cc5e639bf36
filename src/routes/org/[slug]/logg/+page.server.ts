import { z } from 'zod';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { zodFieldErrors } from '$lib/server/validation';
import { getOrganisation } from '$lib/server/organisations/get-organisation';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { listAuditLog } from '$lib/server/history/list-audit-log';
import { auditPeriod } from '$lib/server/history/audit-period';
import { changeView } from '$lib/domain/history/change-view';
import { stockholmDate } from '$lib/domain/format/date-time';

const PAGE_SIZE = 200;
const pageNumber = z.coerce.number().int().min(1).catch(1);

/** The audit log of an organisation and everything below it for a period (today by default), newest first, a page at a time. */
export const load: PageServerLoad = async ({ params, url }) => {
	const context = await orNotFound(() => getOrganisation(db(), params.slug));
	const today = stockholmDate(new Date());
	const values = { from: url.searchParams.get('from') ?? today, to: url.searchParams.get('to') ?? today };
	const base = {
		organisation: { name: context.organisation.name, slug: context.organisation.slug, kind: context.organisation.kind },
		values,
		trail: organisationTrail(context)
	};
	const parsed = auditPeriod.safeParse(values);
	if (!parsed.success) return { ...base, errors: zodFieldErrors(parsed.error), changes: [], total: 0, page: 1, pages: 1, exportHref: null };
	const current = pageNumber.parse(url.searchParams.get('sida') ?? 1);
	const { entries, total } = await listAuditLog(db(), {
		organisationId: context.organisation.id,
		...parsed.data,
		limit: PAGE_SIZE,
		order: 'newest',
		offset: (current - 1) * PAGE_SIZE
	});
	const query = new URLSearchParams(parsed.data).toString();
	return {
		...base,
		errors: {} as Record<string, string>,
		changes: entries.map((e) => ({ ...changeView(e), organisationName: e.organisationName ?? '' })),
		total,
		page: current,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
		query,
		exportHref: `/org/${context.organisation.slug}/logg/export?${query}`
	};
};
