/**
 * Addresses of the follow-up's dashboards. The filters travel in the query (a GET form works
 * without JavaScript): period as in report addresses (t1, t2, vb), mal the area goal's id.
 */
import { reportPeriodSlug, type ReportPeriod } from '$lib/domain/followup/report-periods';

export interface DashboardFilterValues {
	period?: ReportPeriod | null;
	areaGoalId?: number | null;
}

export type DashboardPage = 'rollup' | 'matrix';

/** "?period=t1&mal=12", or "" without filters. */
export function dashboardQuery(filters: DashboardFilterValues): string {
	const query = new URLSearchParams();
	if (filters.period) query.set('period', reportPeriodSlug(filters.period));
	if (filters.areaGoalId) query.set('mal', String(filters.areaGoalId));
	const text = query.toString();
	return text ? `?${text}` : '';
}

/** /org/<slug>/<year>/uppfoljning (or …/matris) with the filters. */
export function dashboardHref(slug: string, year: number, page: DashboardPage, filters: DashboardFilterValues = {}): string {
	return `/org/${slug}/${year}/uppfoljning${page === 'matrix' ? '/matris' : ''}${dashboardQuery(filters)}`;
}

/** /org/<slug>/<year>/uppfoljning/indikator/<id>. */
export function indicatorTrendHref(slug: string, year: number, indicatorId: number): string {
	return `/org/${slug}/${year}/uppfoljning/indikator/${indicatorId}`;
}

/** A unit's report for the period: /org/<unit>/<year>/rapport/t1. */
export function unitReportHref(slug: string, year: number, period: ReportPeriod): string {
	return `/org/${slug}/${year}/rapport/${reportPeriodSlug(period)}`;
}
