import type { ParamMatcher } from '@sveltejs/kit';
import { reportPeriodFromSlug, reportPeriodSlug } from '$lib/domain/followup/report-periods';

/** A report in a URL: t1, t2 or vb (lower case, one address per report). */
export const match: ParamMatcher = (param) => {
	const period = reportPeriodFromSlug(param);
	return period !== null && reportPeriodSlug(period) === param;
};
