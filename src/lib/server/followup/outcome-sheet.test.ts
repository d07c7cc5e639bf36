import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import writeXlsxFile from 'write-excel-file/node';
import readXlsxFile from 'read-excel-file/node';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { changeLog, indicatorOutcomes, plans } from '../db/schema';
import { createCommittee, createMunicipality, createUnit, setIndicatorTarget } from '../testing/factories';
import { createFollowupFramework, enterOutcome } from '../testing/followup-factories';
import { exportOutcomeTemplate } from './export-outcome-template';
import { importMessages, importOutcomes, type ImportOutcomesResult } from './import-outcomes';
import { maxSheetBytes, maxUnpackedBytes, readSheetFile, sheetFileMessages } from './outcome-sheet-file';
import { zipSync } from 'fflate';
import { outcomeRefusals, saveOutcome } from './save-outcome';
import { storedOutcome } from './outcome-row';
import type { Actor } from '../../domain/access/policy';
import { outcomeMessages, sameOutcome } from '../../domain/followup/outcome';
import { outcomeSheetColumns, parseSheetRow, readOutcomeSheet, sheetMessages, type SheetCell } from '../../domain/followup/outcome-sheet';
import type { ReportPeriod } from '../../domain/followup/report-periods';

const fixtures = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures');
const headers = outcomeSheetColumns.map((c) => c.header);
const col = (header: string) => headers.indexOf(header);

