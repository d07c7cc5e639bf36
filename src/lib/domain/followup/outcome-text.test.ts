import { describe, expect, it } from 'vitest';
import { describeOutcome, formatFigures, formatOutcome } from './outcome-text';
import type { Outcome } from './outcome';

const NBSP = '\u00a0';
const figures = (value: number | null, numerator: number | null = null, denominator: number | null = null, respondents: number | null = null) => ({
	value,
	numerator,
	denominator,
	respondents
});
const reported = (rest: Partial<Outcome>): Outcome => ({
	status: 'reported',
	...figures(null),
	women: null,
	men: null,
	totalFromParts: false,
	comment: null,
	...rest
});

describe('an outcome as the report shows it', () => {
	it('writes the figure with its unit, Swedish style', () => {
		expect(formatFigures(figures(82), '%')).toBe(`82${NBSP}%`);
		// 2 of 3 = 66,666… %, shown with one decimal.
		expect(formatFigures(figures((2 / 3) * 100), '%')).toBe(`66,7${NBSP}%`);
		expect(formatFigures(figures(1250), 'st')).toBe(`1${NBSP}250${NBSP}st`);
		expect(formatFigures(figures(83), 'index')).toBe('83');
		expect(formatFigures(null, '%')).toBe('');
	});

	it('adds täljare and nämnare, or svarande, when asked', () => {
		expect(formatFigures(figures(82, 41, 50), '%', true)).toBe(`82${NBSP}% (41 av 50)`);
		expect(formatFigures(figures(76.5, null, null, 120), 'index', true)).toBe('76,5 (120 svarande)');
	});

	it('says "Mäts inte" and "Saknas" apart, and nothing for no outcome', () => {
		expect(formatOutcome(reported({ status: 'notMeasured' }), '%')).toBe('Mäts inte');
		expect(formatOutcome(reported({ status: 'missing' }), '%')).toBe('Saknas');
		expect(formatOutcome(null, '%')).toBe('');
		expect(formatOutcome(reported(figures(24, 12, 50)), '%')).toBe(`24${NBSP}%`);
	});

	it('describes the whole outcome in a line', () => {
		const outcome = reported({ ...figures(82, 41, 50), women: figures(88, 22, 25), men: figures(76, 19, 25) });
		expect(describeOutcome(outcome, '%')).toBe(`82${NBSP}% (41 av 50); kvinnor 88${NBSP}% (22 av 25); män 76${NBSP}% (19 av 25)`);
		expect(describeOutcome(reported({ status: 'notMeasured' }), '%')).toBe('Mäts inte');
	});
});
