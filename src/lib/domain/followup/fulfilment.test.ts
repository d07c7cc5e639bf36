import { describe, expect, it } from 'vitest';
import type { Direction, Target } from '../indicators/indicator';
import {
	applyOverride,
	formatBand,
	fulfilmentLabel,
	fulfilmentReasons,
	judgeFulfilment,
	overrideMessages,
	type Fulfilment,
	type JudgedOutcome
} from './fulfilment';

const reported = (value: number): JudgedOutcome => ({ status: 'reported', value });
const numeric = (value: number): Target => ({ value, text: null });
const textual = (text: string): Target => ({ value: null, text });
const noTarget: Target = { value: null, text: null };

/** Swedish formatting puts a no-break space before the percent sign. */
const sv = (s: string) => s.replace(/ %/g, '\u00a0%');

function level(u: number, target: number, direction: Direction, band = 0.05): string {
	return judgeFulfilment({ outcome: reported(u), target: numeric(target), direction, band }).level;
}

function textLevel(u: number, text: string, previous: number | null, direction: Direction = 'higher'): Fulfilment {
	return judgeFulfilment({
		outcome: reported(u),
		target: textual(text),
		direction,
		band: 0.05,
		previousOutcome: previous === null ? null : reported(previous),
		unit: '%'
	});
}

describe('labels', () => {
	it('names the levels in Swedish', () => {
		expect(fulfilmentLabel).toEqual({
			met: 'Uppfyllt',
			partly: 'Delvis uppfyllt',
			notMet: 'Ej uppfyllt',
			notJudged: 'Ej bedömt'
		});
		expect(formatBand(0.05)).toBe(sv('5 %'));
		expect(formatBand(0.025)).toBe(sv('2,5 %'));
	});
});

describe('higher is better (target 24, band 5 %: partly from 22,8 up to but not including 24)', () => {
	it('is met at the target and above', () => {
		expect(level(24, 24, 'higher')).toBe('met');
		expect(level(30, 24, 'higher')).toBe('met');
	});
	it('is partly just below the target and at the band edge 24 − 0,05·24 = 22,8', () => {
		expect(level(23.99, 24, 'higher')).toBe('partly');
		expect(level(22.8, 24, 'higher')).toBe('partly');
	});
	it('is not met just beyond the band edge', () => {
		expect(level(22.79, 24, 'higher')).toBe('notMet');
		expect(level(0, 24, 'higher')).toBe('notMet');
	});
	it('measures the band from |target| for a negative target (netto −1 400 tkr: edge −1 470)', () => {
		expect(level(-1400, -1400, 'higher')).toBe('met');
		expect(level(-1470, -1400, 'higher')).toBe('partly');
		expect(level(-1471, -1400, 'higher')).toBe('notMet');
	});
	it('has no partly with a band of 0', () => {
		expect(level(23.99, 24, 'higher', 0)).toBe('notMet');
		expect(level(24, 24, 'higher', 0)).toBe('met');
	});
	it('gives the reason with the figures', () => {
		const judge = (u: number) =>
			judgeFulfilment({ outcome: reported(u), target: numeric(24), direction: 'higher', band: 0.05, unit: '%' }).reason;
		expect(judge(25)).toBe(sv('Utfallet 25 % är inte lägre än årsmålet 24 %.'));
		expect(judge(23)).toBe(sv('Utfallet 23 % är lägre än årsmålet 24 % men inom 5 %.'));
		expect(judge(20)).toBe(sv('Utfallet 20 % är mer än 5 % lägre än årsmålet 24 %.'));
	});
});

describe('lower is better (sjukfrånvaro, target 10, band 5 %: partly above 10 up to and including 10,5)', () => {
	it('is met at the target and below', () => {
		expect(level(10, 10, 'lower')).toBe('met');
		expect(level(3, 10, 'lower')).toBe('met');
	});
	it('is partly just above the target and at the band edge 10 + 0,05·10 = 10,5', () => {
		expect(level(10.01, 10, 'lower')).toBe('partly');
		expect(level(10.5, 10, 'lower')).toBe('partly');
	});
	it('is not met just beyond the band edge', () => {
		expect(level(10.51, 10, 'lower')).toBe('notMet');
	});
	it('has no band around a target of 0 (vräkningar: 0)', () => {
		expect(level(0, 0, 'lower')).toBe('met');
		expect(level(1, 0, 'lower')).toBe('notMet');
	});
	it('gives the reason with the figures', () => {
		const judge = (u: number) =>
			judgeFulfilment({ outcome: reported(u), target: numeric(10), direction: 'lower', band: 0.05, unit: '%' }).reason;
		expect(judge(9)).toBe(sv('Utfallet 9 % är inte högre än årsmålet 10 %.'));
		expect(judge(10.2)).toBe(sv('Utfallet 10,2 % är högre än årsmålet 10 % men inom 5 %.'));
		expect(judge(12)).toBe(sv('Utfallet 12 % är mer än 5 % högre än årsmålet 10 %.'));
	});
});