describe.each(testDrivers)('outcomes as spreadsheets (%s)', (driver) => {
	let database: Database;
	let db: Database['db'];
	let dir: string;
	let n = 0;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
		db = database.db;
		dir = mkdtempSync(path.join(tmpdir(), 'verksam-sheet-'));
	});
	afterAll(async () => {
		await database?.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	/**
	 * Teststad → Norra nämnden → Familjeenheten, Vuxenenheten (the follow-up framework: a KF share,
	 * tertial, gender split, Årsmål 82 % and 75 %; the committee's count "Antal hembesök", halvår,
	 * Familjeenheten's only; Familjeenheten's own index, år), and Södra nämnden → Södra enheten
	 * holding the KF share too.
	 */
	async function city() {
		n += 1;
		const municipality = await createMunicipality(db, { name: 'Teststad', slug: `sheet-stad-${n}` });
		const committee = await createCommittee(db, municipality, { name: 'Norra nämnden', slug: `sheet-norra-${n}` });
		const unit = await createUnit(db, committee, { name: 'Familjeenheten', slug: `sheet-familj-${n}` });
		const otherUnit = await createUnit(db, committee, { name: 'Vuxenenheten', slug: `sheet-vuxen-${n}` });
		const south = await createCommittee(db, municipality, { name: 'Södra nämnden', slug: `sheet-sodra-${n}` });
		const outside = await createUnit(db, south, { name: 'Södra enheten', slug: `sheet-sodra-enheten-${n}` });
		const framework = await createFollowupFramework(db, { municipality, committee, unit, otherUnit }, 2026);
		await setIndicatorTarget(db, framework.share, outside, 70);
		const editor: Actor = { userId: 1, grants: [{ organisationId: committee.id, path: [municipality.id, committee.id], role: 'editor' }] };
		const ids = {
			share: framework.share.id,
			visits: framework.visits.id,
			satisfaction: framework.satisfaction.id,
			familj: unit.id,
			vuxen: otherUnit.id,
			utanfor: outside.id
		};
		return { municipality, committee, unit, otherUnit, outside, editor, ids, ...framework };
	}

	/** A committed fixture with the test's ids put in, byte for byte (latin1 keeps every byte as it is). */
	function fixture(name: string, ids: Record<string, number>): Uint8Array {
		const text = readFileSync(path.join(fixtures, name)).toString('latin1');
		return Buffer.from(text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(ids[key])), 'latin1');
	}

	/** Writes a file to the temp dir and reads it back, as an upload would carry it. */
	function throughDisk(name: string, body: Buffer | string): Uint8Array {
		const file = path.join(dir, `${n}-${name}`);
		writeFileSync(file, body);
		return readFileSync(file);
	}

	/** Opens an XLSX with the library, changes cells by header, and saves it again, as a person would in Excel. */
	async function editXlsx(bytes: Uint8Array, edit: (rows: SheetCell[][]) => void): Promise<Uint8Array> {
		const [sheet] = await readXlsxFile(Buffer.from(bytes));
		const rows = sheet.data as SheetCell[][];
		edit(rows);
		const buffer = await writeXlsxFile(rows.map((r) => r.map((value) => (value === null || value === undefined ? null : (value as string | number))))).toBuffer();
		return throughDisk('edited.xlsx', buffer);
	}

	function rowOf(rows: SheetCell[][], indicatorId: number, unitId: number): SheetCell[] {
		const row = rows.find((r) => r[col('Indikator-id')] === indicatorId && r[col('Enhet (id)')] === unitId);
		if (!row) throw new Error(`no row for ${indicatorId}/${unitId}`);
		return row;
	}

	async function exportFile(c: Awaited<ReturnType<typeof city>>, period: ReportPeriod, format: 'xlsx' | 'csv', slug = c.committee.slug, actor = c.editor) {
		const file = await exportOutcomeTemplate(db, { slug, year: 2026, period, format, actor });
		return { ...file, bytes: throughDisk(file.fileName, file.body) };
	}

	const importFile = (c: Awaited<ReturnType<typeof city>>, period: ReportPeriod, file: Uint8Array, slug = c.committee.slug) =>
		importOutcomes(db, { slug, year: 2026, period, actor: c.editor, file });

	const outcomesOf = (c: Awaited<ReturnType<typeof city>>) =>
		db.select().from(indicatorOutcomes).where(inArray(indicatorOutcomes.organisationId, [c.unit.id, c.otherUnit.id, c.outside.id]));

	const logged = (c: Awaited<ReturnType<typeof city>>) =>
		db
			.select()
			.from(changeLog)
			.where(and(eq(changeLog.tableName, 'indicator_outcomes'), inArray(changeLog.organisationId, [c.unit.id, c.otherUnit.id, c.outside.id])));

	function imported(result: ImportOutcomesResult) {
		if (result.kind !== 'imported') throw new Error(`expected an import, got ${JSON.stringify(result)}`);
		return result;
	}

	it('exports one row per unit and indicator reported in the period, pre-filled, and the file reads back as stored', async () => {
		const c = await city();
		await enterOutcome(db, {
			indicator: c.share,
			organisation: c.unit,
			period: 'T2',
			fields: { numerator: '47', denominator: '200', women: { numerator: '30', denominator: '120' }, men: { numerator: '17', denominator: '80' }, comment: 'Halvårets siffror' }
		});
		await enterOutcome(db, { indicator: c.visits, organisation: c.unit, period: 'T2', fields: { value: '21 024' } });
		await enterOutcome(db, { indicator: c.share, organisation: c.otherUnit, period: 'T2', fields: { notMeasured: true, comment: 'Ny rutin' } });

		for (const format of ['xlsx', 'csv'] as const) {
			const file = await exportFile(c, 'T2', format);
			expect(file.fileName).toBe(`Utfall T2 2026 Norra nämnden.${format}`);
			const read = await readSheetFile(file.bytes);
			if (!read.ok) throw new Error(read.message);
			expect(read.format).toBe(format);
			expect(read.cells[0]).toEqual(headers);
			const sheet = readOutcomeSheet(read.cells);
			expect(sheet.errors).toEqual([]);
			// T2 asks for the tertial share and the half-year count: Familjeenheten holds both, Vuxenenheten the share; Södra enheten is another committee's.
			expect(sheet.rows.map((r) => [r.indicatorId, r.organisationId, r.version])).toEqual([
				[c.share.id, c.unit.id, 1],
				[c.visits.id, c.unit.id, 1],
				[c.share.id, c.otherUnit.id, 1]
			]);
			const context = read.cells[1].slice(col('Organisation'), col('KF:s årsmål') + 1);
			expect(context).toEqual(['Familjeenheten', '1.4 Stöd ges i tid', 'Andel utredningar som avslutas i tid', '%', 'Tertial', '82\u00a0%', '80\u00a0%']);
			const stored = await outcomesOf(c);
			for (const row of sheet.rows) {
				const storedRow = stored.find((s) => s.indicatorId === row.indicatorId && s.organisationId === row.organisationId && s.period === 'T2')!;
				const indicator = row.indicatorId === c.share.id ? { kind: 'share' as const, unit: '%', genderSplit: true } : { kind: 'count' as const, unit: 'st', genderSplit: false };
				const parsed = parseSheetRow(row, indicator, null);
				if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
				expect(sameOutcome(parsed.outcome, storedOutcome(storedRow).outcome)).toBe(true);
			}
		}
	});

	it('writes the CSV in the Swedish Excel dialect: byte order mark, semicolons, decimal comma, CRLF', async () => {
		const c = await city();
		await enterOutcome(db, { indicator: c.share, organisation: c.unit, period: 'T1', fields: { value: '23,5', comment: '=HYPERLÄNK("x")' } });
		const file = await exportFile(c, 'T1', 'csv');
		expect(file.contentType).toBe('text/csv; charset=utf-8');
		const text = Buffer.from(file.bytes).toString('utf8');
		expect(text.startsWith('\ufeffIndikator-id;Enhet (id);Period;Version;')).toBe(true);
		const lines = text.split('\r\n');
		// Header, Familjeenheten's and Vuxenenheten's share (T1 asks only for the tertial indicator), and the last CRLF.
		expect(lines).toHaveLength(4);
		expect(lines[1]).toContain(';23,5;');
		// A comment that starts like a formula is kept from running.
		expect(lines[1]).toContain(`;"'=HYPERLÄNK(""x"")";`);
	});

	it('exports for a unit only its own rows, and a committee\'s file only the units the reader may read', async () => {
		const c = await city();
		const own = await exportFile(c, 'T2', 'csv', c.unit.slug);
		const unitRows = readOutcomeSheet((await readSheetFile(own.bytes) as { cells: SheetCell[][] }).cells).rows;
		expect(unitRows.map((r) => r.organisationId)).toEqual([c.unit.id, c.unit.id]);
		expect(own.fileName).toBe('Utfall T2 2026 Familjeenheten.csv');
		// Familjeenheten's editor reads the committee's pages, but not Vuxenenheten's report.
		const unitEditor: Actor = { userId: 2, grants: [{ organisationId: c.unit.id, path: [c.municipality.id, c.committee.id, c.unit.id], role: 'editor' }] };
		const committeeFile = await exportFile(c, 'T2', 'csv', c.committee.slug, unitEditor);
		const rows = readOutcomeSheet((await readSheetFile(committeeFile.bytes) as { cells: SheetCell[][] }).cells).rows;
		expect(new Set(rows.map((r) => r.organisationId))).toEqual(new Set([c.unit.id]));
	});

	it('imports a filled-in XLSX: stores the values, counts changed and unchanged', async () => {
		const c = await city();
		await enterOutcome(db, { indicator: c.share, organisation: c.otherUnit, period: 'T2', fields: { value: '70' } });
		const file = await exportFile(c, 'T2', 'xlsx');
		const filled = await editXlsx(file.bytes, (rows) => {
			const share = rowOf(rows, c.share.id, c.unit.id);
			share[col('Täljare')] = 41;
			share[col('Nämnare')] = 50;
			share[col('Kvinnor: täljare')] = '22';
			share[col('Kvinnor: nämnare')] = '25';
			share[col('Män: täljare')] = 19;
			share[col('Män: nämnare')] = 25;
			share[col('Kommentar')] = 'Två utredningar drog ut på tiden.';
			rowOf(rows, c.visits.id, c.unit.id)[col('Utfall')] = '1 024';
		});
		const result = imported(await importFile(c, 'T2', filled));
		// Two rows changed; Vuxenenheten's 70 % was left as exported.
		expect(result).toEqual({ kind: 'imported', changed: 2, unchanged: 1, keptNewer: 0 });
		const stored = await outcomesOf(c);
		const share = stored.find((s) => s.indicatorId === c.share.id && s.organisationId === c.unit.id)!;
		// 41/50 = 82 %, kvinnor 22/25 = 88 %, män 19/25 = 76 %.
		expect(share).toMatchObject({ period: 'T2', status: 'reported', value: 82, numerator: 41, denominator: 50, womenValue: 88, menValue: 76, comment: 'Två utredningar drog ut på tiden.', version: 1 });
		expect(stored.find((s) => s.indicatorId === c.visits.id)).toMatchObject({ value: 1024, version: 1 });
		expect(stored.find((s) => s.organisationId === c.otherUnit.id)).toMatchObject({ value: 70, version: 1 });
	});

	it('importing the same file again changes nothing: no new versions, no history lines', async () => {
		const c = await city();
		const file = fixture('utfall-t2-excel.csv', c.ids);
		expect(imported(await importFile(c, 'T2', file))).toMatchObject({ changed: 3, unchanged: 0 });
		const before = { outcomes: await outcomesOf(c), log: (await logged(c)).length };
		expect(before.log).toBe(3);
		expect(imported(await importFile(c, 'T2', file))).toEqual({ kind: 'imported', changed: 0, unchanged: 3, keptNewer: 0 });
		expect(await outcomesOf(c)).toEqual(before.outcomes);
		expect((await logged(c)).length).toBe(3);
		// An exported file imported untouched changes nothing either.
		const exported = await exportFile(c, 'T2', 'xlsx');
		expect(imported(await importFile(c, 'T2', exported.bytes))).toEqual({ kind: 'imported', changed: 0, unchanged: 3, keptNewer: 0 });
		expect((await logged(c)).length).toBe(3);
	});

	it('reads a CSV as Swedish Excel saves it (hand-made): semicolons, decimal comma, quoted texts, columns in another order', async () => {
		const c = await city();
		imported(await importFile(c, 'T2', fixture('utfall-t2-excel.csv', c.ids)));
		const stored = await outcomesOf(c);
		const share = stored.find((s) => s.indicatorId === c.share.id && s.organisationId === c.unit.id)!;
		// "82,0" agrees with 41/50 = 82 %; kvinnor 22/25 = 88 %, män 19/25 = 76 %.
		expect(share).toMatchObject({ value: 82, numerator: 41, denominator: 50, womenValue: 88, menValue: 76, comment: 'Två utredningar drog ut på tiden; båda är nu klara.' });
		expect(stored.find((s) => s.indicatorId === c.visits.id)).toMatchObject({ value: 1024 });
		expect(stored.find((s) => s.organisationId === c.otherUnit.id)).toMatchObject({ status: 'notMeasured', value: null, comment: 'Mäts inte i år:\r\nny rutin från september' });
	});

	it('reads a CSV saved in Windows-1252 (Excel\'s "CSV (semikolonavgränsad)")', async () => {
		const c = await city();
		expect(imported(await importFile(c, 'T2', fixture('utfall-t2-ansi.csv', c.ids)))).toMatchObject({ changed: 2 });
		const stored = await outcomesOf(c);
		expect(stored.find((s) => s.indicatorId === c.visits.id)).toMatchObject({ value: 130, comment: 'Fler besök än väntat – två nya familjer' });
		// 47/200 = 23,5 %.
		expect(stored.find((s) => s.indicatorId === c.share.id)).toMatchObject({ value: 23.5, numerator: 47, denominator: 200 });
	});

	it('reports every bad row with row, column and reason, and writes nothing', async () => {
		const c = await city();
		await enterOutcome(db, { indicator: c.share, organisation: c.otherUnit, period: 'T2', fields: { value: '60' } });
		const logBefore = (await logged(c)).length;
		const outcomesBefore = await outcomesOf(c);
		const result = await importFile(c, 'T2', fixture('utfall-t2-fel.csv', c.ids));
		expect(result).toEqual({
			kind: 'invalid',
			errors: [
				{ row: 2, column: 'Täljare', reason: outcomeMessages.numeratorAboveDenominator },
				{ row: 3, column: 'Utfall', reason: outcomeMessages.notANumber },
				{ row: 4, column: 'Indikator-id', reason: outcomeRefusals.notInPlan },
				{ row: 5, column: 'Enhet (id)', reason: importMessages.notBelow('Norra nämnden') },
				{ row: 6, column: 'Period', reason: importMessages.otherPeriod('T1', 'Tertialrapport 2 2026') },
				{ row: 7, column: 'Indikator-id', reason: 'Indikatorn redovisas inte i Tertialrapport 2 2026 (periodicitet År).' },
				{ row: 8, column: 'Mäts inte (ja/nej)', reason: sheetMessages.yesNo }
			]
		});
		expect(await outcomesOf(c)).toEqual(outcomesBefore);
		expect((await logged(c)).length).toBe(logBefore);
	});

	it('writes nothing when one row among good ones is bad', async () => {
		const c = await city();
		const file = await exportFile(c, 'T2', 'xlsx');
		const filled = await editXlsx(file.bytes, (rows) => {
			rowOf(rows, c.visits.id, c.unit.id)[col('Utfall')] = 12;
			rowOf(rows, c.share.id, c.otherUnit.id)[col('Utfall')] = '120 %';
		});
		expect(await importFile(c, 'T2', filled)).toEqual({ kind: 'invalid', errors: [{ row: 4, column: 'Utfall', reason: outcomeMessages.shareRange }] });
		expect(await outcomesOf(c)).toEqual([]);
	});

	it('refuses rows for a unit whose report is inlämnad, for a unit outside the organisation, and an indicator the unit does not hold', async () => {
		const c = await city();
		await db.insert(plans).values({ organisationId: c.unit.id, year: 2026, kind: 'tertialrapport-2', status: 'submitted' });
		const file = await exportFile(c, 'T2', 'xlsx');
		const filled = await editXlsx(file.bytes, (rows) => {
			rowOf(rows, c.visits.id, c.unit.id)[col('Utfall')] = 12;
			rowOf(rows, c.share.id, c.otherUnit.id)[col('Utfall')] = 50;
			// Two rows of the user's own making: Södra enheten (another committee's) and Vuxenenheten's count, which it does not hold.
			rows.push(rows[3].map((cell, i) => (i === col('Enhet (id)') ? c.outside.id : cell)));
			rows.push(rows[2].map((cell, i) => (i === col('Enhet (id)') ? c.otherUnit.id : cell)));
		});
		const result = await importFile(c, 'T2', filled);
		const inlamnad = importMessages.mayNotEdit('Tertialrapport 2 2026', 'Familjeenheten', 'Inlämnad');
		expect(result).toEqual({
			kind: 'invalid',
			errors: [
				// Row 2, Familjeenheten's share, is as exported: it changes nothing and needs no right to edit.
				{ row: 3, column: 'Enhet (id)', reason: inlamnad },
				{ row: 5, column: 'Enhet (id)', reason: importMessages.notBelow('Norra nämnden') },
				{ row: 6, column: 'Indikator-id', reason: outcomeRefusals.notInPlan }
			]
		});
		expect(await outcomesOf(c)).toEqual([]);
		// On Familjeenheten's own page a file for the committee's other unit is refused too.
		const own = await importFile(c, 'T2', fixture('utfall-t2-excel.csv', c.ids), c.unit.slug);
		expect(own.kind === 'invalid' && own.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
			[2, 'Enhet (id)', importMessages.mayNotEdit('Tertialrapport 2 2026', 'Familjeenheten', 'Inlämnad')],
			[3, 'Enhet (id)', importMessages.mayNotEdit('Tertialrapport 2 2026', 'Familjeenheten', 'Inlämnad')],
			[4, 'Enhet (id)', importMessages.notBelow('Familjeenheten')]
		]);
	});

	it('refuses a row changed in the file that someone saved in Verksam since the export; keeps theirs for rows left as exported', async () => {
		const c = await city();
		await enterOutcome(db, { indicator: c.share, organisation: c.unit, period: 'T2', fields: { value: '70' } });
		await enterOutcome(db, { indicator: c.share, organisation: c.otherUnit, period: 'T2', fields: { value: '60' } });
		const file = await exportFile(c, 'T2', 'xlsx');
		// After the export, someone saves both units' shares in Verksam (version 1 → 2).
		for (const [unit, value] of [[c.unit, '71'], [c.otherUnit, '61']] as const) {
			const saved = await saveOutcome(db, { indicatorId: c.share.id, organisationId: unit.id, year: 2026, period: 'T2', version: 1, fields: { value } });
			expect(saved.ok).toBe(true);
		}
		const stale = await editXlsx(file.bytes, (rows) => {
			rowOf(rows, c.share.id, c.unit.id)[col('Utfall')] = '75';
		});
		expect(await importFile(c, 'T2', stale)).toEqual({ kind: 'invalid', errors: [{ row: 2, column: 'Version', reason: importMessages.stale }] });

		// Changing only the count: the two shares were left as exported, so Verksam's newer values stay.
		const other = await editXlsx(file.bytes, (rows) => {
			rowOf(rows, c.visits.id, c.unit.id)[col('Utfall')] = 9;
		});
		expect(imported(await importFile(c, 'T2', other))).toEqual({ kind: 'imported', changed: 1, unchanged: 0, keptNewer: 2 });
		const stored = await outcomesOf(c);
		expect(stored.filter((s) => s.indicatorId === c.share.id).map((s) => [s.value, s.version])).toEqual([[71, 2], [61, 2]]);

		// Without the Kontroll column (a CSV typed by hand) a stale row that differs is an error, as is the rule.
		const csv = Buffer.from(`Indikator-id;Enhet (id);Period;Version;Utfall\r\n${c.share.id};${c.otherUnit.id};T2;1;60\r\n`, 'utf8');
		expect(await importFile(c, 'T2', csv)).toEqual({ kind: 'invalid', errors: [{ row: 2, column: 'Version', reason: importMessages.stale }] });
		// …and one that says what is stored now is simply unchanged.
		const same = Buffer.from(`Indikator-id;Enhet (id);Period;Version;Utfall\r\n${c.share.id};${c.otherUnit.id};T2;1;61\r\n`, 'utf8');
		expect(imported(await importFile(c, 'T2', same))).toMatchObject({ changed: 0, unchanged: 1 });
	});

	it('keeps the editor\'s override of the fulfilment, and stored values of columns the file leaves out', async () => {
		const c = await city();
		await saveOutcome(db, {
			indicatorId: c.share.id,
			organisationId: c.unit.id, year: 2026,
			period: 'T1',
			version: 0,
			fields: { value: '60', comment: 'Sent i perioden', overrideLevel: 'partly', overrideJustification: 'Tre ärenden flyttades hit.' }
		});
		const csv = Buffer.from(`Indikator-id;Enhet (id);Period;Version;Utfall\r\n${c.share.id};${c.unit.id};T1;1;65\r\n`, 'utf8');
		expect(imported(await importFile(c, 'T1', csv))).toMatchObject({ changed: 1 });
		const [row] = (await outcomesOf(c)).filter((s) => s.period === 'T1');
		expect(row).toMatchObject({ value: 65, comment: 'Sent i perioden', overrideLevel: 'partly', overrideJustification: 'Tre ärenden flyttades hit.', version: 2 });
	});

	it('names missing required columns, and refuses what is not a spreadsheet, decided by content', async () => {
		const c = await city();
		expect(await importFile(c, 'T2', fixture('utfall-saknar-kolumner.csv', c.ids))).toEqual({
			kind: 'invalid',
			errors: [
				{ row: 1, column: 'Version', reason: sheetMessages.missingColumn },
				{ row: 1, column: 'Utfall', reason: sheetMessages.missingColumn }
			]
		});
		// A PDF named .xlsx.
		expect(await importFile(c, 'T2', fixture('inte-ett-kalkylark.xlsx', c.ids))).toEqual({ kind: 'refused', message: sheetFileMessages.notSheet });
		expect(await importFile(c, 'T2', new Uint8Array())).toEqual({ kind: 'refused', message: sheetFileMessages.empty });
		expect(await importFile(c, 'T2', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({ kind: 'refused', message: sheetFileMessages.oldExcel });
		expect(await importFile(c, 'T2', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).toEqual({ kind: 'refused', message: sheetFileMessages.notXlsx });
		const tooLarge = new Uint8Array(maxSheetBytes + 1).fill(0x41);
		// 5 MB + 1 byte = 5,0 MB (rounded to one decimal).
		expect(await importFile(c, 'T2', tooLarge)).toEqual({ kind: 'refused', message: sheetFileMessages.tooLarge(maxSheetBytes + 1) });
		expect(sheetFileMessages.tooLarge(maxSheetBytes + 1)).toContain('(5 MB)');
		expect(await outcomesOf(c)).toEqual([]);
	});
});

describe('a workbook that unpacks to more than it may', () => {
	it('is refused before it is unpacked (a zip bomb), however small the upload', async () => {
		// 101 MB of zeros packs to about 100 kB: far below the 5 MB upload limit, above the 100 MB it may unpack to.
		const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(101 * 1024 * 1024) }, { level: 9 });
		expect(bomb.byteLength).toBeLessThan(maxSheetBytes);
		expect(await readSheetFile(bomb)).toEqual({ ok: false, message: sheetFileMessages.unpacksTooLarge });
		expect(maxUnpackedBytes).toBe(100 * 1024 * 1024);
	});
});
