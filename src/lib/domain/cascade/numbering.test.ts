import { describe, expect, it } from 'vitest';
import { checkChildNumber, compareGoalNumbers, nextChildNumber } from './numbering';

describe('goal numbering', () => {
	it('gives the next free number under a parent', () => {
		expect(nextChildNumber('1.4', ['1.4.1', '1.4.2'])).toBe('1.4.3');
		expect(nextChildNumber('1.4', ['1.4.1', '1.4.7', '1.5.9'])).toBe('1.4.8');
		expect(nextChildNumber('1.4', [])).toBe('1.4.1');
		expect(nextChildNumber(null, ['1', '2', null])).toBe('3');
	});
	it('sorts numerically per part', () => {
		const sorted = ['1.10', '1.2', '2', null, '1.2.1'].sort(compareGoalNumbers);
		expect(sorted).toEqual(['1.2', '1.2.1', '1.10', '2', null]);
	});
	it('checks that a number lies directly under its parent', () => {
		expect(checkChildNumber('1.4.1', '1.4')).toBeNull();
		expect(checkChildNumber('1.5.1', '1.4')).toMatch(/under 1\.4/);
		expect(checkChildNumber('1.4.1.1', '1.4')).toMatch(/under 1\.4/);
		expect(checkChildNumber('1,4,1', '1.4')).toMatch(/siffror/);
		expect(checkChildNumber('3', null)).toBeNull();
		expect(checkChildNumber('3.1', null)).toMatch(/översta/);
	});
});
