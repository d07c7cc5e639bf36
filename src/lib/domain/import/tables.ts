/**
 * Indicator and activity tables: their header rows ("KF:s indikatorer | Årsmål | KF:s årsmål |
 * Periodicitet", "Nämndens aktiviteter | Startdatum | Slutdatum") and their cells.
 */

export type TableHeader =
	| { kind: 'indicator'; annual: number; council: number; periodicity: number }
	| { kind: 'activity'; start: number; end: number };

export function splitCells(text: string): string[] {
	return text.split('\t').map((c) => c.trim().replace(/\s+/g, ' '));
}

function squash(cell: string): string {
	return cell.toLowerCase().replace(/\s+/g, '');
}

/** Recognises a table's header row (repeated on every page the table spans). */
export function matchTableHeader(text: string): TableHeader | null {
	if (!text.includes('\t')) return null;
	const cells = splitCells(text).map(squash);
	const first = cells[0];
	if (/^(kf:s|nämndens|enhetens)?indikator(er)?$/.test(first)) {
		const annual = cells.indexOf('årsmål');
		const council = cells.findIndex((c) => c === 'kf:sårsmål');
		// "Periodicit et": extraction splits the word.
		const periodicity = cells.findIndex((c) => c.startsWith('periodicit'));
		if (annual < 0 && council < 0 && periodicity < 0) return null;
		return { kind: 'indicator', annual, council, periodicity };
	}
	if (/^(nämndens|enhetens)?aktivitet(er)?$/.test(first)) {
		const start = cells.indexOf('startdatum');
		const end = cells.indexOf('slutdatum');
		if (start < 0 && end < 0) return null;
		return { kind: 'activity', start, end };
	}
	return null;
}

/** A markdown table rule "-----\t-----" says nothing. */
export function isRuleRow(text: string): boolean {
	return /^[\s\t|:-]+$/.test(text) && text.includes('-');
}

export type DateRead = { ok: true; date: string | null } | { ok: false };

/**
 * Reads a date cell: "2014-01-01", "2014-1-1", "20140101", "1/1 2014", "1.1.2014". Empty is
 * no date; anything else is unreadable.
 */
export function readDate(cell: string): DateRead {
	const text = cell.trim();
	if (text === '') return { ok: true, date: null };
	let y: number, m: number, d: number;
	let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
	if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	else {
		match = /^(\d{1,2})[/.](\d{1,2})[ .](\d{4})$/.exec(text);
		if (!match) return { ok: false };
		[d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
	}
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
		return { ok: false };
	}
	return { ok: true, date: date.toISOString().slice(0, 10) };
}

/** A cell's text, or null when the cell is empty or missing. */
export function cellAt(cells: string[], index: number): string | null {
	if (index < 0) return null;
	const value = cells[index]?.trim() ?? '';
	return value === '' ? null : value;
}

/** A row that only continues the previous row's first cell: lower-case start, other cells empty. */
export function isContinuation(cells: string[]): boolean {
	const [first, ...others] = cells;
	return /^[a-zåäö(]/.test(first ?? '') && others.every((c) => c === '');
}
