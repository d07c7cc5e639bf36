/**
 * Label recognition: goal-level labels ("KF:S MÅL FÖR VERKSAMHETSOMRÅDET:", "Nämndmål: 1.2.1 …",
 * "Åtagande") in upper or mixed case, with the slips text extraction makes in headings.
 */

export interface LevelLabel {
	/** The level's name, spelled as in verksam-plan/1 ("Nämndmål", not "NÄMNDMÅL"). */
	label: string;
	/** 0 = KF:s inriktningsmål, 1 = KF:s mål för verksamhetsområdet, 2 = nämndmål, 3 = the unit's goal. */
	depth: number;
}

const levelLabels: { label: string; depth: number; pattern: RegExp }[] = [
	{ label: 'KF:s inriktningsmål', depth: 0, pattern: /^kf:s inriktningsmål(?:\s+\d+)?$/ },
	{ label: 'KF:s mål för verksamhetsområdet', depth: 1, pattern: /^kf:s mål för verksamhetsområdet$/ },
	{ label: 'Nämndmål', depth: 2, pattern: /^nämndmål$/ },
	{ label: 'Åtagande', depth: 3, pattern: /^åtagande$/ },
	{ label: 'Enhetsmål', depth: 3, pattern: /^enhetsmål$/ }
];

/** Words whose first letter extraction may lose or garble ("ämndmål", "Vandläggare"). */
const slipWords = ['nämndmål', 'åtagande', 'enhetsmål', 'handläggare', 'telefon'];

/**
 * Repairs a lost or replaced first letter of a known heading word: "ämndmål" → "nämndmål",
 * "vandläggare" → "handläggare". Only for words of five letters or more, so short words stay.
 */
export function repairSlip(lowerWord: string): string {
	for (const word of slipWords) {
		if (lowerWord === word) return word;
		if (lowerWord.length < 5) continue;
		if (lowerWord === word.slice(1) || lowerWord.slice(1) === word.slice(1)) return word;
	}
	return lowerWord;
}

function normaliseHeading(text: string): string {
	const lower = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\s*:$/, '');
	const words = lower.split(' ');
	words[0] = repairSlip(words[0]);
	return words.join(' ');
}

export interface LabelLine extends LevelLabel {
	/** What follows the label on the same line ("1.2.1 Kungsholmens …"), or null. */
	rest: string | null;
}

/**
 * Reads a goal label at the start of a line. The label stands alone ("NÄMNDMÅL:") or is
 * followed by a colon and the goal's title ("Nämndmål: 1.2.1 Kungsholmens …").
 */
export function matchLabel(text: string): LabelLine | null {
	const trimmed = text.trim();
	if (trimmed === '' || trimmed.length > 400) return null;
	const colon = trimmed.indexOf(':', trimmed.toLowerCase().startsWith('kf:s') ? 4 : 0);
	const candidates: [string, string | null][] = [[trimmed, null]];
	if (colon > 0) candidates.push([trimmed.slice(0, colon), trimmed.slice(colon + 1).trim() || null]);
	for (const [head, rest] of candidates) {
		if (head.length > 40) continue;
		const key = normaliseHeading(head);
		const level = levelLabels.find((l) => l.pattern.test(key));
		if (level) return { label: level.label, depth: level.depth, rest };
	}
	return null;
}

/** A goal's number and title: "1.2.1 Kungsholmens …" → "1.2.1"; "1. Stockholm …" → "1". */
export function splitNumber(text: string): { number: string | null; title: string } {
	const m = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$/.exec(text.trim());
	if (!m) return { number: null, title: text.trim() };
	return { number: m[1], title: m[2].trim() };
}
