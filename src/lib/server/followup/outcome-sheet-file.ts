/**
 * The outcome template as a file, and reading an uploaded file back into cells:
 * - XLSX with write-excel-file / read-excel-file: a frozen header row, column widths, the
 *   identifying columns grey at the left, columns an indicator does not use greyed, a ja/nej list
 *   on "Mäts inte", the checksum column hidden, and a sheet of instructions.
 * - CSV in the dialect Swedish Excel opens and saves: UTF-8 with a byte order mark, semicolons,
 *   decimal comma, CRLF. Reading also takes what else Excel saves as CSV: Windows-1252 ("CSV
 *   (semikolonavgränsad)"), UTF-16 ("Unicode-text", tabs), and commas or tabs between fields.
 * What a file is, is decided by its content, not its name.
 */
import writeXlsxFile, { type Cell, type Feature, type SheetData } from 'write-excel-file/node';
import { getCellAddress, getOrderOfSiblings, insertElementMarkupAccordingToOrderOfSiblings, sanitizeAttributeValue } from 'write-excel-file/utility';
import readXlsxFile from 'read-excel-file/node';
import { unzipSync } from 'fflate';
import type { Stream } from 'node:stream';
import type { Blob } from 'node:buffer';
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import { parseSwedishNumber, formatNumber } from '../../domain/format/number';
import { csvSafeText, outcomeSheetColumns, type SheetCell, type TemplateRow } from '../../domain/followup/outcome-sheet';

/** The largest file the import reads: a template of tens of thousands of rows fits well below it. */
export const maxSheetBytes = 5 * 1024 * 1024;

/**
 * The most a workbook may unpack to. An XLSX is a zip: a few megabytes can claim gigabytes once
 * unpacked (a zip bomb), so the sizes its directory declares are added up before anything is read.
 * The template of 5 MB unpacks to a few tens of megabytes.
 */
export const maxUnpackedBytes = 100 * 1024 * 1024;

/** The sheet the outcomes are on; the import reads it, or the first sheet when there is none by that name. */
export const outcomeSheetName = 'Utfall';

export const sheetFileMessages = {
	empty: 'Filen är tom.',
	tooLarge: (size: number) =>
		`Filen är för stor (${formatNumber(size / 1024 / 1024, 1)} MB). Den får vara högst ${formatNumber(maxSheetBytes / 1024 / 1024, 0)} MB. Dela upp den, eller ta bort kolumner och rader som inte behövs.`,
	unpacksTooLarge: 'Arbetsboken packas upp till mer än 100 MB och läses inte in. Ladda ner mallen på nytt, fyll i den och läs in den här.',
	oldExcel: 'Filen är i Excels äldre format (.xls). Spara den som Excel-arbetsbok (.xlsx) eller som CSV UTF-8 och försök igen.',
	notXlsx: 'Filen är en zip-fil men ingen Excel-arbetsbok (.xlsx) som går att läsa. Spara den som Excel-arbetsbok (.xlsx) eller som CSV UTF-8 och försök igen.',
	notSheet: 'Filen är varken en Excel-arbetsbok (.xlsx) eller en CSV-fil. Ladda ner mallen, fyll i den och läs in den här.',
	badCsv: (line: number) => `CSV-filen kunde inte läsas: ett citattecken på rad ${line} avslutas inte. Kontrollera raden, eller spara filen från Excel igen.`
} as const;

/** What a sheet's columns show: the identifying ones grey, the ones to fill in light yellow. */
const colours = {
	idHeader: '#BFBFBF',
	idCell: '#EDEDED',
	contextHeader: '#DDEBF7',
	entryHeader: '#FFF2CC',
	unused: '#D0D0D0',
	idText: '#404040'
};

/** A share's percentage cells are text: typing "82 %" in a number cell makes Excel store 0,82. */
function isTextEntry(key: string, kind: TemplateRow['kind']): boolean {
	return kind === 'share' && (key === 'value' || key === 'women.value' || key === 'men.value');
}

function headerCell(column: (typeof outcomeSheetColumns)[number]): Cell {
	const backgroundColor = column.role === 'id' || column.role === 'check' ? colours.idHeader : column.role === 'entry' ? colours.entryHeader : colours.contextHeader;
	return { value: column.header, type: String, fontWeight: 'bold', backgroundColor, wrap: true, alignVertical: 'top' };
}

