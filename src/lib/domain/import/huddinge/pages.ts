/**
 * A document saved one line per PDF page (as Huddinge's plans are): the pages joined into one
 * running text, page footers ("SOCIALNÄMNDEN 7", "6 VERKSAMHETSPLAN 2017") dropped, and every
 * offset traceable to its line so warnings can say where.
 */

export interface PageText {
	/** The pages joined by a space, footers removed. */
	text: string;
	/** Offset in `text` where each page starts, with its 1-based line in the file. */
	starts: { offset: number; line: number; page: number | null }[];
}

/** "… brister i 4 VERKSAMHETSPLAN 2017" or "… SOCIALNÄMNDEN 7": a footer at a page's end. */
const FOOTER_NUMBER_FIRST = /\s(\d{1,3})\s+([A-ZÅÄÖ]{3,}(?:\s+[A-ZÅÄÖ0-9]{2,})*)$/;
const FOOTER_NUMBER_LAST = /\s([A-ZÅÄÖ]{3,}(?:\s+[A-ZÅÄÖ]{2,})*)\s+(\d{1,3})$/;

function footerOf(page: string): { text: string; number: number; at: number } | null {
	const m = FOOTER_NUMBER_FIRST.exec(page);
	if (m) return { text: m[2], number: Number(m[1]), at: m.index };
	const n = FOOTER_NUMBER_LAST.exec(page);
	if (n) return { text: n[1], number: Number(n[2]), at: n.index };
	return null;
}

export function joinPages(source: string): PageText {
	const pages = source
		.split(/\r?\n/)
		.map((text, i) => ({ text: text.trim(), line: i + 1 }))
		.filter((p) => p.text !== '');
	const footers = pages.map((p) => footerOf(p.text));
	// A footer repeats: the same capitals on at least two pages (a sentence never ends that way twice).
	const counts = new Map<string, number>();
	for (const f of footers) if (f) counts.set(f.text, (counts.get(f.text) ?? 0) + 1);
	let text = '';
	const starts: PageText['starts'] = [];
	pages.forEach((p, i) => {
		const footer = footers[i];
		const isFooter = footer !== null && (counts.get(footer.text) ?? 0) >= 2;
		const body = isFooter && footer ? p.text.slice(0, footer.at) : p.text;
		if (text !== '') text += ' ';
		starts.push({ offset: text.length, line: p.line, page: isFooter && footer ? footer.number : null });
		text += body;
	});
	return { text, starts };
}

/** The 1-based line in the file of an offset in the joined text. */
export function lineAt(pages: PageText, offset: number): number {
	let line = pages.starts[0]?.line ?? 1;
	for (const s of pages.starts) {
		if (s.offset > offset) break;
		line = s.line;
	}
	return line;
}

/** The span of the page with the printed number `page` (from its footer), if any page has it. */
export function pageSpan(pages: PageText, page: number): { start: number; end: number } | null {
	const i = pages.starts.findIndex((s) => s.page === page);
	if (i < 0) return null;
	return { start: pages.starts[i].offset, end: pages.starts[i + 1]?.offset ?? pages.text.length };
}
