import { describe, expect, it } from 'vitest';
import {
	csvSafeText,
	fromCsvSafeText,
	numberText,
	outcomeChecksum,
	outcomeSheetColumns,
	parseSheetRow,
	readOutcomeSheet,
	readYesNo,
	sheetMessages,
	sortSheetErrors,
	templateRow,
	type SheetCell,
	type SheetRow,
	type TemplateRowSource
} from './outcome-sheet';
import { outcomeMessages, parseOutcome, sameOutcome, type Outcome, type OutcomeIndicator } from './outcome';

const share: OutcomeIndicator = { kind: 'share', unit: '%', genderSplit: true };
const count: OutcomeIndicator = { kind: 'count', unit: 'st', genderSplit: false };
const index: OutcomeIndicator = { kind: 'index', unit: 'index', genderSplit: false };
const amount: OutcomeIndicator = { kind: 'amount', unit: 'tkr', genderSplit: false };

const headers = outcomeSheetColumns.map((c) => c.header);

/** A header and rows given as objects by header; columns not named are empty. */
function sheet(rows: Record<string, SheetCell>[], header: string[] = headers): SheetCell[][] {
	return [header, ...rows.map((r) => header.map((h) => r[h] ?? null))];
}

function outcome(input: Parameters<typeof parseOutcome>[0], indicator: OutcomeIndicator): Outcome {
	const parsed = parseOutcome(input, indicator);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.outcome;
}

function only(rows: SheetRow[]): SheetRow {
	expect(rows).toHaveLength(1);
	return rows[0];
}

describe('the template columns', () => {
	it('keeps the identifying columns at the left, then the context, the entry columns and the checksum', () => {
		expect(headers).toEqual([
			'Indikator-id',
			'Enhet (id)',
			'Period',
			'Version',
			'Organisation',
			'Mål',
			'Indikator',
			'Måttenhet',
			'Periodicitet',
			'Årsmål',
			'KF:s årsmål',
			'Utfall',
			'Täljare',
			'Nämnare',
			'Antal svarande',
			'Kvinnor: utfall',
			'Kvinnor: täljare',
			'Kvinnor: nämnare',
			'Kvinnor: antal svarande',
			'Män: utfall',
			'Män: täljare',
			'Män: nämnare',
			'Män: antal svarande',
			'Mäts inte (ja/nej)',
			'Kommentar',
			'Kontroll'
		]);
	});

	it('greys the columns a kind does not use, and kvinnor/män without a gender split', () => {
		const row = (outcomeIndicator: OutcomeIndicator) => templateRow({ ...source, outcomeIndicator, outcome: null });
		// A share uses utfall, täljare, nämnare in all three parts: only the respondents are unused.
		expect([...row(share).unused].sort()).toEqual(['men.respondents', 'respondents', 'women.respondents']);
		// A count without gender split uses only the total's utfall: the other 11 part columns are unused.
		const countUnused = row(count).unused;
		expect(countUnused.size).toBe(11);
		expect(countUnused.has('value')).toBe(false);
		expect(countUnused.has('women.value')).toBe(true);
		expect(row(index).unused.has('respondents')).toBe(false);
	});
});

const source: TemplateRowSource = {
	indicatorId: 12,
	organisationId: 7,
	period: 'T1',
	version: 0,
	organisation: 'Familjeenheten',
	goal: '1.4 Stöd ges i tid',
	indicator: 'Andel utredningar som avslutas i tid',
	unit: '%',
	periodicity: 'Tertial',
	annualTarget: '82 %',
	councilTarget: '80 %',
	outcomeIndicator: share,
	outcome: null
};