function dataCell(column: (typeof outcomeSheetColumns)[number], row: TemplateRow): Cell {
	const value = row.cells[column.key];
	if (column.role === 'id' || column.role === 'check') {
		return { value, type: typeof value === 'number' ? Number : String, backgroundColor: colours.idCell, textColor: colours.idText } as Cell;
	}
	if (column.role === 'context') return { value: String(value), type: String };
	const unused = row.unused.has(column.key as never);
	const style = unused ? { backgroundColor: colours.unused } : {};
	const text = String(value);
	if (column.key === 'notMeasured' || column.key === 'comment') return { value: text, type: String, ...style };
	if (isTextEntry(column.key, row.kind)) return { value: text === '' ? undefined : text, type: String, format: '@', ...style };
	const n = text === '' ? null : parseSwedishNumber(text);
	if (n !== null) return { value: n, type: Number, ...style };
	return { value: text === '' ? undefined : text, type: String, ...style };
}

/** A ja/nej list on "Mäts inte" and the checksum column hidden, written into the sheet's XML. */
/** What write-excel-file/node takes as a file's content (its FileContent, not exported by name). */
type FileContent = Stream | Buffer | Blob;

/** `rowCount` data rows under the header; getCellAddress counts rows from 0, the header's. */
function templateFeature(rowCount: number): Feature<FileContent> {
	const notMeasured = outcomeSheetColumns.findIndex((c) => c.key === 'notMeasured');
	const checksum = outcomeSheetColumns.findIndex((c) => c.key === 'checksum');
	const range = `${getCellAddress(1, notMeasured)}:${getCellAddress(Math.max(1, rowCount), notMeasured)}`;
	const validation =
		`<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" showInputMessage="1"` +
		` errorTitle="${sanitizeAttributeValue('Mäts inte')}" error="${sanitizeAttributeValue('Skriv ja eller nej.')}"` +
		` promptTitle="${sanitizeAttributeValue('Mäts inte')}" prompt="${sanitizeAttributeValue('ja: indikatorn mäts inte denna period (lämna talen tomma).')}"` +
		` sqref="${range}"><formula1>"ja,nej"</formula1></dataValidation></dataValidations>`;
	return {
		files: {
			transform: {
				'xl/worksheets/sheet{id}.xml': {
					transform(xml, _options, { sheetIndex }) {
						if (sheetIndex !== 0) return xml;
						return insertElementMarkupAccordingToOrderOfSiblings(xml, validation, getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet')!, 'worksheet');
					},
					transformElementAttributes(tagName, attributes, index, _options, { sheetIndex }) {
						return sheetIndex === 0 && tagName === 'col' && index === checksum ? { ...attributes, hidden: 1 } : attributes;
					}
				}
			}
		}
	};
}

function instructions(title: string): SheetData {
	const lines = [
		'Så fyller du i mallen',
		'Fyll i de gula kolumnerna på fliken Utfall: Utfall, eller Täljare och Nämnare för en andel; Antal svarande för ett index; Kvinnor och Män när indikatorn redovisas uppdelat.',
		'Grå celler används inte av indikatorn: lämna dem tomma.',
		'Ändra inte de grå kolumnerna till vänster (Indikator-id, Enhet (id), Period, Version). De talar om vilket utfall raden gäller och vilken version som laddades ner.',
		'Skriv tal med decimalkomma, till exempel 5,5. En andel skrivs i procent (82 eller 82 %) eller som täljare och nämnare.',
		'Mäts inte: skriv ja om indikatorn inte mäts denna period, och lämna talen tomma. En kommentar går bra ändå.',
		'Kolumnerna får flyttas och egna kolumner läggas till; rubrikerna måste stå kvar som de är.',
		'Spara som Excel-arbetsbok (.xlsx) eller CSV UTF-8 och läs in filen i Verksam. Verksam kontrollerar alla rader först: har någon rad fel sparas ingenting, och varje fel visas med rad och kolumn.',
		'Har någon ändrat ett utfall i Verksam sedan du laddade ner mallen, och du har ändrat samma rad, visas raden som ett fel. Rader du inte har ändrat lämnas som de står i Verksam.'
	];
	return [[{ value: title, type: String, fontWeight: 'bold', fontSize: 14 }], [null], ...lines.map((text, i) => [{ value: text, type: String, fontWeight: i === 0 ? 'bold' : undefined, wrap: true }] as Cell[])];
}

/** The template as an XLSX workbook: the sheet Utfall and a sheet of instructions. */
export async function outcomeSheetXlsx(rows: TemplateRow[], title: string): Promise<Buffer> {
	const data: SheetData = [outcomeSheetColumns.map(headerCell), ...rows.map((row) => outcomeSheetColumns.map((c) => dataCell(c, row)))];
	return writeXlsxFile(
		[
			{ data, sheet: outcomeSheetName, columns: outcomeSheetColumns.map((c) => ({ width: c.width })), stickyRowsCount: 1 },
			{ data: instructions(title), sheet: 'Instruktioner', columns: [{ width: 110 }] }
		],
		{ features: [templateFeature(rows.length)] }
	).toBuffer();
}

/** The template as CSV for Swedish Excel: UTF-8 with a byte order mark, semicolons, decimal comma, CRLF. */
export function outcomeSheetCsv(rows: TemplateRow[]): string {
	const records = rows.map((row) =>
		outcomeSheetColumns.map((c) => {
			const value = row.cells[c.key];
			// Free texts may start with "=" and would run as a formula when Excel opens the file.
			return typeof value === 'number' ? String(value) : c.role === 'context' || c.key === 'comment' ? csvSafeText(value) : value;
		})
	);
	return stringify(records, {
		header: true,
		columns: outcomeSheetColumns.map((c) => c.header),
		delimiter: ';',
		bom: true,
		record_delimiter: 'windows'
	});
}

export type SheetFileRead = { ok: true; format: 'xlsx' | 'csv'; cells: SheetCell[][] } | { ok: false; message: string };

const startsWith = (bytes: Uint8Array, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Control characters other than tab, line feed, carriage return and form feed: not a text file. */
function isBinary(text: string): boolean {
	return /[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 65_536));
}

/**
 * Windows-1252's characters at 0x80–0x9F (€, ‚, „, …, –, — and the like); elsewhere it is Latin-1.
 * Node's TextDecoder('windows-1252') decodes those bytes as Latin-1 control characters instead.
 */
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
	let text = '';
	for (const b of bytes) text += b >= 0x80 && b <= 0x9f ? cp1252High[b - 0x80] : String.fromCharCode(b);
	return text;
}

