import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { parseYear } from '$lib/forms/cascade-actions';
import { getOrganisation } from '$lib/server/organisations/get-organisation';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { loadPlanOverview } from '$lib/server/overview/load-plan-overview';

/** A committee's (department's, municipality's) view of its units' plans for a year. */
export const load: PageServerLoad = async ({ params }) => {
	const year = parseYear(params.year);
	const context = await orNotFound(() => getOrganisation(db(), params.slug));
	const rows = await loadPlanOverview(db(), context.organisation.id, year);
	return { organisation: context.organisation, year, rows, trail: organisationTrail(context) };
};
