import { parsePlanText, type PlanTextResult } from '../../domain/import/parse-plan-text';
import { layoutTextToTabbed } from '../../domain/import/layout-text';
import { refused, ok, type Result } from '../result';
import { docxText } from './docx-text';
import { pdfText } from './pdf-text';

/** The largest file read as a plan: real plans are well under 1 MB of text, a few MB as PDF. */
export const MAX_PLAN_DOCUMENT_BYTES = 20 * 1024 * 1024;

export type PlanDocumentKind = 'text' | 'docx' | 'pdf';

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** What the file is, from its first bytes rather than its name (a renamed or misnamed file reads the same). */
export function planDocumentKind(bytes: Uint8Array): PlanDocumentKind | 'zip' | 'binary' {
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
	// "%PDF-" within the first kilobyte, as PDF readers accept it.
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
	if (head.includes('%PDF-')) return 'pdf';
	const sample = bytes.subarray(0, 64 * 1024);
	// NUL bytes, or many control characters other than tab, line breaks and form feed: not text.
	let control = 0;
	for (const b of sample) {
		if (b === 0) return 'binary';
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
	}
	return control > sample.length / 100 ? 'binary' : 'text';
}

/** Text that is no UTF-8 is most likely Windows-1252, as older Windows programs save it. */
function decodeText(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

async function documentText(bytes: Uint8Array, fileName: string): Promise<Result<string>> {
	const kind = planDocumentKind(bytes);
	if (kind === 'binary') {
		return refused({ file: `Filen ${fileName} är varken text, Word (.docx) eller PDF. Ett äldre Word-dokument (.doc) kan sparas som .docx.` });
	}
	if (kind === 'zip') {
		const read = docxText(bytes);
		if (read.ok) return ok(read.text);
		if (read.reason === 'too-large') return refused({ file: `Word-dokumentet ${fileName} är för stort för en plan.` });
		return refused({ file: `Filen ${fileName} är en zip-fil men inget Word-dokument (.docx).` });
	}
	if (kind === 'pdf') {
		const read = await pdfText(bytes);
		if (!read.ok) {
			const why = {
				'missing-tool': 'PDF kan inte läsas på den här servern: programmet pdftotext (Poppler, paketet poppler-utils) saknas. Spara dokumentet som text eller Word i stället.',
				timeout: `Det tog för lång tid att läsa PDF-filen ${fileName}.`,
				unreadable: `PDF-filen ${fileName} kunde inte läsas: den är skadad eller skyddad med lösenord.`
			};
			return refused({ file: why[read.reason] });
		}
		if (read.text.replace(/\s+/g, '') === '') {
			return refused({ file: `PDF-filen ${fileName} har ingen text, bara bilder (ett inskannat dokument?). Den behöver ett textlager.` });
		}
		return ok(layoutTextToTabbed(read.text));
	}
	return ok(decodeText(bytes).replace(/^\uFEFF/, ''));
}

/**
 * Reads a plan document as uploaded or named on the command line (plain text, Word .docx or PDF
 * with a text layer, told apart by content) into verksam-plan/1 with the parser's warnings.
 * Refusals, under `file`, are Swedish sentences: too large, empty, not a document, no text layer,
 * no plan found.
 */
export async function readPlanDocument(bytes: Uint8Array, fileName: string): Promise<Result<PlanTextResult>> {
	if (bytes.byteLength > MAX_PLAN_DOCUMENT_BYTES) return refused({ file: `Filen ${fileName} är för stor för en plan (mer än 20 MB).` });
	if (bytes.byteLength === 0) return refused({ file: `Filen ${fileName} är tom.` });
	const text = await documentText(bytes, fileName);
	if (!text.ok) return text;
	if (text.value.trim() === '') return refused({ file: `Filen ${fileName} innehåller ingen text.` });
	const result = parsePlanText(text.value);
	if (!result.file.plans.some((plan) => plan.goals.length > 0)) {
		return refused({ file: `Ingen plan hittades i ${fileName}: inga mål med rubriker som ”Nämndmål” eller ”Åtagande”.` });
	}
	return ok(result);
}
