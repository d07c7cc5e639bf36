import { z } from 'zod';
import { reportPeriodFromSlug, type ReportPeriod } from '../../domain/followup/report-periods';

/**
 * The dashboards' filters as the GET form sends them: ar (a year: the page moves there), period
 * (t1, t2, vb) and mal (an area goal's id). A filter is a view, not a change: a value that does
 * not read is left out and the page shows its default (the latest reported period, all goals).
 */
export const dashboardFilterFields = z.object({
	ar: z.coerce.number().int().min(1000).max(9999).optional().catch(undefined),
	period: z
		.string()
		.optional()
		.transform((slug) => reportPeriodFromSlug(slug))
		.catch(null),
	mal: z.coerce.number().int().positive().optional().catch(undefined)
});

export interface DashboardFilters {
	year: number | null;
	period: ReportPeriod | null;
	areaGoalId: number | null;
}

export function parseDashboardFilters(query: URLSearchParams): DashboardFilters {
	const parsed = dashboardFilterFields.parse({
		ar: query.get('ar') || undefined,
		period: query.get('period') || undefined,
		mal: query.get('mal') || undefined
	});
	return { year: parsed.ar ?? null, period: parsed.period, areaGoalId: parsed.mal ?? null };
}
