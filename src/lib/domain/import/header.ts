/**
 * The first-page header of a plan: Handläggare, Telefon, Till, Förslag till beslut, and the
 * title line ("Verksamhetsplan 2022 för Familjeenheten"), from which organisation and year follow.
 */
import type { PlanKind } from '../interchange/plan-format';
import type { SourceLine } from './clean-lines';
import { repairSlip } from './labels';

export interface PlanHeader {
	title: string | null;
	organisation: string | null;
	year: number | null;
	kind: PlanKind;
	handler?: string;
	phone?: string;
	recipient?: string;
	/** Index of the first line after the header. */
	end: number;
}

type Field = 'handler' | 'phone' | 'recipient';

const TITLE = /^(verksamhetsplan|verksamhetsberättelse|tertialrapport|tertialuppföljning)\b/i;

/** A title line, with a lost first letter put back ("erksamhetsplan 2022 …"). */
export function repairTitle(text: string): string | null {
	if (TITLE.test(text)) return text;
	const m = /^(erksamhetsplan|erksamhetsberättelse|ertialrapport)\b/i.exec(text);
	if (!m) return null;
	return (m[1].startsWith('erk') ? 'V' : 'T') + text;
}

/** "Handläggare: Birgitta Morin" → ['handler', 'Birgitta Morin']; "Vandläggare" is a slip. */
export function matchHeaderField(text: string): [Field, string] | null {
	const m = /^(\S+?)(?::|\s|$)\s*(.*)$/.exec(text.trim());
	if (!m) return null;
	const word = repairSlip(m[1].toLowerCase().replace(/:$/, ''));
	if (word === 'handläggare') return ['handler', m[2].trim()];
	if (word === 'telefon') return ['phone', m[2].trim()];
	if (word === 'till' && m[2].trim() === '') return ['recipient', ''];
	return null;
}

export function planKind(title: string): PlanKind {
	const lower = title.toLowerCase();
	if (lower.startsWith('verksamhetsberättelse')) return 'verksamhetsberattelse';
	if (/tertial\w*\s*(1|ett)\b/.test(lower)) return 'tertialrapport-1';
	if (/tertial\w*\s*(2|två)\b/.test(lower)) return 'tertialrapport-2';
	return 'verksamhetsplan';
}

/** "Verksamhetsplan 2022 för Familjeenheten" → Familjeenheten, 2022. */
export function readTitle(title: string): { organisation: string | null; year: number | null } {
	const year = /\b((?:19|20)\d{2})\b/.exec(title);
	const rest = title
		.replace(TITLE, '')
		.replace(/\b(?:19|20)\d{2}\b/, '')
		.replace(/^\s*(?:för|,|-|–)?\s*/i, '')
		.trim();
	return { organisation: rest === '' ? null : rest, year: year ? Number(year[1]) : null };
}

/** True where the header ends: the introduction, a goal, or running text. */
export type HeaderStop = (line: SourceLine) => boolean;

export function parseHeader(lines: SourceLine[], stop: HeaderStop): PlanHeader {
	const header: PlanHeader = { title: null, organisation: null, year: null, kind: 'verksamhetsplan', end: 0 };
	const values: Record<Field, string[]> = { handler: [], phone: [], recipient: [] };
	let field: Field | null = null;
	let i = 0;
	for (; i < lines.length; i++) {
		const text = lines[i].text.trim();
		if (text !== '' && stop(lines[i])) break;
		if (text === '') {
			// A value stands on the label's line or the lines right after it.
			if (field && values[field].length > 0) field = null;
			continue;
		}
		const match = matchHeaderField(text);
		if (match) {
			field = match[0];
			if (match[1]) values[field].push(match[1]);
			continue;
		}
		if (/^förslag till beslut$/i.test(text)) {
			field = null;
			continue;
		}
		const title = repairTitle(text);
		if (title && header.title === null) {
			header.title = title;
			field = null;
			continue;
		}
		if (field === 'recipient' && values.recipient.length > 0 && !values.recipient.at(-1)?.endsWith(',')) field = null;
		if (field) values[field].push(text);
	}
	header.end = i;
	if (values.handler.length) header.handler = values.handler.join(', ');
	if (values.phone.length) header.phone = values.phone.join(', ');
	// A recipient wraps onto the next line ("Biståndsbedömning,", "funktionsnedsättning").
	if (values.recipient.length) header.recipient = values.recipient.join(' ');
	if (header.title) {
		const { organisation, year } = readTitle(header.title);
		header.organisation = organisation ?? header.recipient ?? null;
		header.year = year;
		header.kind = planKind(header.title);
	} else {
		header.organisation = header.recipient ?? null;
	}
	return header;
}
