/**
 * Etappmål tables as text extraction leaves them, cells run into the prose:
 * "Huddingejobb 2014 2015 2016 Etappmål 2017 Totalt (antal) 151 90 VB 100 Kvinnor 74 44 VB - …".
 * The header is a run of years with "Etappmål" before the target year (or before the run: then the
 * last year is the target); the caption is the text before it back to its first capital; rows are
 * a short label and one value per column. A "-" glued to its neighbours ("71-60") is split when
 * the row needs it to have one value per column.
 */
import type { ImportWarning } from '../warnings';

export interface StageTable {
	columns: string[];
	rows: { label: string; values: string[] }[];
}

export interface FoundTable {
	caption: string;
	/** Where the table's parts (caption, header, rows) stand in the text. */
	spans: { start: number; end: number }[];
	/** Where the header's first column starts. */
	headerAt: number;
	table: StageTable;
}

interface Token {
	text: string;
	start: number;
	end: number;
}

function tokenize(text: string, from: number, to: number): Token[] {
	const tokens: Token[] = [];
	const re = /\S+/g;
	re.lastIndex = from;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) !== null && m.index < to) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
	return tokens;
}

const YEAR = /^(?:19|20)\d{2}$/;
const NUMBER = String.raw`\d+(?:,\d+)?`;
const VALUE = new RegExp(String.raw`^(?:-|–|VB|[<>]${NUMBER}|${NUMBER}%?|\d+/\d+|${NUMBER}-${NUMBER}|-${NUMBER}|${NUMBER}-)$`);
/** A footnote number stuck to a word ("insats 16"). */
const FOOTNOTE = /^\d{1,2}$/;

export function isValue(token: string): boolean {
	return VALUE.test(token);
}

function isCapitalized(token: string): boolean {
	return /^[A-ZÅÄÖ]/.test(token);
}

/** "71-60" → ["71", "-", "60"] while the row has fewer values than columns. */
function splitGlued(values: string[], columns: number): string[] {
	const out = [...values];
	for (let i = 0; i < out.length && out.length < columns; i++) {
		const m = new RegExp(String.raw`^(${NUMBER})?-(${NUMBER})?$`).exec(out[i]);
		if (!m || out[i] === '-' || (!m[1] && !m[2])) continue;
		const parts = [m[1], '-', m[2]].filter((p): p is string => p !== undefined);
		out.splice(i, 1, ...parts);
		i += parts.length - 1;
	}
	return out.map((v) => (v === '–' ? '-' : v));
}

interface Header {
	captionStart: number;
	caption: string;
	headerAt: number;
	headerEnd: number;
	columns: string[];
	/** Index of the first token after the header. */
	next: number;
}

/** Headers of Etappmål tables among the tokens. */
function findHeaders(tokens: Token[]): Header[] {
	const headers: Header[] = [];
	for (let i = 0; i < tokens.length; i++) {
		if (tokens[i].text !== 'Etappmål' || !YEAR.test(tokens[i + 1]?.text ?? '')) continue;
		let first = i;
		while (first > 0 && YEAR.test(tokens[first - 1].text)) first--;
		let last = i + 1;
		while (YEAR.test(tokens[last + 1]?.text ?? '')) last++;
		const before = tokens.slice(first, i).map((t) => t.text);
		const after = tokens.slice(i + 1, last + 1).map((t) => t.text);
		const columns =
			before.length > 0
				? [...before, `Etappmål ${after[0]}`, ...after.slice(1)]
				: [...after.slice(0, -1), `Etappmål ${after.at(-1)}`];
		// The caption: back over a stuck footnote number to the first capitalized word, within the sentence.
		let c = first - 1;
		if (c >= 0 && FOOTNOTE.test(tokens[c].text)) c--;
		const captionEnd = c;
		while (c > 0 && !isCapitalized(tokens[c].text) && !/[.:;!?]$/.test(tokens[c - 1].text) && captionEnd - c < 15) c--;
		const caption = c >= 0 && c <= captionEnd && isCapitalized(tokens[c].text) ? tokens.slice(c, captionEnd + 1).map((t) => t.text).join(' ') : '';
		headers.push({
			captionStart: caption ? tokens[c].start : tokens[first].start,
			caption,
			headerAt: tokens[first].start,
			headerEnd: tokens[last].end,
			columns,
			next: last + 1
		});
		i = last;
	}
	return headers;
}