describe('exact (target 100, band 5 %: partly from 95 to 105)', () => {
	it('is met at the target, allowing only floating-point noise', () => {
		expect(level(100, 100, 'exact')).toBe('met');
		expect(level(100 + 1e-12, 100, 'exact')).toBe('met');
		expect(level(0.1 + 0.2, 0.3, 'exact')).toBe('met');
	});
	it('is partly off the target, up to and including the band edges 95 and 105', () => {
		expect(level(100.01, 100, 'exact')).toBe('partly');
		expect(level(99.99, 100, 'exact')).toBe('partly');
		expect(level(105, 100, 'exact')).toBe('partly');
		expect(level(95, 100, 'exact')).toBe('partly');
	});
	it('is not met beyond the band edges on either side', () => {
		expect(level(105.01, 100, 'exact')).toBe('notMet');
		expect(level(94.99, 100, 'exact')).toBe('notMet');
	});
	it('gives the reason', () => {
		const judge = (u: number) =>
			judgeFulfilment({ outcome: reported(u), target: numeric(100), direction: 'exact', band: 0.05, unit: '' }).reason;
		expect(judge(100)).toBe('Utfallet 100 är lika med årsmålet 100.');
		expect(judge(103)).toBe(sv('Utfallet 103 avviker från årsmålet 100 med högst 5 %.'));
		expect(judge(110)).toBe(sv('Utfallet 110 avviker från årsmålet 100 med mer än 5 %.'));
	});
});

describe('textual targets, judged against the same period last year', () => {
	it('"öka" is met only by an increase; no change and a decrease are not met', () => {
		expect(textLevel(25, 'öka', 24)).toEqual({
			level: 'met',
			reason: sv('Utfallet 25 % är högre än samma period förra året (24 %); målet är att öka.')
		});
		expect(textLevel(24, 'öka', 24)).toEqual({
			level: 'notMet',
			reason: sv('Utfallet 24 % är detsamma som samma period förra året (24 %); målet är att öka.')
		});
		expect(textLevel(23, 'öka', 24)).toEqual({
			level: 'notMet',
			reason: sv('Utfallet 23 % är lägre än samma period förra året (24 %); målet är att öka.')
		});
	});

	it('"öka" has no partly band: a small decrease is not met', () => {
		expect(textLevel(23.99, 'öka', 24).level).toBe('notMet');
	});

	it('"öka" means the value goes up, whatever the direction', () => {
		expect(textLevel(25, 'öka', 24, 'lower').level).toBe('met');
	});

	it('"minska" mirrors "öka"', () => {
		expect(textLevel(9, 'minska', 10).level).toBe('met');
		expect(textLevel(10, 'minska', 10).level).toBe('notMet');
		expect(textLevel(11, 'minska', 10).level).toBe('notMet');
		expect(textLevel(9, 'minska', 10).reason).toBe(
			sv('Utfallet 9 % är lägre än samma period förra året (10 %); målet är att minska.')
		);
	});

	it('reads the target text without regard to case', () => {
		expect(textLevel(25, 'Öka', 24).level).toBe('met');
	});

	it('"bibehålla", higher is better: last year is the level; holding or bettering is met, the band below is partly', () => {
		expect(textLevel(24, 'bibehålla', 24).level).toBe('met');
		expect(textLevel(26, 'bibehålla', 24).level).toBe('met');
		expect(textLevel(22.8, 'bibehålla', 24).level).toBe('partly');
		expect(textLevel(22.79, 'bibehålla', 24).level).toBe('notMet');
		expect(textLevel(22.8, 'bibehålla', 24).reason).toBe(
			sv('Utfallet 22,8 % är lägre än samma period förra året (24 %) men inom 5 %.')
		);
	});

	it('"bibehålla", lower is better and exact', () => {
		expect(textLevel(9, 'bibehålla', 10, 'lower').level).toBe('met');
		expect(textLevel(10.5, 'bibehålla', 10, 'lower').level).toBe('partly');
		expect(textLevel(10.51, 'bibehålla', 10, 'lower').level).toBe('notMet');
		expect(textLevel(100, 'bibehålla', 100, 'exact').level).toBe('met');
		expect(textLevel(96, 'bibehålla', 100, 'exact').level).toBe('partly');
		expect(textLevel(94, 'bibehålla', 100, 'exact').level).toBe('notMet');
	});

	it('is not judged without an outcome for the same period last year', () => {
		const expected = { level: 'notJudged', reason: 'Inget utfall samma period förra året att jämföra med.' };
		expect(textLevel(25, 'öka', null)).toEqual(expected);
		expect(
			judgeFulfilment({
				outcome: reported(25),
				target: textual('minska'),
				direction: 'lower',
				band: 0.05,
				previousOutcome: { status: 'notMeasured', value: null }
			})
		).toEqual(expected);
		expect(
			judgeFulfilment({
				outcome: reported(25),
				target: textual('bibehålla'),
				direction: 'higher',
				band: 0.05
			})
		).toEqual(expected);
	});
});

