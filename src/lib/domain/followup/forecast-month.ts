import { monthPeriods, type MonthPeriod } from './report-periods';

/**
 * The month the monthly forecast opens on for a year: the latest month up to today (today's own
 * month, whose forecast is being written), December for a past year, January for a coming one.
 * `today` is an ISO date (yyyy-mm-dd) in Swedish time.
 */
export function defaultForecastMonth(year: number, today: string): MonthPeriod {
	const [thisYear, thisMonth] = today.split('-').map(Number);
	if (year < thisYear) return 'M12';
	if (year > thisYear) return 'M01';
	return monthPeriods[thisMonth - 1];
}
