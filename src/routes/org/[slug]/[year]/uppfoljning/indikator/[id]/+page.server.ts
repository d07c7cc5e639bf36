import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { parseYear } from '$lib/forms/cascade-actions';
import { parseDashboardFilters } from '$lib/server/followup/dashboard-filters';
import { loadIndicatorTrend } from '$lib/server/followup/load-indicator-trend';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { readableChildIds } from '$lib/server/policies/readable-children';
import { describeTrend, trendChart } from '$lib/domain/followup/trend-chart';

/** An indicator at an organisation: by child for each period of the year, and its trend over the years. */
export const load: PageServerLoad = async ({ params, url, locals }) => {
	const year = parseYear(params.year);
	if (!/^\d{1,9}$/.test(params.id)) error(404, 'Sidan finns inte.');
	const filters = parseDashboardFilters(url.searchParams);
	const view = await orNotFound(() => loadIndicatorTrend(db(), params.slug, year, Number(params.id)));
	const readable = readableChildIds([...view.breakdown.filter((r) => !r.isTotal).map((r) => r.organisation), ...view.notHolding], locals);
	const breakdown = view.breakdown.filter((r) => r.isTotal || readable.has(r.organisation.id));
	const series = {
		points: view.trend.map((v) => ({ year: v.year, period: v.period, value: v.cell.aggregate.value })),
		targets: view.targets.map((t) => ({ year: t.year, value: t.target.value, text: t.target.text })),
		unit: view.indicator.unit
	};
	return {
		view: { ...view, breakdown, notHolding: view.notHolding.filter((o) => readable.has(o.id)) },
		hiddenChildren: view.breakdown.length - breakdown.length,
		chart: trendChart(series),
		description: describeTrend(series),
		filters: { period: filters.period, areaGoalId: filters.areaGoalId },
		trail: organisationTrail(view)
	};
};
