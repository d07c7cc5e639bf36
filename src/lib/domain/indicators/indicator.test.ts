import { describe, expect, it } from 'vitest';
import { formatTarget, kindForUnit, parsePeriodicity, parseTarget } from './indicator';

describe('comparison targets', () => {
	it('reads the number and which side is good, keeping the text as written', () => {
		expect(parseTarget('<2', '')).toEqual({ ok: true, target: { value: 2, text: '<2' }, direction: 'lower' });
		expect(parseTarget(' < 2 ', '')).toEqual({ ok: true, target: { value: 2, text: '< 2' }, direction: 'lower' });
		expect(parseTarget('≤ 2', '')).toEqual({ ok: true, target: { value: 2, text: '≤ 2' }, direction: 'lower' });
		expect(parseTarget('högst 2,5', '')).toEqual({ ok: true, target: { value: 2.5, text: 'högst 2,5' }, direction: 'lower' });
		expect(parseTarget('Minst 90 %', '%')).toEqual({ ok: true, target: { value: 90, text: 'Minst 90 %' }, direction: 'higher' });
		expect(parseTarget('>= 1 200 st', 'st')).toEqual({ ok: true, target: { value: 1200, text: '>= 1 200 st' }, direction: 'higher' });
	});

	it('refuses a comparison whose number it cannot read, or a percent outside 0–100', () => {
		expect(parseTarget('<', '').ok).toBe(false);
		expect(parseTarget('minst många', '').ok).toBe(false);
		expect(parseTarget('minst 90 %', 'st').ok).toBe(false);
		expect(parseTarget('högst 120 %', '%').ok).toBe(false);
	});

	it('is shown as written', () => {
		expect(formatTarget(2, '<2', '')).toBe('<2');
		expect(formatTarget(90, 'minst 90 %', '%')).toBe('minst 90 %');
	});
});

describe('targets', () => {
	it('accepts a Swedish decimal with a percent sign for a share', () => {
		expect(parseTarget('5,5 %', '%')).toEqual({ ok: true, target: { value: 5.5, text: null } });
		expect(parseTarget('5,5', '%')).toEqual({ ok: true, target: { value: 5.5, text: null } });
	});
	it('accepts the allowed texts in any case and keeps their written form', () => {
		expect(parseTarget('Öka', '%')).toEqual({ ok: true, target: { value: null, text: 'öka' } });
		expect(parseTarget('tas fram av nämnd', '')).toEqual({ ok: true, target: { value: null, text: 'Tas fram av nämnd' } });
		// As Kungsholmen's plans write it: the definite form is the same text.
		expect(parseTarget('tas fram av nämnden', '%')).toEqual({ ok: true, target: { value: null, text: 'Tas fram av nämnd' } });
		expect(parseTarget('Tas fram av enheten', '')).toEqual({ ok: true, target: { value: null, text: 'Tas fram av enhet' } });
		expect(parseTarget('tas fram av nämndenheten', '').ok).toBe(false);
	});
	it('treats an empty field as no target', () => {
		expect(parseTarget('  ', '%')).toEqual({ ok: true, target: { value: null, text: null } });
	});
	it('refuses text that is neither a number nor an allowed text', () => {
		const result = parseTarget('mycket bättre', '%');
		expect(result.ok).toBe(false);
	});
	it('refuses a percent sign on an indicator that is not a share, and a share above 100', () => {
		expect(parseTarget('12 %', 'st').ok).toBe(false);
		expect(parseTarget('120 %', '%').ok).toBe(false);
	});
	it('reads a count with its unit written after it', () => {
		expect(parseTarget('21 024 st', 'st')).toEqual({ ok: true, target: { value: 21024, text: null } });
	});
	it('formats a target back as the plan shows it', () => {
		expect(formatTarget(5.5, null, '%')).toBe('5,5\u00a0%');
		expect(formatTarget(null, 'öka', '%')).toBe('öka');
		expect(formatTarget(null, null, '%')).toBe('');
	});
	it('reads periodicity labels and derives the roll-up kind from the unit', () => {
		expect(parsePeriodicity('Tertial')).toBe('tertial');
		expect(parsePeriodicity('halvår')).toBe('half-year');
		expect(parsePeriodicity('Vart tredje år')).toBeNull();
		expect(kindForUnit('%')).toBe('share');
		expect(kindForUnit('index')).toBe('index');
		expect(kindForUnit('st')).toBe('count');
	});
});
