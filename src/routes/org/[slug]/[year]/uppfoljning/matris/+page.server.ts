import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { parseYear } from '$lib/forms/cascade-actions';
import { dashboardHref } from '$lib/routing/dashboard-links';
import { parseDashboardFilters } from '$lib/server/followup/dashboard-filters';
import { loadGoalMatrix } from '$lib/server/followup/load-goal-matrix';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { readableChildIds } from '$lib/server/policies/readable-children';

/** The goal matrix (Målmatris): goals × the organisation's children for a year and report period. */
export const load: PageServerLoad = async ({ params, url, locals }) => {
	const year = parseYear(params.year);
	const filters = parseDashboardFilters(url.searchParams);
	if (filters.year !== null && filters.year !== year) redirect(303, dashboardHref(params.slug, filters.year, 'matrix', filters));
	const view = await orNotFound(() => loadGoalMatrix(db(), params.slug, year, filters.period, { areaGoalId: filters.areaGoalId }));
	// A unit's own matrix is its own column; otherwise only the children the user may read.
	const readable = view.organisation.kind === 'unit' ? new Set(view.columns.map((c) => c.id)) : readableChildIds(view.columns, locals);
	const keep = (id: number) => readable.has(id);
	return {
		view: {
			...view,
			columns: view.columns.filter((c) => keep(c.id)),
			sections: view.sections.map((s) => ({ ...s, rows: s.rows.map((r) => ({ ...r, cells: r.cells.filter((c) => keep(c.organisation.id)) })) }))
		},
		hiddenChildren: view.columns.length - view.columns.filter((c) => keep(c.id)).length,
		filters: { period: view.period, areaGoalId: view.areaGoalId },
		trail: organisationTrail(view)
	};
};
