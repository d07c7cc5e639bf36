/**
 * The periods a year's follow-up is reported in.
 *
 * Reports (outcomes, analysis, fulfilment):
 * - T1, Tertialrapport 1: 1 January – 30 April, reported in May;
 * - T2, Tertialrapport 2: 1 January – 31 August, cumulative (not May–August), reported in September;
 * - VB, Verksamhetsberättelse: the whole year, reported early the next year.
 * Months M01–M12 are the budget's monthly prognosis (månadsrapport), not outcome reports.
 *
 * Which reports an indicator is reported in follows from its periodicity (`periodsFor`):
 * - Tertial → T1, T2, VB: one report per tertial.
 * - Halvår → T2, VB. A half-year's figure (January–June) exists only after June, so T1
 *   (ending in April) cannot carry it; T2, ending in August, is the first report after the
 *   half year and the nearest one to it, and VB carries the whole year. Reporting it in T1
 *   too would ask every unit for a figure that does not exist yet and fill T1 with "missing".
 * - År → VB only: a yearly figure is known at year end.
 * - Månad → T1, T2, VB: a monthly measure is reported in every report with the figure for
 *   the report's period (the months are for the budget, not for outcome entry).
 *
 * Dates are ISO dates (yyyy-mm-dd), both ends inclusive, as activities' dates are.
 */

import type { Periodicity } from '../indicators/indicator';
import type { PlanKind } from '../interchange/plan-format';

export const reportPeriods = ['T1', 'T2', 'VB'] as const;
export type ReportPeriod = (typeof reportPeriods)[number];

export const monthPeriods = [
	'M01',
	'M02',
	'M03',
	'M04',
	'M05',
	'M06',
	'M07',
	'M08',
	'M09',
	'M10',
	'M11',
	'M12'
] as const;
export type MonthPeriod = (typeof monthPeriods)[number];

export type PeriodKey = ReportPeriod | MonthPeriod;

/** The report's name as the interface and the documents show it. */
export const reportPeriodLabel: Record<ReportPeriod, string> = {
	T1: 'Tertialrapport 1',
	T2: 'Tertialrapport 2',
	VB: 'Verksamhetsberättelse'
};

/** Each report is a document of its own: a plans row of this kind beside the year's verksamhetsplan. */
export const reportKind: Record<ReportPeriod, PlanKind> = {
	T1: 'tertialrapport-1',
	T2: 'tertialrapport-2',
	VB: 'verksamhetsberattelse'
};

/** The report a document kind is, or null for the verksamhetsplan. */
export function reportPeriodOfKind(kind: PlanKind): ReportPeriod | null {
	return reportPeriods.find((p) => reportKind[p] === kind) ?? null;
}

/** The report's part of a URL: T1 → "t1", VB → "vb". */
export function reportPeriodSlug(period: ReportPeriod): string {
	return period.toLowerCase();
}

/** Reads a URL's "t1", "t2", "vb" (any case) into the report period, or null. */
export function reportPeriodFromSlug(slug: string | null | undefined): ReportPeriod | null {
	const upper = (slug ?? '').toUpperCase();
	return isReportPeriod(upper) ? upper : null;
}

const monthNames = [
	'januari',
	'februari',
	'mars',
	'april',
	'maj',
	'juni',
	'juli',
	'augusti',
	'september',
	'oktober',
	'november',
	'december'
] as const;

/** The month's number 1–12. */
function monthNumber(period: MonthPeriod): number {
	return Number(period.slice(1));
}

export function isReportPeriod(key: string): key is ReportPeriod {
	return (reportPeriods as readonly string[]).includes(key);
}

export function isMonthPeriod(key: string): key is MonthPeriod {
	return (monthPeriods as readonly string[]).includes(key);
}

export function isPeriodKey(key: string): key is PeriodKey {
	return isReportPeriod(key) || isMonthPeriod(key);
}

/** "Tertialrapport 1", "Verksamhetsberättelse", "Januari" … */
export function periodLabel(period: PeriodKey): string {
	if (isReportPeriod(period)) return reportPeriodLabel[period];
	const name = monthNames[monthNumber(period) - 1];
	return name.charAt(0).toUpperCase() + name.slice(1);
}

/** With the year: "Tertialrapport 1 2026", "Verksamhetsberättelse 2026", "Januari 2026". */
export function periodTitle(period: PeriodKey, year: number): string {
	return `${periodLabel(period)} ${year}`;
}

export interface DateRange {
	/** First day, yyyy-mm-dd. */
	start: string;
	/** Last day, inclusive, yyyy-mm-dd. */
	end: string;
}

function checkYear(year: number): void {
	if (!Number.isInteger(year) || year < 1000 || year > 9999) {
		throw new RangeError(`Året måste vara ett fyrsiffrigt heltal, inte ${year}.`);
	}
}

function isoDate(year: number, month: number, day: number): string {
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days in a month (1–12) of a year, leap years included. */
function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last month (1–12) a period covers: T1 → 4, T2 → 8, VB → 12, M05 → 5. */
export function lastMonth(period: PeriodKey): number {
	switch (period) {
		case 'T1':
			return 4;
		case 'T2':
			return 8;
		case 'VB':
			return 12;
		default:
			return monthNumber(period);
	}
}

/** The first month (1–12) a period covers: reports are cumulative from January. */
function firstMonth(period: PeriodKey): number {
	return isReportPeriod(period) ? 1 : monthNumber(period);
}

/** The dates a period covers in a year: T1 2026 → 2026-01-01 – 2026-04-30. */
export function periodRange(period: PeriodKey, year: number): DateRange {
	checkYear(year);
	const last = lastMonth(period);
	return {
		start: isoDate(year, firstMonth(period), 1),
		end: isoDate(year, last, daysInMonth(year, last))
	};
}

/**
 * Orders periods within a year by the day they end; of two ending the same day the shorter
 * comes first (April before T1, December before VB): a report is compiled after its last month.
 * For Array.prototype.sort.
 */
export function comparePeriods(a: PeriodKey, b: PeriodKey): number {
	const byEnd = lastMonth(a) - lastMonth(b);
	if (byEnd !== 0) return byEnd;
	// Same last month: the one starting later is shorter.
	return firstMonth(b) - firstMonth(a);
}

/** The reports an indicator of this periodicity is reported in, in order (see the file's head). */
export function periodsFor(periodicity: Periodicity): ReportPeriod[] {
	switch (periodicity) {
		case 'tertial':
			return ['T1', 'T2', 'VB'];
		case 'half-year':
			return ['T2', 'VB'];
		case 'year':
			return ['VB'];
		case 'month':
			return ['T1', 'T2', 'VB'];
	}
}

/** Whether an indicator of this periodicity asks for an outcome in this period. */
export function isReportedIn(periodicity: Periodicity, period: PeriodKey): boolean {
	return isReportPeriod(period) && periodsFor(periodicity).includes(period);
}

/** The months of the budget's monthly prognosis, in order. */
export function budgetPeriods(): MonthPeriod[] {
	return [...monthPeriods];
}

/** The period an outcome is compared with for a textual target ("öka"): the same period last year. */
export function previousComparable<P extends PeriodKey>(period: P, year: number): { period: P; year: number } {
	checkYear(year);
	return { period, year: year - 1 };
}
