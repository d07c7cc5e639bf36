/**
 * Outcomes as a spreadsheet (XLSX or CSV): the template's columns, a template row from what is
 * stored, and reading a filled-in sheet back into outcomes, with every error as
 * { row, column, reason } in Swedish.
 *
 * Columns (matched by header text on import, in any order; extra columns are ignored):
 * - identifying, at the left and marked grey: Indikator-id, Enhet (id), Period, Version. Version
 *   is the outcome's version when the template was exported (0: nothing was stored).
 * - context, read only (ignored on import): Organisation, Mål, Indikator, Måttenhet, Periodicitet,
 *   Årsmål, KF:s årsmål.
 * - entry: Utfall, Täljare, Nämnare, Antal svarande, the same for Kvinnor and Män, Mäts inte
 *   (ja/nej), Kommentar. Columns a kind does not use are greyed in the template; a value typed in
 *   one is an error, not silently dropped. An entry column missing from the file keeps what is
 *   stored (a sheet may carry only the columns someone works with).
 * - Kontroll (hidden in the XLSX): a checksum of the row's outcome as exported, so the import can
 *   tell a row the user changed from one left as it was (see outcomeChecksum).
 * Required on import: the identifying columns and Utfall.
 *
 * Rows are numbered as the user sees them in Excel: the header is row 1.
 * Numbers come as real numbers (XLSX) or as Swedish text ("5,5", "21 024"); they are read as
 * text by the domain's parseOutcome, so both read the same.
 */

import { parseSwedishNumber } from '../format/number';
import type { IndicatorKind } from '../indicators/indicator';
import {
	outcomeToInput,
	parseOutcome,
	usedFields,
	type Outcome,
	type OutcomeField,
	type OutcomeFigures,
	type OutcomeIndicator,
	type OutcomeInput,
	type OutcomePartInput,
	type PartField
} from './outcome';
import { isReportPeriod, type ReportPeriod } from './report-periods';

/** A cell as a spreadsheet reader gives it; empty cells are null (or undefined, or ""). */
export type SheetCell = string | number | boolean | Date | null | undefined;

export type IdKey = 'indicatorId' | 'organisationId' | 'period' | 'version';
export type ContextKey = 'organisation' | 'goal' | 'indicator' | 'unit' | 'periodicity' | 'annualTarget' | 'councilTarget';
export type PartKey = PartField | `women.${PartField}` | `men.${PartField}`;
export type EntryKey = PartKey | 'notMeasured' | 'comment';
export type ColumnKey = IdKey | ContextKey | EntryKey | 'checksum';

export type ColumnRole = 'id' | 'context' | 'entry' | 'check';

export interface SheetColumn {
	key: ColumnKey;
	header: string;
	role: ColumnRole;
	/** Width in characters, for the XLSX. */
	width: number;
	/** A file without this column is refused, naming it. */
	required: boolean;
}

const partHeader: Record<PartField, string> = {
	value: 'utfall',
	numerator: 'täljare',
	denominator: 'nämnare',
	respondents: 'antal svarande'
};
const partFields: readonly PartField[] = ['value', 'numerator', 'denominator', 'respondents'];

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const outcomeSheetColumns: readonly SheetColumn[] = [
	{ key: 'indicatorId', header: 'Indikator-id', role: 'id', width: 11, required: true },
	{ key: 'organisationId', header: 'Enhet (id)', role: 'id', width: 10, required: true },
	{ key: 'period', header: 'Period', role: 'id', width: 8, required: true },
	{ key: 'version', header: 'Version', role: 'id', width: 8, required: true },
	{ key: 'organisation', header: 'Organisation', role: 'context', width: 24, required: false },
	{ key: 'goal', header: 'Mål', role: 'context', width: 40, required: false },
	{ key: 'indicator', header: 'Indikator', role: 'context', width: 48, required: false },
	{ key: 'unit', header: 'Måttenhet', role: 'context', width: 10, required: false },
	{ key: 'periodicity', header: 'Periodicitet', role: 'context', width: 12, required: false },
	{ key: 'annualTarget', header: 'Årsmål', role: 'context', width: 12, required: false },
	{ key: 'councilTarget', header: 'KF:s årsmål', role: 'context', width: 14, required: false },
	...partFields.map((f) => ({ key: f, header: capitalised(partHeader[f]), role: 'entry' as const, width: 11, required: f === 'value' })),
	...(['women', 'men'] as const).flatMap((who) =>
		partFields.map((f) => ({
			key: `${who}.${f}` as PartKey,
			header: `${who === 'women' ? 'Kvinnor' : 'Män'}: ${partHeader[f]}`,
			role: 'entry' as const,
			width: 12,
			required: false
		}))
	),
	{ key: 'notMeasured', header: 'Mäts inte (ja/nej)', role: 'entry', width: 12, required: false },
	{ key: 'comment', header: 'Kommentar', role: 'entry', width: 48, required: false },
	{ key: 'checksum', header: 'Kontroll', role: 'check', width: 10, required: false }
];

