import { z } from 'zod';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { parseYear } from '$lib/forms/cascade-actions';
import { getOrganisation } from '$lib/server/organisations/get-organisation';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { listOrganisationChanges } from '$lib/server/history/list-organisation-changes';
import { changeView } from '$lib/domain/history/change-view';

const PAGE_SIZE = 100;
const pageNumber = z.coerce.number().int().min(1).catch(1);

/** The changes to a plan's (or a framework's) items for one year, newest first, a page at a time. */
export const load: PageServerLoad = async ({ params, url }) => {
	const year = parseYear(params.year);
	const context = await orNotFound(() => getOrganisation(db(), params.slug));
	const current = pageNumber.parse(url.searchParams.get('sida') ?? 1);
	const { entries, total } = await listOrganisationChanges(db(), {
		organisationId: context.organisation.id,
		year,
		limit: PAGE_SIZE,
		offset: (current - 1) * PAGE_SIZE
	});
	return {
		organisation: { name: context.organisation.name, slug: context.organisation.slug, kind: context.organisation.kind },
		year,
		changes: entries.map(changeView),
		page: current,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
		total,
		trail: organisationTrail(context)
	};
};
