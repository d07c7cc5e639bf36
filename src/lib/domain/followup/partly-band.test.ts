import { describe, expect, it } from 'vitest';
import { maxPartlyBand, parsePartlyBand, partlyBandExample, partlyBandInput, partlyBandMessages } from './partly-band';

const NBSP = '\u00a0';

describe('the delvis uppfyllt band as an administrator writes it', () => {
	it.each([
		['5', 0.05],
		['5 %', 0.05],
		['5%', 0.05],
		[' 2,5 ', 0.025],
		['2.5', 0.025],
		['0', 0],
		['50', 0.5],
		['12,25 %', 0.1225]
	])('reads %j as the fraction %d', (typed, band) => {
		expect(parsePartlyBand(typed)).toEqual({ ok: true, band });
	});

	it.each(['', '  ', 'fem', '5 procent', '%', '5,5,5'])('refuses %j: not a number', (typed) => {
		expect(parsePartlyBand(typed)).toEqual({ ok: false, message: partlyBandMessages.notANumber });
	});

	it.each(['-1', '50,01', '51', '100 %'])('refuses %j: outside 0–50 %%', (typed) => {
		expect(parsePartlyBand(typed)).toEqual({ ok: false, message: partlyBandMessages.range });
	});

	it('allows at most half the target', () => {
		expect(maxPartlyBand).toBe(0.5);
	});

	it.each([0.05, 0.025, 0, 0.5, 0.1225])('shows %d so that it reads back the same', (band) => {
		expect(parsePartlyBand(partlyBandInput(band))).toEqual({ ok: true, band });
	});

	it('shows 0.05 as "5" and 0.025 as "2,5", as people write them', () => {
		expect([partlyBandInput(0.05), partlyBandInput(0.025)]).toEqual(['5', '2,5']);
	});

	it('works out the rule for a target of 24 %: with 5 %, 22,8–24 % is delvis uppfyllt', () => {
		// 5 % of 24 is 1,2 percentage points: 24 − 1,2 = 22,8.
		expect(partlyBandExample(0.05)).toEqual({
			target: `24${NBSP}%`,
			band: `5${NBSP}%`,
			from: '22,8',
			to: `24${NBSP}%`,
			reason: `Utfallet 22,8${NBSP}% är lägre än årsmålet 24${NBSP}% men inom 5${NBSP}%.`
		});
	});

	it('works out the rule for 2,5 %: 23,4–24 %', () => {
		// 2,5 % of 24 is 0,6: 24 − 0,6 = 23,4.
		expect(partlyBandExample(0.025)).toMatchObject({ band: `2,5${NBSP}%`, from: '23,4' });
	});
});