describe('not judged', () => {
	const base = { direction: 'higher' as const, band: 0.05 };

	it('without a target', () => {
		expect(judgeFulfilment({ ...base, outcome: reported(5), target: noTarget })).toEqual({
			level: 'notJudged',
			reason: 'Inget årsmål att bedöma mot.'
		});
	});

	it('when the target is to be set by someone else', () => {
		expect(judgeFulfilment({ ...base, outcome: reported(5), target: textual('Tas fram av nämnd') })).toEqual({
			level: 'notJudged',
			reason: 'Årsmålet är inte fastställt (Tas fram av nämnd).'
		});
		expect(
			judgeFulfilment({ ...base, outcome: reported(5), target: textual('Tas fram av nämnd/styrelse') }).level
		).toBe('notJudged');
	});

	it('when the outcome is missing, not measured or has no value — before looking at the target', () => {
		expect(judgeFulfilment({ ...base, outcome: { status: 'missing', value: null }, target: numeric(24) })).toEqual({
			level: 'notJudged',
			reason: fulfilmentReasons.outcomeMissing
		});
		expect(judgeFulfilment({ ...base, outcome: null, target: textual('öka') }).reason).toBe('Utfall saknas.');
		expect(judgeFulfilment({ ...base, outcome: { status: 'reported', value: null }, target: numeric(24) }).level).toBe(
			'notJudged'
		);
		expect(judgeFulfilment({ ...base, outcome: { status: 'notMeasured', value: null }, target: numeric(24) })).toEqual({
			level: 'notJudged',
			reason: 'Indikatorn mäts inte denna period.'
		});
	});

	it('refuses a band outside 0–1', () => {
		expect(() => judgeFulfilment({ ...base, band: -0.01, outcome: reported(5), target: numeric(5) })).toThrow(RangeError);
		expect(() => judgeFulfilment({ ...base, band: 5, outcome: reported(5), target: numeric(5) })).toThrow(RangeError);
		expect(() => judgeFulfilment({ ...base, band: Number.NaN, outcome: reported(5), target: numeric(5) })).toThrow(
			RangeError
		);
	});
});

describe('override', () => {
	const computed: Fulfilment = { level: 'notMet', reason: sv('Utfallet 20 % är mer än 5 % lägre än årsmålet 24 %.') };

	it('leaves the computed fulfilment standing without an override', () => {
		expect(applyOverride(computed)).toEqual({
			ok: true,
			fulfilment: { level: 'notMet', reason: computed.reason, computed, override: null }
		});
	});

	it("shows the editor's level and justification, with the computed fulfilment beside", () => {
		expect(applyOverride(computed, { level: 'partly', justification: '  Ny mätmetod från i år.  ' })).toEqual({
			ok: true,
			fulfilment: {
				level: 'partly',
				reason: 'Ny mätmetod från i år.',
				computed,
				override: { level: 'partly', justification: 'Ny mätmetod från i år.' }
			}
		});
	});

	it('requires a justification', () => {
		expect(applyOverride(computed, { level: 'met', justification: '' })).toEqual({
			ok: false,
			message: 'Skriv en motivering till varför bedömningen ändras.'
		});
		expect(applyOverride(computed, { level: 'met', justification: ' \n ' })).toEqual({
			ok: false,
			message: overrideMessages.justificationRequired
		});
	});

	it('refuses a level that does not exist', () => {
		const bad = { level: 'green', justification: 'x' } as unknown as Parameters<typeof applyOverride>[1];
		expect(applyOverride(computed, bad)).toEqual({ ok: false, message: overrideMessages.unknownLevel });
	});
});
