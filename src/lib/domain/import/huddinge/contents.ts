/**
 * The contents page as one run of text: "Innehåll Huddinges vision och mål... 3 Ansvarsområde... 4 …".
 * Word's "Fel! Bokmärket är inte definierat." stands where a page number was lost.
 */

export interface ContentsEntry {
	title: string;
	page: number | null;
}

const CONTENTS = /^Innehåll\s+(.*\.{2,}.*)$/;
const ENTRY = /\s*(.+?)\s*(?:\.{2,}|…)\s*(\d{1,4}|Fel! Bokmärket är inte definierat\.)/gy;

/** The entries of a contents page, or null when the page is not one. */
export function readContents(page: string): ContentsEntry[] | null {
	const m = CONTENTS.exec(page.trim());
	if (!m) return null;
	const entries: ContentsEntry[] = [];
	ENTRY.lastIndex = 0;
	let e: RegExpExecArray | null;
	while ((e = ENTRY.exec(m[1])) !== null) {
		entries.push({ title: e[1], page: /^\d+$/.test(e[2]) ? Number(e[2]) : null });
	}
	return entries.length > 0 ? entries : null;
}
