/**
 * Line cleaning: what text extraction leaves behind that is not content. Keeps each line's
 * 1-based number in the file so warnings can point at it.
 */

export interface SourceLine {
	no: number;
	text: string;
}

/** Icon glyphs that Word and PDF extraction turn into stray characters (♀ ♂, Wingdings, bullets). */
const STRAY_SYMBOLS = /[♀♂\u{E000}-\u{F8FF}\u{F0000}-\u{FFFFD}■□●◆◇▪▫►▶✓✔✗✘☐☑☒\u{FFFD}\u200b\ufeff]/gu;

const PAGE_NUMBER = /^(?:(?:sida?\s+)?\d{1,4}(?:\s*(?:\(\s*\d{1,4}\s*\)|av\s+\d{1,4}|\/\s*\d{1,4}))?|[-–]\s*\d{1,4}\s*[-–])$/i;

/** A table-of-contents entry: text ending in dot leaders or a tab, then (usually) a page number. */
const TOC_ENTRY = /(?:\.{3,}|…+|\t)\s*\d{0,4}\s*$/;

export function isPageNumber(text: string): boolean {
	return PAGE_NUMBER.test(text.trim());
}

/** Removes markup and symbols from one line: "<i>Budget</i>", "*kursiv*", "♂ Andel" → plain text. */
export function stripMarks(text: string): string {
	return text
		.replace(STRAY_SYMBOLS, '')
		.replace(/<\/?(?:i|b|u|em|strong|span|sup|sub)\b[^>]*>/gi, '')
		.replace(/(^|[\s(])\*([^*\t]+?)\*(?=$|[\s).,;:!?])/g, '$1$2')
		.replace(/\u00a0/g, ' ')
		.replace(/[ ]+$/g, '')
		.replace(/^[ ]+/, '');
}

/**
 * Splits bold-marked runs onto lines of their own: "ÅTAGANDE:**Titel****Förväntat resultat**"
 * is three lines, as the document shows them.
 */
export function splitBoldRuns(line: SourceLine): SourceLine[] {
	if (!line.text.includes('**')) return [line];
	return line.text
		.split(/\*{2,}/)
		.map((part) => part.trim())
		.filter((part) => part !== '')
		.map((text) => ({ no: line.no, text }));
}

/**
 * Lines repeated next to page breaks (a page number line) are page headers or footers: a text
 * counts when it stands right before or after a page number in at least two places.
 */
function pageHeaderTexts(lines: SourceLine[]): Set<string> {
	// Per text, the lines where it stands next to a page number: one line between two page numbers counts once.
	const places = new Map<string, Set<number>>();
	const nonBlank = lines.filter((l) => l.text.trim() !== '');
	nonBlank.forEach((line, i) => {
		if (!isPageNumber(line.text)) return;
		for (const neighbour of [nonBlank[i - 1], nonBlank[i + 1]]) {
			if (!neighbour || isPageNumber(neighbour.text)) continue;
			const key = neighbour.text.trim();
			places.set(key, (places.get(key) ?? new Set()).add(neighbour.no));
		}
	});
	return new Set([...places].filter(([, at]) => at.size >= 2).map(([text]) => text));
}

/**
 * Cleans the extracted text: page numbers, repeated page headers and footers, the table of
 * contents, icon symbols and markup go; blank lines stay (they separate paragraphs).
 */
export function cleanLines(text: string): SourceLine[] {
	const raw: SourceLine[] = text
		.replace(/\r\n?/g, '\n')
		.split(/\n|\f/)
		.map((t, i) => ({ no: i + 1, text: t }));
	const headers = pageHeaderTexts(raw);
	const out: SourceLine[] = [];
	let inToc = false;
	let tocWrap = false;
	for (const line of raw) {
		const trimmed = line.text.trim();
		if (/^innehålls?förteckning$/i.test(trimmed)) {
			inToc = true;
			continue;
		}
		if (inToc) {
			if (trimmed === '') {
				tocWrap = false;
				continue;
			}
			if (TOC_ENTRY.test(line.text)) {
				tocWrap = true;
				continue;
			}
			// A long entry wrapped by PDF extraction: its lower-case rest right below it, page number above.
			if (tocWrap && /^[a-zåäö]/.test(trimmed)) continue;
			inToc = false;
		}
		if (trimmed !== '' && (isPageNumber(trimmed) || headers.has(trimmed))) continue;
		for (const part of splitBoldRuns(line)) out.push({ no: part.no, text: stripMarks(part.text) });
	}
	return out;
}
