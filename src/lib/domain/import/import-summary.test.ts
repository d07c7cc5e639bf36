import { describe, expect, it } from 'vitest';
import type { GoalDoc } from '../interchange/plan-format';
import { decodeImportSummary, encodeImportSummary, MAX_SUMMARY_COOKIE_CHARS, summaryCounts } from './import-summary';

const goal = (title: string, indicators: number, goals: GoalDoc[] = []): GoalDoc => ({
	label: 'Nämndmål',
	number: null,
	title,
	sections: {},
	indicators: Array.from({ length: indicators }, (_, i) => ({ name: `I${i}`, annualTarget: null, councilTarget: null, periodicity: null })),
	activities: [],
	goals
});

describe('the summary shown after an import', () => {
	it('counts goals at every level and their indicators', () => {
		// KF 1 (0 indicators) → 1.1 (2) → nämndmål (1) and a second top goal (3): 4 goals, 6 indicators.
		expect(summaryCounts([goal('KF 1', 0, [goal('1.1', 2, [goal('N', 1)])]), goal('KF 2', 3)])).toEqual({ goals: 4, indicators: 6 });
	});

	it('carries the counts and warnings through the cookie value', () => {
		const value = encodeImportSummary({ goals: 12, indicators: 5 }, ['Ramverksmålet ”1.1 Tryggt” fanns inte och skapades.']);
		expect(decodeImportSummary(value)).toEqual({ goals: 12, indicators: 5, warnings: ['Ramverksmålet ”1.1 Tryggt” fanns inte och skapades.'], omitted: 0 });
	});

	it('keeps the cookie small: long warnings are cut, and the ones that do not fit are counted', () => {
		const warnings = Array.from({ length: 80 }, (_, i) => `Varning ${i + 1}: ${'å'.repeat(400)}`);
		const value = encodeImportSummary({ goals: 1, indicators: 0 }, warnings);
		expect(value.length).toBeLessThanOrEqual(MAX_SUMMARY_COOKIE_CHARS);
		const summary = decodeImportSummary(value);
		if (!summary) throw new Error('no summary');
		// A warning is cut to 299 characters and "…": "Varning 1: " and 288 "å", six characters each
		// URI-encoded (%C3%A5), about 1 750 in all, so one fits in 3 000 and two do not.
		expect(summary.warnings).toHaveLength(1);
		expect(summary.warnings[0]).toHaveLength(300);
		expect(summary.warnings[0].endsWith('…')).toBe(true);
		expect(summary.warnings.length + summary.omitted).toBe(80);
	});

	it('reads no summary from a missing or changed cookie', () => {
		expect(decodeImportSummary(undefined)).toBeNull();
		expect(decodeImportSummary('%7B')).toBeNull();
		expect(decodeImportSummary('%E0%A4%A')).toBeNull();
		expect(decodeImportSummary(encodeURIComponent(JSON.stringify({ goals: -1, indicators: 0, warnings: [], omitted: 0 })))).toBeNull();
	});
});