describe('reading a sheet', () => {
	it('reads ids, period, version and entries, numbers as real numbers or Swedish text, in any column order', () => {
		// Columns moved around and one of the user's own added: matched by header text.
		const header = ['Kommentar', 'Utfall', 'Mina anteckningar', 'Indikator-id', 'Period', 'Enhet (id)', 'Version', 'Täljare', 'Nämnare'];
		const read = readOutcomeSheet(
			sheet(
				[
					{ 'Indikator-id': 12, 'Enhet (id)': '7', Period: 't1', Version: 3, Täljare: 41, Nämnare: '50', Kommentar: ' Två ärenden drog ut på tiden. ' },
					{},
					{ 'Indikator-id': '13', 'Enhet (id)': 7, Period: 'T1', Version: null, Utfall: '21 024', 'Mina anteckningar': 'kolla' }
				],
				header
			)
		);
		expect(read.errors).toEqual([]);
		expect(read.rows).toEqual([
			{ row: 2, indicatorId: 12, organisationId: 7, period: 'T1', version: 3, checksum: null, entries: { comment: 'Två ärenden drog ut på tiden.', value: '', numerator: '41', denominator: '50' } },
			// Row 3 is empty and skipped; an empty version is 0 (nothing was stored at export).
			{ row: 4, indicatorId: 13, organisationId: 7, period: 'T1', version: 0, checksum: null, entries: { comment: '', value: '21 024', numerator: '', denominator: '' } }
		]);
	});

	it('names every missing required column at row 1, and a column given twice', () => {
		const read = readOutcomeSheet([['Indikator-id', 'Period', 'Period', 'Kommentar']]);
		expect(read.rows).toEqual([]);
		expect(read.errors).toEqual([
			{ row: 1, column: 'Period', reason: sheetMessages.duplicateColumn },
			{ row: 1, column: 'Enhet (id)', reason: sheetMessages.missingColumn },
			{ row: 1, column: 'Version', reason: sheetMessages.missingColumn },
			{ row: 1, column: 'Utfall', reason: sheetMessages.missingColumn }
		]);
	});

	it('matches headers whatever their case and spacing', () => {
		const read = readOutcomeSheet([
			['  indikator-ID', 'ENHET (ID)', 'period', 'version', 'utfall', 'Mäts\u00a0inte'],
			[1, 2, 'VB', 1, '', 'ja']
		]);
		expect(read.errors).toEqual([]);
		expect(only(read.rows).entries).toEqual({ value: '', notMeasured: 'ja' });
	});

	it('reports every bad cell of every row, and leaves those rows out', () => {
		const date = new Date(Date.UTC(2026, 4, 5));
		const read = readOutcomeSheet(
			sheet([
				{ 'Indikator-id': 'abc', 'Enhet (id)': 7, Period: 'T4', Version: -1, 'Mäts inte (ja/nej)': 'kanske' },
				{ 'Indikator-id': 12, 'Enhet (id)': 7, Period: 'T1', Version: 1, Utfall: '82' },
				{ 'Indikator-id': 13, 'Enhet (id)': 2.5, Period: 'T1', Version: 0, Täljare: date, Nämnare: true },
				{ 'Indikator-id': 12, 'Enhet (id)': 7, Period: 'T1', Version: 1, Utfall: '83' }
			])
		);
		expect(read.errors).toEqual([
			{ row: 2, column: 'Indikator-id', reason: sheetMessages.indicatorId },
			{ row: 2, column: 'Period', reason: sheetMessages.period },
			{ row: 2, column: 'Version', reason: sheetMessages.version },
			{ row: 2, column: 'Mäts inte (ja/nej)', reason: sheetMessages.yesNo },
			{ row: 4, column: 'Enhet (id)', reason: sheetMessages.organisationId },
			{ row: 4, column: 'Täljare', reason: sheetMessages.dateNotNumber },
			{ row: 4, column: 'Nämnare', reason: sheetMessages.notANumber },
			{ row: 5, column: 'Indikator-id', reason: sheetMessages.duplicateRow(3) }
		]);
		expect(read.rows.map((r) => r.row)).toEqual([3]);
	});

	it('says so when there are no rows under the header', () => {
		expect(readOutcomeSheet(sheet([{}, {}])).errors).toEqual([{ row: 2, column: '', reason: sheetMessages.noRows }]);
	});

	it('reads ja/nej in the ways people write it', () => {
		expect([readYesNo('Ja'), readYesNo(' x '), readYesNo(true), readYesNo('SANT')]).toEqual([true, true, true, true]);
		expect([readYesNo('nej'), readYesNo(''), readYesNo(null), readYesNo(false), readYesNo('N')]).toEqual([false, false, false, false, false]);
		expect(readYesNo('kanske')).toBeNull();
	});
});

