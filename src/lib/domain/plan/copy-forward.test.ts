import { describe, expect, it } from 'vitest';
import { shiftDateByYears, shiftYearInText } from './copy-forward';
import { budgetColumnSums } from './budget';

describe('copy forward', () => {
	it('moves dates a year, with 29 February to 28 February', () => {
		expect(shiftDateByYears('2026-01-01', 1)).toBe('2027-01-01');
		expect(shiftDateByYears('2026-12-31', 1)).toBe('2027-12-31');
		expect(shiftDateByYears('2028-02-29', 1)).toBe('2029-02-28');
		expect(shiftDateByYears(null, 1)).toBeNull();
	});
	it('moves a year written in a title', () => {
		expect(shiftYearInText('Internkontrollplan 2026', 2026, 2027)).toBe('Internkontrollplan 2027');
		expect(shiftYearInText('Rapport 20261', 2026, 2027)).toBe('Rapport 20261');
	});
});

describe('budget sums', () => {
	it('sums each column and leaves empty columns empty', () => {
		const rows = [
			{ values: [-1400, -1400, null] },
			{ values: [12500, 12900, null] },
			{ values: [3100, null, null] }
		];
		expect(budgetColumnSums(3, rows)).toEqual([14200, 11500, null]);
	});
});
