import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { parseYear } from '$lib/forms/cascade-actions';
import { dashboardHref } from '$lib/routing/dashboard-links';
import { parseDashboardFilters } from '$lib/server/followup/dashboard-filters';
import { loadRollup } from '$lib/server/followup/load-rollup';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { readableChildIds } from '$lib/server/policies/readable-children';

/** The roll-up of an organisation's indicators for a year and report period (Uppföljning). */
export const load: PageServerLoad = async ({ params, url, locals }) => {
	const year = parseYear(params.year);
	const filters = parseDashboardFilters(url.searchParams);
	if (filters.year !== null && filters.year !== year) redirect(303, dashboardHref(params.slug, filters.year, 'rollup', filters));
	const view = await orNotFound(() => loadRollup(db(), params.slug, year, filters.period, { areaGoalId: filters.areaGoalId }));
	const readable = readableChildIds(view.children, locals);
	const groups = view.groups.map((group) => ({
		...group,
		indicators: group.indicators.map((indicator) => ({
			...indicator,
			children: indicator.children.filter((c) => readable.has(c.organisation.id)),
			notHolding: indicator.notHolding.filter((o) => readable.has(o.id))
		}))
	}));
	return {
		view: { ...view, groups },
		hiddenChildren: view.children.length - readable.size,
		filters: { period: view.period, areaGoalId: view.areaGoalId },
		trail: organisationTrail(view)
	};
};
