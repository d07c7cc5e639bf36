import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatTkr, formatWithUnit, parseSwedishNumber } from './number';

const nb = (s: string) => s.replace(/ /g, '\u00a0');

describe('Swedish number formats', () => {
	it('groups thousands with a space and uses a decimal comma', () => {
		expect(formatNumber(21024)).toBe(nb('21 024'));
		expect(formatNumber(2500)).toBe(nb('2 500'));
		expect(formatNumber(1234567.5)).toBe(nb('1 234 567,5'));
		expect(formatNumber(5.5)).toBe('5,5');
		expect(formatNumber(-1400)).toBe(nb('-1 400'));
	});
	it('puts a space before the percent sign', () => {
		expect(formatPercent(5.5)).toBe(nb('5,5 %'));
		expect(formatPercent(24)).toBe(nb('24 %'));
		expect(formatWithUnit(83, 'index')).toBe('83');
		expect(formatWithUnit(12, 'dagar')).toBe(nb('12 dagar'));
	});
	it('shows tkr as whole numbers and nothing for a missing value', () => {
		expect(formatTkr(-21024.4)).toBe(nb('-21 024'));
		expect(formatTkr(null)).toBe('');
	});
	it('reads numbers as Swedes write them', () => {
		expect(parseSwedishNumber('5,5')).toBe(5.5);
		expect(parseSwedishNumber('5.5')).toBe(5.5);
		expect(parseSwedishNumber('21 024')).toBe(21024);
		expect(parseSwedishNumber('21\u00a0024')).toBe(21024);
		expect(parseSwedishNumber('\u22121 400')).toBe(-1400);
		expect(parseSwedishNumber('fem')).toBeNull();
		expect(parseSwedishNumber('5,5,5')).toBeNull();
		expect(parseSwedishNumber('')).toBeNull();
	});
});