function row(entries: SheetRow['entries'], extra: Partial<SheetRow> = {}): SheetRow {
	return { row: 5, indicatorId: 12, organisationId: 7, period: 'T1', version: 0, checksum: null, entries, ...extra };
}

describe('a row\'s figures', () => {
	it('reads a share from täljare and nämnare, with kvinnor and män', () => {
		const parsed = parseSheetRow(
			row({ value: '', numerator: '41', denominator: '50', 'women.numerator': '22', 'women.denominator': '25', 'men.numerator': '19', 'men.denominator': '25', notMeasured: 'nej', comment: '' }),
			share,
			null
		);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
		// 41/50 = 82 %, kvinnor 22/25 = 88 %, män 19/25 = 76 %.
		expect(parsed.outcome).toMatchObject({ status: 'reported', value: 82, numerator: 41, denominator: 50 });
		expect(parsed.outcome.women?.value).toBe(88);
		expect(parsed.outcome.men?.value).toBe(76);
	});

	it('names the column of every error: the figures (parseOutcome), and values in columns the indicator does not use', () => {
		const parsed = parseSheetRow(
			row({ numerator: '60', denominator: '50', respondents: '12', 'women.value': 'många' }),
			share,
			null
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(sortSheetErrors(parsed.errors)).toEqual([
			{ row: 5, column: 'Täljare', reason: outcomeMessages.numeratorAboveDenominator },
			{ row: 5, column: 'Antal svarande', reason: sheetMessages.unusedColumn('en andel') },
			{ row: 5, column: 'Kvinnor: utfall', reason: outcomeMessages.notANumber }
		]);
		const noSplit = parseSheetRow(row({ value: '12', 'men.value': '5' }), count, null);
		expect(noSplit).toEqual({ ok: false, errors: [{ row: 5, column: 'Män: utfall', reason: sheetMessages.noGenderSplit }] });
		const notMeasured = parseSheetRow(row({ value: '12', notMeasured: 'ja' }), count, null);
		expect(notMeasured).toEqual({ ok: false, errors: [{ row: 5, column: 'Mäts inte (ja/nej)', reason: outcomeMessages.notMeasuredWithFigures }] });
	});

	it('keeps what is stored for an entry column the file does not have', () => {
		const stored = outcome({ value: '12', comment: 'Från mötet i april' }, count);
		// The file has only Utfall: the comment stays.
		const parsed = parseSheetRow(row({ value: '14' }), count, stored);
		expect(parsed.ok && parsed.outcome).toMatchObject({ value: 14, comment: 'Från mötet i april' });
		// An empty Kommentar cell in a file that has the column clears it.
		const cleared = parseSheetRow(row({ value: '14', comment: '' }), count, stored);
		expect(cleared.ok && cleared.outcome.comment).toBeNull();
	});
});

describe('a template row reads back as the stored outcome', () => {
	/** The template row's cells as a sheet, with its figures as real numbers the way an XLSX carries them. */
	function roundTrip(stored: Outcome, indicator: OutcomeIndicator, asNumbers: boolean) {
		const template = templateRow({ ...source, outcomeIndicator: indicator, outcome: stored, version: 4 });
		const cells = headers.map((h) => {
			const value = template.cells[outcomeSheetColumns.find((c) => c.header === h)!.key];
			const n = typeof value === 'string' && /^-?\d+(,\d+)?$/.test(value) ? Number(value.replace(',', '.')) : null;
			return asNumbers && n !== null ? n : value;
		});
		const read = readOutcomeSheet([headers, cells]);
		expect(read.errors).toEqual([]);
		const sheetRow = only(read.rows);
		expect(sheetRow).toMatchObject({ indicatorId: 12, organisationId: 7, period: 'T1', version: 4 });
		const parsed = parseSheetRow(sheetRow, indicator, null);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
		expect(sameOutcome(parsed.outcome, stored)).toBe(true);
		expect(sheetRow.checksum).toBe(outcomeChecksum(parsed.outcome));
	}

	const cases: [string, Outcome, OutcomeIndicator][] = [
		['a share from counts, with kvinnor and män', outcome({ numerator: '47', denominator: '200', women: { numerator: '30', denominator: '120' }, men: { numerator: '17', denominator: '80' } }, share), share],
		['a share whose total comes from kvinnor and män', outcome({ women: { numerator: '3', denominator: '7' }, men: { numerator: '2', denominator: '9' } }, share), share],
		['a share entered as a percentage', outcome({ value: '23,5 %' }, share), share],
		['a count with thousands', outcome({ value: '21 024' }, count), count],
		['an index with respondents', outcome({ value: '83,5', respondents: '120' }, index), index],
		['a negative amount', outcome({ value: '-1 400,25', comment: '=inte en formel' }, amount), amount],
		['not measured, with a comment', outcome({ notMeasured: true, comment: 'Enkäten görs vartannat år' }, count), count]
	];
	for (const [name, stored, indicator] of cases) {
		it(`${name}, as text and as numbers`, () => {
			roundTrip(stored, indicator, false);
			roundTrip(stored, indicator, true);
		});
	}

	it('writes ja/nej, the version and the ids', () => {
		const template = templateRow({ ...source, version: 3, outcome: outcome({ notMeasured: true }, share) });
		expect(template.cells).toMatchObject({ indicatorId: 12, organisationId: 7, period: 'T1', version: 3, notMeasured: 'ja', value: '', annualTarget: '82 %' });
		expect(templateRow(source).cells.notMeasured).toBe('nej');
	});
});

describe('the checksum', () => {
	it('is the same for the same outcome however it was written, and differs when anything differs', () => {
		const a = outcome({ value: '5,5', comment: 'ok' }, count);
		const b = outcome({ value: '5.50', comment: ' ok ' }, count);
		expect(outcomeChecksum(a)).toBe(outcomeChecksum(b));
		expect(outcomeChecksum(a)).toMatch(/^k[0-9a-f]{8}$/);
		expect(outcomeChecksum(outcome({ value: '5,5', comment: 'ok!' }, count))).not.toBe(outcomeChecksum(a));
		expect(outcomeChecksum(outcome({ value: '5,6', comment: 'ok' }, count))).not.toBe(outcomeChecksum(a));
		expect(outcomeChecksum(outcome({ notMeasured: true, comment: 'ok' }, count))).not.toBe(outcomeChecksum(outcome({ comment: 'ok' }, count)));
	});
});

describe('cells as text', () => {
	it('writes numbers in Swedish without thousands spaces or exponents', () => {
		expect([numberText(5.5), numberText(21024), numberText(-1400), numberText(1e-7), numberText(0.1 + 0.2)]).toEqual([
			'5,5',
			'21024',
			'-1400',
			'0,0000001',
			'0,30000000000000004'
		]);
	});

	it('keeps a text starting like a formula from running in Excel, and reads it back as it was', () => {
		for (const text of ['=SUMMA(A1)', '+46 8 123', '-minus', '@hem', 'vanlig text', "'citat"]) {
			expect(fromCsvSafeText(csvSafeText(text))).toBe(text);
		}
		expect(csvSafeText('=SUMMA(A1)')).toBe("'=SUMMA(A1)");
		expect(csvSafeText('vanlig text')).toBe('vanlig text');
	});
});
