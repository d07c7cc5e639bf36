import { addYears, format, parseISO } from 'date-fns';

/** Moves an ISO date by whole years; 29 February becomes 28 February in a common year. */
export function shiftDateByYears(isoDate: string | null, years: number): string | null {
	if (!isoDate) return null;
	return format(addYears(parseISO(isoDate), years), 'yyyy-MM-dd');
}

/** "Verksamhetsplan 2026 för X" → "Verksamhetsplan 2027 för X": a year written in a text moves along. */
export function shiftYearInText(text: string, fromYear: number, toYear: number): string {
	return text.replace(new RegExp(`\\b${fromYear}\\b`, 'g'), String(toYear));
}
