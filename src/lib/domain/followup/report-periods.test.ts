import { describe, expect, it } from 'vitest';
import {
	reportKind,
	reportPeriodFromSlug,
	reportPeriodOfKind,
	reportPeriodSlug,
	budgetPeriods,
	comparePeriods,
	isPeriodKey,
	isReportedIn,
	periodLabel,
	periodRange,
	periodsFor,
	periodTitle,
	previousComparable,
	reportPeriodLabel,
	type PeriodKey
} from './report-periods';

describe('report periods', () => {
	it('names the reports in Swedish', () => {
		expect(reportPeriodLabel).toEqual({
			T1: 'Tertialrapport 1',
			T2: 'Tertialrapport 2',
			VB: 'Verksamhetsberättelse'
		});
		expect(periodLabel('M01')).toBe('Januari');
		expect(periodLabel('M08')).toBe('Augusti');
		expect(periodTitle('T2', 2026)).toBe('Tertialrapport 2 2026');
	});

	it('gives T1 as January–April, T2 as January–August (cumulative), VB as the year', () => {
		expect(periodRange('T1', 2026)).toEqual({ start: '2026-01-01', end: '2026-04-30' });
		expect(periodRange('T2', 2026)).toEqual({ start: '2026-01-01', end: '2026-08-31' });
		expect(periodRange('VB', 2026)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
	});

	it('gives a month its own days, February in a leap year too', () => {
		expect(periodRange('M02', 2026)).toEqual({ start: '2026-02-01', end: '2026-02-28' });
		expect(periodRange('M02', 2028)).toEqual({ start: '2028-02-01', end: '2028-02-29' });
		expect(periodRange('M11', 2026)).toEqual({ start: '2026-11-01', end: '2026-11-30' });
		expect(periodRange('M12', 2026)).toEqual({ start: '2026-12-01', end: '2026-12-31' });
	});

	it('refuses a year that is not a four-digit integer', () => {
		expect(() => periodRange('T1', 2026.5)).toThrow(RangeError);
		expect(() => periodRange('T1', 26)).toThrow(RangeError);
	});

	it('orders periods by the day they end, a month before the report ending with it', () => {
		const keys: PeriodKey[] = ['VB', 'M12', 'T2', 'M05', 'T1', 'M04', 'M01'];
		expect([...keys].sort(comparePeriods)).toEqual(['M01', 'M04', 'T1', 'M05', 'T2', 'M12', 'VB']);
		expect(comparePeriods('T1', 'T1')).toBe(0);
	});

	it('asks for outcomes in the reports the periodicity calls for', () => {
		expect(periodsFor('tertial')).toEqual(['T1', 'T2', 'VB']);
		expect(periodsFor('half-year')).toEqual(['T2', 'VB']);
		expect(periodsFor('year')).toEqual(['VB']);
		expect(periodsFor('month')).toEqual(['T1', 'T2', 'VB']);
	});

	it('tells whether an indicator is reported in a period; never in a budget month', () => {
		expect(isReportedIn('year', 'T1')).toBe(false);
		expect(isReportedIn('year', 'VB')).toBe(true);
		expect(isReportedIn('half-year', 'T1')).toBe(false);
		expect(isReportedIn('half-year', 'T2')).toBe(true);
		expect(isReportedIn('month', 'M03')).toBe(false);
	});

	it('lists the budget months in order', () => {
		const months = budgetPeriods();
		expect(months).toHaveLength(12);
		expect(months[0]).toBe('M01');
		expect(months[11]).toBe('M12');
	});

	it('recognises period keys', () => {
		expect(isPeriodKey('T2')).toBe(true);
		expect(isPeriodKey('M12')).toBe(true);
		expect(isPeriodKey('M13')).toBe(false);
		expect(isPeriodKey('t1')).toBe(false);
	});

	it('compares with the same period last year', () => {
		expect(previousComparable('T2', 2026)).toEqual({ period: 'T2', year: 2025 });
		expect(previousComparable('VB', 2026)).toEqual({ period: 'VB', year: 2025 });
		expect(previousComparable('M03', 2026)).toEqual({ period: 'M03', year: 2025 });
	});
});

describe('reports as documents and in URLs', () => {
	it('each report is a document kind of its own', () => {
		expect(reportKind).toEqual({ T1: 'tertialrapport-1', T2: 'tertialrapport-2', VB: 'verksamhetsberattelse' });
		expect(reportPeriodOfKind('tertialrapport-2')).toBe('T2');
		expect(reportPeriodOfKind('verksamhetsplan')).toBeNull();
	});

	it('reads and writes the URL segment t1, t2, vb and refuses anything else', () => {
		expect(reportPeriodSlug('VB')).toBe('vb');
		expect(reportPeriodFromSlug('t1')).toBe('T1');
		expect(reportPeriodFromSlug('VB')).toBe('VB');
		expect(reportPeriodFromSlug('m01')).toBeNull();
		expect(reportPeriodFromSlug('t3')).toBeNull();
		expect(reportPeriodFromSlug(undefined)).toBeNull();
	});
});
