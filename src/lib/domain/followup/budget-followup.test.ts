import { describe, expect, it } from 'vitest';
import { budgetFollowupSums, budgetVariance } from './budget-followup';

describe('budget variance', () => {
	it('is budget minus forecast: a cost forecast below budget is a positive variance', () => {
		expect(budgetVariance(12_400, 12_100)).toBe(300);
		expect(budgetVariance(12_400, 12_900)).toBe(-500);
	});

	it('on an income row written negative, more income than budgeted is positive', () => {
		// Budget −1 400 tkr in income, forecast −1 550: 150 tkr more income than planned.
		expect(budgetVariance(-1_400, -1_550)).toBe(150);
	});

	it('is not computed without both figures', () => {
		expect(budgetVariance(null, 100)).toBeNull();
		expect(budgetVariance(100, null)).toBeNull();
	});

	it('sums a table, the variance over rows with both a budget and a forecast', () => {
		const sums = budgetFollowupSums([
			{ budget: -1_400, outcome: -480, forecast: -1_450 },
			{ budget: 9_800, outcome: 3_150, forecast: 9_900 },
			{ budget: 2_000, outcome: 610, forecast: null }
		]);
		// budget −1 400 + 9 800 + 2 000 = 10 400; outcome −480 + 3 150 + 610 = 3 280;
		// forecast −1 450 + 9 900 = 8 450; variance (−1 400 + 1 450) + (9 800 − 9 900) = 50 − 100 = −50.
		expect(sums).toEqual({ budget: 10_400, outcome: 3_280, forecast: 8_450, variance: -50 });
	});

	it('leaves a column empty when no row has a figure in it', () => {
		expect(budgetFollowupSums([{ budget: 100, outcome: null, forecast: null }])).toEqual({
			budget: 100,
			outcome: null,
			forecast: null,
			variance: null
		});
	});
});
