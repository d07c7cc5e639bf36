import { describe, expect, it } from 'vitest';
import { dashboardHref, dashboardQuery, indicatorTrendHref, unitReportHref } from './dashboard-links';

describe('dashboard links', () => {
	it('carry the filters in the query', () => {
		expect(dashboardQuery({})).toBe('');
		expect(dashboardQuery({ period: 'VB', areaGoalId: 12 })).toBe('?period=vb&mal=12');
		expect(dashboardHref('norra', 2026, 'rollup', { period: 'T2' })).toBe('/org/norra/2026/uppfoljning?period=t2');
		expect(dashboardHref('norra', 2026, 'matrix', { areaGoalId: 3 })).toBe('/org/norra/2026/uppfoljning/matris?mal=3');
	});

	it("lead to an indicator's trend and a unit's report", () => {
		expect(indicatorTrendHref('familjeenheten', 2026, 7)).toBe('/org/familjeenheten/2026/uppfoljning/indikator/7');
		expect(unitReportHref('familjeenheten', 2026, 'T1')).toBe('/org/familjeenheten/2026/rapport/t1');
	});
});
