import { Unzip, UnzipInflate } from 'fflate';

/** Larger than any plan's document.xml; a bigger one is a zip bomb or not a plan. */
const MAX_DOCUMENT_XML_BYTES = 50 * 1024 * 1024;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
		if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? '';
		const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
		return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
	});
}

/** One paragraph's text: its runs' text, tabs and breaks. */
function paragraphText(xml: string): string {
	let text = '';
	for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)) {
		if (m[1] !== undefined) text += decodeEntities(m[1]);
		else if (m[2] === 'tab') text += '\t';
		else text += ' ';
	}
	return text.replace(/[^\S\t]+/g, ' ').trim();
}

/**
 * A table row as one line of tab-separated cells: what the plan text parser reads as a table row,
 * and how Word's "save as text" writes a row. A cell's paragraphs join with a space.
 */
function rowText(rowXml: string): string {
	const cells = [...rowXml.matchAll(/<w:tc\b[^>]*>([\s\S]*?)<\/w:tc>/g)].map((cell) =>
		[...cell[1].replace(/<w:p\b[^>]*\/>/g, '').matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)]
			.map((p) => paragraphText(p[1]))
			.filter((t) => t !== '')
			.join(' ')
	);
	return cells.join('\t');
}

/** The body's paragraphs and table rows in document order, one line each. */
export function documentXmlText(xml: string): string {
	// An empty paragraph written as <w:p/> says nothing, and would otherwise open a match that runs on to the next </w:p>.
	const body = (/<w:body\b[^>]*>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? xml).replace(/<w:p\b[^>]*\/>/g, '');
	const lines: string[] = [];
	// Top-level blocks: tables (rows → lines) and paragraphs. Nested tables are read as rows too.
	for (const m of body.matchAll(/<w:tbl\b[^>]*>([\s\S]*?)<\/w:tbl>|<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
		if (m[1] !== undefined) {
			for (const row of m[1].matchAll(/<w:tr\b[^>]*>([\s\S]*?)<\/w:tr>/g)) lines.push(rowText(row[1]));
			lines.push('');
		} else {
			const text = paragraphText(m[2]);
			// A paragraph is followed by a blank line, as Word's plain-text export separates them.
			lines.push(text, '');
		}
	}
	return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

export type DocxRead = { ok: true; text: string } | { ok: false; reason: 'not-docx' | 'too-large' };

/** The zip is fed in slices this size, so a bomb inflates at most ~1 000 times this before it is stopped. */
const SLICE_BYTES = 16 * 1024;

/**
 * word/document.xml of a zip, inflated as a stream and stopped as soon as it passes the limit: the
 * size a zip declares can lie (a "zip bomb" of a few kB unpacking to gigabytes), the bytes cannot.
 */
function documentXml(bytes: Uint8Array): Uint8Array | 'not-docx' | 'too-large' {
	const chunks: Uint8Array[] = [];
	let total = 0;
	// Set inside the callbacks below; an object, so the compiler does not narrow it to its first value.
	const reading: { state: 'searching' | 'reading' | 'done' | 'too-large' | 'broken' } = { state: 'searching' };
	const unzip = new Unzip((file) => {
		if (file.name !== 'word/document.xml' || reading.state !== 'searching') return;
		if ((file.originalSize ?? 0) > MAX_DOCUMENT_XML_BYTES) {
			reading.state = 'too-large';
			return;
		}
		reading.state = 'reading';
		file.ondata = (error, data, final) => {
			if (reading.state !== 'reading') return;
			if (error) {
				reading.state = 'broken';
				return;
			}
			total += data.length;
			if (total > MAX_DOCUMENT_XML_BYTES) {
				reading.state = 'too-large';
				return;
			}
			chunks.push(data);
			if (final) reading.state = 'done';
		};
		file.start();
	});
	unzip.register(UnzipInflate);
	try {
		for (let at = 0; at < bytes.length && (reading.state === 'searching' || reading.state === 'reading'); at += SLICE_BYTES) {
			unzip.push(bytes.subarray(at, at + SLICE_BYTES), at + SLICE_BYTES >= bytes.length);
		}
	} catch {
		if (reading.state !== 'done' && reading.state !== 'too-large') return 'not-docx';
	}
	if (reading.state === 'too-large') return 'too-large';
	if (reading.state !== 'done') return 'not-docx';
	const xml = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		xml.set(chunk, offset);
		offset += chunk.length;
	}
	return xml;
}

/** The text of a Word (.docx) file, or why it cannot be read. */
export function docxText(bytes: Uint8Array): DocxRead {
	const xml = documentXml(bytes);
	if (typeof xml === 'string') return { ok: false, reason: xml };
	return { ok: true, text: documentXmlText(new TextDecoder('utf-8').decode(xml)) };
}