const columnByKey = new Map(outcomeSheetColumns.map((c) => [c.key, c]));

/** The header a column has in the template: 'women.value' → "Kvinnor: utfall". */
export function columnHeader(key: ColumnKey): string {
	return columnByKey.get(key)!.header;
}

export interface SheetError {
	/** The row as the user sees it in Excel: the header is row 1. */
	row: number;
	/** The column's header. */
	column: string;
	reason: string;
}

export const sheetMessages = {
	missingColumn: 'Kolumnen saknas i filen. Ladda ner mallen igen, eller lägg tillbaka kolumnen med exakt den rubriken.',
	duplicateColumn: 'Kolumnen finns två gånger i filen. Ta bort den ena.',
	noRows: 'Filen innehåller inga rader med utfall under rubrikraden.',
	indicatorId: 'Indikatorns id saknas eller är inte ett heltal. Ändra inte de grå kolumnerna.',
	organisationId: 'Enhetens id saknas eller är inte ett heltal. Ändra inte de grå kolumnerna.',
	period: 'Skriv T1, T2 eller VB.',
	version: 'Versionen måste vara ett heltal (0 eller mer). Ändra inte de grå kolumnerna.',
	notANumber: 'Skriv ett tal, till exempel 5,5.',
	dateNotNumber: 'Cellen är formaterad som ett datum. Skriv ett tal, till exempel 5,5.',
	yesNo: 'Skriv ja eller nej.',
	unusedColumn: (kind: string) => `Indikatorn (${kind}) använder inte den här kolumnen. Töm cellen.`,
	noGenderSplit: 'Indikatorn redovisas inte uppdelad på kvinnor och män. Töm cellen.',
	duplicateRow: (first: number) => `Samma indikator och enhet finns redan på rad ${first}. Ta bort den ena raden.`
} as const;

const kindName: Record<IndicatorKind, string> = { share: 'en andel', count: 'ett antal', index: 'ett index', amount: 'ett belopp' };

// ---------------------------------------------------------------------------------------------
// Cells as text

/**
 * A number as Swedish text without thousands spaces, never in exponent form: 5.5 → "5,5",
 * 21024 → "21024", 1e-7 → "0,0000001". parseSwedishNumber reads it back to the same number.
 */
export function numberText(n: number): string {
	let s = String(n);
	if (/e/i.test(s)) {
		const decimals = Math.min(100, Math.max(0, 15 - Math.floor(Math.log10(Math.abs(n)))));
		s = n.toFixed(decimals).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
	}
	return s.replace('.', ',');
}

function isoDate(d: Date): string {
	// A spreadsheet date has no time zone: read-excel-file gives it as UTC midnight.
	return d.toISOString().slice(0, 10);
}