function decodeText(bytes: Uint8Array): string {
	if (startsWith(bytes, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes);
	if (startsWith(bytes, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes);
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		// Not UTF-8: Swedish Excel's "CSV (semikolonavgränsad)" is Windows-1252.
		return decodeWindows1252(bytes);
	}
}

/** The field separator, from the header line: semicolon (Swedish Excel), tab or comma. */
function delimiterOf(text: string): string {
	const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
	if (firstLine.includes(';')) return ';';
	if (firstLine.includes('\t')) return '\t';
	return ',';
}

function readCsv(bytes: Uint8Array): SheetFileRead {
	const text = decodeText(bytes).replace(/^\ufeff/, '');
	if (isBinary(text)) return { ok: false, message: sheetFileMessages.notSheet };
	try {
		const cells = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: false, trim: false }) as string[][];
		return { ok: true, format: 'csv', cells };
	} catch (e) {
		const line = (e as { lines?: number }).lines ?? 1;
		return { ok: false, message: sheetFileMessages.badCsv(line) };
	}
}

/** The sizes the zip's directory declares, added up, without unpacking anything. */
function declaredUnpackedSize(bytes: Uint8Array): number {
	let total = 0;
	unzipSync(bytes, {
		filter: (file) => {
			total += file.originalSize;
			return false;
		}
	});
	return total;
}

async function readXlsx(bytes: Uint8Array): Promise<SheetFileRead> {
	try {
		if (declaredUnpackedSize(bytes) > maxUnpackedBytes) return { ok: false, message: sheetFileMessages.unpacksTooLarge };
		const sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
		const sheet = sheets.find((s) => s.sheet === outcomeSheetName) ?? sheets[0];
		if (!sheet) return { ok: false, message: sheetFileMessages.notXlsx };
		return { ok: true, format: 'xlsx', cells: sheet.data as SheetCell[][] };
	} catch {
		return { ok: false, message: sheetFileMessages.notXlsx };
	}
}

/** Reads an uploaded file's cells, deciding by its content whether it is XLSX or CSV; refuses anything else. */
export async function readSheetFile(bytes: Uint8Array): Promise<SheetFileRead> {
	if (bytes.byteLength === 0) return { ok: false, message: sheetFileMessages.empty };
	if (bytes.byteLength > maxSheetBytes) return { ok: false, message: sheetFileMessages.tooLarge(bytes.byteLength) };
	if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return readXlsx(bytes);
	if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return { ok: false, message: sheetFileMessages.oldExcel };
	// PDF, PNG, JPEG, GIF: say so rather than reading them as text.
	if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46) || startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) {
		return { ok: false, message: sheetFileMessages.notSheet };
	}
	return readCsv(bytes);
}
