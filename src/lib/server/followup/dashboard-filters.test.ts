import { describe, expect, it } from 'vitest';
import { parseDashboardFilters } from './dashboard-filters';

describe('parseDashboardFilters', () => {
	it('reads year, period and area goal from the query', () => {
		expect(parseDashboardFilters(new URLSearchParams('ar=2025&period=vb&mal=14'))).toEqual({ year: 2025, period: 'VB', areaGoalId: 14 });
		expect(parseDashboardFilters(new URLSearchParams('period=T2'))).toEqual({ year: null, period: 'T2', areaGoalId: null });
	});

	it('leaves out what does not read, so the page shows its defaults', () => {
		expect(parseDashboardFilters(new URLSearchParams(''))).toEqual({ year: null, period: null, areaGoalId: null });
		expect(parseDashboardFilters(new URLSearchParams('ar=tjugo&period=t4&mal=-3'))).toEqual({ year: null, period: null, areaGoalId: null });
		// "Alla" sends an empty mal.
		expect(parseDashboardFilters(new URLSearchParams('mal=&period=t1'))).toEqual({ year: null, period: 'T1', areaGoalId: null });
	});
});