function isEmpty(cell: SheetCell): boolean {
	return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** A text cell as text; a number, date or truth value as a person would have typed it. */
function cellText(cell: SheetCell): string {
	if (cell === null || cell === undefined) return '';
	if (typeof cell === 'number') return numberText(cell);
	if (cell instanceof Date) return isoDate(cell);
	if (typeof cell === 'boolean') return cell ? 'ja' : 'nej';
	return cell.trim();
}

/** Reads a whole number ≥ min from a cell ("12", 12, "12,0"), or null. */
function wholeNumber(cell: SheetCell, min: number): number | null {
	const n = typeof cell === 'number' ? cell : typeof cell === 'string' ? parseSwedishNumber(cell) : null;
	return n !== null && Number.isSafeInteger(n) && n >= min ? n : null;
}

const yes = new Set(['ja', 'j', 'x', 'sant', 'true', '1', 'yes']);
const no = new Set(['nej', 'n', 'falskt', 'false', '0', 'no', '']);

/** "ja" / "nej" (or a truth value); null when it is neither. */
export function readYesNo(cell: SheetCell): boolean | null {
	if (typeof cell === 'boolean') return cell;
	const t = cellText(cell).toLowerCase();
	if (yes.has(t)) return true;
	if (no.has(t)) return false;
	return null;
}

const formulaStart = /^[=+\-@\t\r]/;

/**
 * A free text for a CSV file opened in Excel: a leading apostrophe keeps "=…", "+…", "-…" and
 * "@…" from being run as a formula (formula injection); reading it back drops the apostrophe.
 */
export function csvSafeText(text: string): string {
	return formulaStart.test(text) ? `'${text}` : text;
}

/** The text csvSafeText protected, as it was. */
export function fromCsvSafeText(text: string): string {
	return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}

// ---------------------------------------------------------------------------------------------
// The template

export interface TemplateRowSource {
	indicatorId: number;
	organisationId: number;
	period: ReportPeriod;
	/** The stored outcome's version; 0 when nothing is stored. */
	version: number;
	organisation: string;
	goal: string;
	indicator: string;
	unit: string;
	periodicity: string;
	annualTarget: string;
	councilTarget: string;
	outcomeIndicator: OutcomeIndicator;
	/** The stored outcome, or null. */
	outcome: Outcome | null;
}

export interface TemplateRow {
	kind: IndicatorKind;
	/** Every column's value: ids and version as numbers, the rest as text (figures in Swedish, as the form shows them). */
	cells: Record<ColumnKey, string | number>;
	/** Entry columns this indicator does not use: greyed in the template, and an error if filled in. */
	unused: Set<EntryKey>;
}

/** The part columns an indicator does not use: the kind's unused fields, and kvinnor/män without a gender split. */
export function unusedColumns(indicator: OutcomeIndicator): Set<EntryKey> {
	const used = new Set<PartField>(usedFields(indicator.kind));
	const unused = new Set<EntryKey>();
	for (const prefix of ['', 'women.', 'men.'] as const) {
		for (const f of partFields) {
			if (!used.has(f) || (prefix !== '' && !indicator.genderSplit)) unused.add(`${prefix}${f}` as PartKey);
		}
	}
	return unused;
}

const blankInput: OutcomeInput = { value: '', numerator: '', denominator: '', respondents: '', women: null, men: null, notMeasured: false, comment: '' };

function partText(part: OutcomePartInput | null | undefined, field: PartField): string {
	return (part?.[field] ?? '').trim();
}

/** One template row, pre-filled with what is stored through outcomeToInput, so it reads back the same. */
export function templateRow(source: TemplateRowSource): TemplateRow {
	const input = source.outcome ? outcomeToInput(source.outcome, source.outcomeIndicator) : blankInput;
	const cells = {
		indicatorId: source.indicatorId,
		organisationId: source.organisationId,
		period: source.period,
		version: source.version,
		organisation: source.organisation,
		goal: source.goal,
		indicator: source.indicator,
		unit: source.unit,
		periodicity: source.periodicity,
		annualTarget: source.annualTarget,
		councilTarget: source.councilTarget,
		notMeasured: input.notMeasured ? 'ja' : 'nej',
		comment: input.comment ?? '',
		checksum: exportedChecksum(source.outcome, source.outcomeIndicator)
	} as Record<ColumnKey, string | number>;
	for (const f of partFields) {
		cells[f] = partText(input, f);
		cells[`women.${f}`] = partText(input.women, f);
		cells[`men.${f}`] = partText(input.men, f);
	}
	return { kind: source.outcomeIndicator.kind, cells, unused: unusedColumns(source.outcomeIndicator) };
}

// ---------------------------------------------------------------------------------------------
// The checksum of a row as exported

function canonicalFigures(f: OutcomeFigures | null): (number | null)[] | null {
	if (!f) return null;
	// Twelve significant digits: the same outcome read from text or from a number hashes the same.
	return [f.value, f.numerator, f.denominator, f.respondents].map((n) => (n === null ? null : Number(n.toPrecision(12))));
}

/**
 * A short checksum of what an outcome says (status, figures, comment), to tell whether a row of a
 * file still says what it said when exported. Not a security measure: the import checks
 * permissions and versions on its own; this only spares a user an error for a row they did not touch.
 */
export function outcomeChecksum(outcome: Outcome): string {
	const canonical = JSON.stringify([
		outcome.status,
		outcome.comment ?? '',
		outcome.totalFromParts,
		canonicalFigures(outcome),
		canonicalFigures(outcome.women),
		canonicalFigures(outcome.men)
	]);
	// FNV-1a, 32 bits.
	let hash = 0x811c9dc5;
	for (let i = 0; i < canonical.length; i++) {
		hash ^= canonical.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	// A letter first, so a spreadsheet never takes it for a number.
	return `k${hash.toString(16).padStart(8, '0')}`;
}

/** The checksum of a row as the template writes it: of the outcome its cells read back as. */
function exportedChecksum(outcome: Outcome | null, indicator: OutcomeIndicator): string {
	const parsed = parseOutcome(outcome ? outcomeToInput(outcome, indicator) : blankInput, indicator);
	return parsed.ok ? outcomeChecksum(parsed.outcome) : '';
}

// ---------------------------------------------------------------------------------------------
// Reading a sheet

export interface SheetRow {
	/** The row as the user sees it in Excel. */
	row: number;
	indicatorId: number;
	organisationId: number;
	period: ReportPeriod;
	/** The outcome's version when exported; 0 when nothing was stored (or the cell is empty). */
	version: number;
	/** The Kontroll cell, or null when the file has none. */
	checksum: string | null;
	/** The entry columns present in the file, as text ("Mäts inte" as "ja" / "nej"). */
	entries: Partial<Record<EntryKey, string>>;
}

export interface SheetRead {
	rows: SheetRow[];
	errors: SheetError[];
}

function normaliseHeader(text: SheetCell): string {
	return cellText(text).replace(/[\s\u00a0\u202f]+/g, ' ').trim().toLowerCase();
}

const headerAliases: Partial<Record<ColumnKey, string[]>> = {
	notMeasured: ['mäts inte', 'mäts inte denna period', 'ej mätt'],
	organisationId: ['enhet-id', 'enhets-id', 'organisation (id)']
};

/** Which column of the file holds which key, by header text. */
function matchHeaders(header: SheetCell[], errors: SheetError[]): Map<ColumnKey, number> {
	const byText = new Map<string, ColumnKey>();
	for (const column of outcomeSheetColumns) {
		byText.set(normaliseHeader(column.header), column.key);
		for (const alias of headerAliases[column.key] ?? []) byText.set(alias, column.key);
	}
	const found = new Map<ColumnKey, number>();
	header.forEach((cell, index) => {
		const key = byText.get(normaliseHeader(cell));
		if (!key) return;
		if (found.has(key)) errors.push({ row: 1, column: columnHeader(key), reason: sheetMessages.duplicateColumn });
		else found.set(key, index);
	});
	for (const column of outcomeSheetColumns) {
		if (column.required && !found.has(column.key)) errors.push({ row: 1, column: column.header, reason: sheetMessages.missingColumn });
	}
	return found;
}

/**
 * Reads a sheet's rows (the header first) into rows naming an indicator, a unit, the period and the
 * version they were exported with, and their entry columns as text. Every problem of the
 * structure, the identifying columns and the cells' types is reported; rows with such a problem
 * are left out of `rows`. Empty rows are skipped. The figures are read by parseSheetRow.
 */
export function readOutcomeSheet(cells: SheetCell[][]): SheetRead {
	const errors: SheetError[] = [];
	const rows: SheetRow[] = [];
	const columns = matchHeaders(cells[0] ?? [], errors);
	if (errors.some((e) => e.row === 1)) return { rows, errors };

	const at = (line: SheetCell[], key: ColumnKey): SheetCell => {
		const index = columns.get(key);
		return index === undefined ? null : line[index];
	};
	const firstRowOf = new Map<string, number>();
	let any = false;
	cells.forEach((line, index) => {
		if (index === 0 || line.every(isEmpty)) return;
		any = true;
		const row = index + 1;
		const before = errors.length;
		const fail = (key: ColumnKey, reason: string) => errors.push({ row, column: columnHeader(key), reason });

		const indicatorId = wholeNumber(at(line, 'indicatorId'), 1);
		if (indicatorId === null) fail('indicatorId', sheetMessages.indicatorId);
		const organisationId = wholeNumber(at(line, 'organisationId'), 1);
		if (organisationId === null) fail('organisationId', sheetMessages.organisationId);
		const periodText = cellText(at(line, 'period')).toUpperCase();
		if (!isReportPeriod(periodText)) fail('period', sheetMessages.period);
		const versionCell = at(line, 'version');
		const version = isEmpty(versionCell) ? 0 : wholeNumber(versionCell, 0);
		if (version === null) fail('version', sheetMessages.version);

		const entries: Partial<Record<EntryKey, string>> = {};
		for (const column of outcomeSheetColumns) {
			if (column.role !== 'entry' || !columns.has(column.key)) continue;
			const key = column.key as EntryKey;
			const cell = at(line, key);
			if (key === 'notMeasured') {
				const answer = readYesNo(cell);
				if (answer === null) fail(key, sheetMessages.yesNo);
				else entries.notMeasured = answer ? 'ja' : 'nej';
			} else if (key === 'comment') {
				entries.comment = fromCsvSafeText(cellText(cell));
			} else if (cell instanceof Date) {
				fail(key, sheetMessages.dateNotNumber);
			} else if (typeof cell === 'boolean') {
				fail(key, sheetMessages.notANumber);
			} else {
				entries[key] = cellText(cell);
			}
		}

		if (indicatorId !== null && organisationId !== null) {
			const pair = `${indicatorId}/${organisationId}`;
			const first = firstRowOf.get(pair);
			if (first !== undefined) fail('indicatorId', sheetMessages.duplicateRow(first));
			else firstRowOf.set(pair, row);
		}
		if (errors.length > before) return;
		const checksum = columns.has('checksum') ? cellText(at(line, 'checksum')) || null : null;
		rows.push({
			row,
			indicatorId: indicatorId!,
			organisationId: organisationId!,
			period: periodText as ReportPeriod,
			version: version!,
			checksum,
			entries
		});
	});
	if (!any) errors.push({ row: 2, column: '', reason: sheetMessages.noRows });
	return { rows, errors };
}

export type SheetRowParse = { ok: true; outcome: Outcome; input: OutcomeInput } | { ok: false; errors: SheetError[] };

function partOf(input: OutcomeInput, prefix: '' | 'women.' | 'men.'): OutcomePartInput | null | undefined {
	return prefix === '' ? input : prefix === 'women.' ? input.women : input.men;
}

/**
 * A row's outcome as the form's text fields: the file's entry columns, and what is stored for
 * any entry column the file does not have.
 */
export function sheetRowInput(row: SheetRow, indicator: OutcomeIndicator, stored: Outcome | null): OutcomeInput {
	const base = stored ? outcomeToInput(stored, indicator) : blankInput;
	const part = (prefix: '' | 'women.' | 'men.'): OutcomePartInput => {
		const from = partOf(base, prefix);
		return Object.fromEntries(partFields.map((f) => [f, row.entries[`${prefix}${f}` as PartKey] ?? partText(from, f)])) as OutcomePartInput;
	};
	return {
		...part(''),
		women: part('women.'),
		men: part('men.'),
		notMeasured: row.entries.notMeasured !== undefined ? row.entries.notMeasured === 'ja' : (base.notMeasured ?? false),
		comment: row.entries.comment ?? base.comment ?? ''
	};
}

/**
 * Reads one row's figures with parseOutcome, for its indicator; errors name the row and column.
 * A value in a column the indicator does not use is an error (it would otherwise be dropped).
 */
export function parseSheetRow(row: SheetRow, indicator: OutcomeIndicator, stored: Outcome | null): SheetRowParse {
	const errors: SheetError[] = [];
	const unused = unusedColumns(indicator);
	for (const key of unused) {
		if ((row.entries[key] ?? '') === '') continue;
		const gender = key.startsWith('women.') || key.startsWith('men.');
		const reason = gender && !indicator.genderSplit ? sheetMessages.noGenderSplit : sheetMessages.unusedColumn(kindName[indicator.kind]);
		errors.push({ row: row.row, column: columnHeader(key), reason });
	}
	const input = sheetRowInput(row, indicator, stored);
	const parsed = parseOutcome(input, indicator);
	if (!parsed.ok) {
		for (const [field, reason] of Object.entries(parsed.errors) as [OutcomeField, string][]) {
			errors.push({ row: row.row, column: columnHeader(field), reason });
		}
	}
	if (errors.length > 0 || !parsed.ok) return { ok: false, errors };
	return { ok: true, outcome: parsed.outcome, input };
}

/** Errors in the order a person reads the file: by row, then by the template's column order. */
export function sortSheetErrors(errors: SheetError[]): SheetError[] {
	const order = new Map(outcomeSheetColumns.map((c, i) => [c.header, i]));
	return [...errors].sort((a, b) => a.row - b.row || (order.get(a.column) ?? 99) - (order.get(b.column) ?? 99));
}