const MAX_LABEL_WORDS = 8;

/**
 * Rows from token `from` on: a short label starting with a capital, then values, then a capital
 * (the next label) or the end. Stops at prose. A label with "Totalt" inside it ("Varav
 * självförsörjande efter insatsen Totalt (%)") is a sub-heading and its row: joined with a comma.
 */
function readRows(
	tokens: Token[],
	from: number,
	to: number,
	columns: number,
	warn: (offset: number, message: string) => void
): { rows: StageTable['rows']; end: number; next: number } {
	const rows: StageTable['rows'] = [];
	let i = from;
	let end = tokens[from - 1]?.end ?? 0;
	while (i < to) {
		if (!isCapitalized(tokens[i].text)) break;
		let j = i;
		while (j < to && !isValue(tokens[j].text) && j - i < MAX_LABEL_WORDS && !/[.:;!?]$/.test(tokens[j].text)) j++;
		if (j === i || j >= to || !isValue(tokens[j].text)) break;
		let k = j;
		while (k < to && isValue(tokens[k].text)) k++;
		if (k < to && !isCapitalized(tokens[k].text)) break;
		const words = tokens.slice(i, j).map((t) => t.text);
		const sub = words.indexOf('Totalt');
		const label = sub > 0 ? `${words.slice(0, sub).join(' ')}, ${words.slice(sub).join(' ')}` : words.join(' ');
		const values = splitGlued(tokens.slice(j, k).map((t) => t.text), columns);
		if (values.length !== columns) {
			warn(tokens[i].start, `Raden "${label}" i etappmålstabellen har ${values.length} värden men tabellen har ${columns} kolumner.`);
		}
		rows.push({ label, values });
		end = tokens[k - 1].end;
		i = k;
	}
	return { rows, end, next: i };
}

/**
 * Every Etappmål table in text[from, to). A header followed by prose instead of rows takes the
 * next "Totalt (…)" rows that stand without a header of their own (the PDF put text between).
 */
export function findStageTables(
	text: string,
	from: number,
	to: number,
	warn: (offset: number, message: string) => void
): FoundTable[] {
	const tokens = tokenize(text, from, to);
	const headers = findHeaders(tokens);
	const found: FoundTable[] = [];
	headers.forEach((h, n) => {
		const nextHeader = headers[n + 1];
		const limit = nextHeader ? tokens.findIndex((t) => t.start >= nextHeader.captionStart) : tokens.length;
		const { rows, end, next } = readRows(tokens, h.next, limit, h.columns.length, warn);
		if (h.caption === '') warn(h.headerAt, 'Etappmålstabellen saknar rubrik (vad som mäts).');
		const table: FoundTable = { caption: h.caption, spans: [{ start: h.captionStart, end: rows.length > 0 ? end : h.headerEnd }], headerAt: h.headerAt, table: { columns: h.columns, rows } };
		found.push(table);
		if (rows.length === 0) {
			// Rows of a table whose header stands earlier: the first "Totalt (" before the next header.
			for (let i = next; i < limit; i++) {
				if (tokens[i].text !== 'Totalt' || !tokens[i + 1]?.text.startsWith('(')) continue;
				const orphan = readRows(tokens, i, limit, h.columns.length, warn);
				if (orphan.rows.length === 0) continue;
				table.table.rows = orphan.rows;
				warn(tokens[i].start, `Raderna till etappmålstabellen "${h.caption}" står efter annan text; de läses till den tabellen.`);
				table.spans.push({ start: tokens[i].start, end: orphan.end });
				break;
			}
			if (table.table.rows.length === 0) warn(h.headerAt, `Etappmålstabellen "${h.caption}" har inga rader.`);
		}
	});
	return found;
}
