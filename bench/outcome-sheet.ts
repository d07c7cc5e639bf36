/**
 * Outcome spreadsheet benchmark (not a test): a committee with 50 units, each holding the same 100
 * tertial indicators (a mix of shares with kvinnor/män, counts and indexes), so the T1 template
 * has 5 000 rows. Times the use cases directly on an in-memory PGlite (or DATABASE_URL):
 * export as XLSX and CSV, import of the filled-in file (5 000 new outcomes), importing it again,
 * and importing a new filling of a fresh template (5 000 outcomes changed).
 *   npx tsx bench/outcome-sheet.ts [units] [indicators]
 */
import { performance } from 'node:perf_hooks';
import writeXlsxFile from 'write-excel-file/node';
import { openDatabase, migrateDatabase } from '../src/lib/server/db/client';
import { indicatorTargets } from '../src/lib/server/db/schema';
import { createCommittee, createGoal, createIndicator, createMunicipality, createUnit } from '../src/lib/server/testing/factories';
import { exportOutcomeTemplate } from '../src/lib/server/followup/export-outcome-template';
import { importOutcomes } from '../src/lib/server/followup/import-outcomes';
import { readSheetFile } from '../src/lib/server/followup/outcome-sheet-file';
import type { Actor } from '../src/lib/domain/access/policy';
import type { SheetCell } from '../src/lib/domain/followup/outcome-sheet';

const unitCount = Number(process.argv[2] ?? 50);
const indicatorCount = Number(process.argv[3] ?? 100);

const database = await openDatabase(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir: 'memory' });
await migrateDatabase(database);
const db = database.db;

async function timed<T>(label: string, work: () => Promise<T>, describe: (value: T) => string = () => ''): Promise<T> {
	const started = performance.now();
	const value = await work();
	const ms = performance.now() - started;
	console.log(`${label.padEnd(52)} ${ms.toFixed(0).padStart(7)} ms  ${describe(value)}`);
	return value;
}

try {
	const setupStarted = performance.now();
	const municipality = await createMunicipality(db, { name: 'Bänkstad', slug: 'bankstad' });
	const committee = await createCommittee(db, municipality, { name: 'Bänknämnden', slug: 'banknamnden' });
	const units = [];
	for (let i = 1; i <= unitCount; i++) units.push(await createUnit(db, committee, { name: `Enhet ${i}`, slug: `enhet-${i}` }));
	const direction = await createGoal(db, { organisation: municipality, year: 2026, number: '1', title: 'En stad där alla kan växa' });
	const area = await createGoal(db, { organisation: municipality, parent: direction, number: '1.1', title: 'Stöd ges i tid' });
	// Council goals are in a unit's plan above something it works with: the committee's goal.
	await createGoal(db, { organisation: committee, parent: area, number: '1.1.1', title: 'Tidiga insatser' });
	const indicators = [];
	for (let i = 0; i < indicatorCount; i++) {
		const unit = ['%', 'st', 'index'][i % 3];
		indicators.push(
			await createIndicator(db, { goal: area, name: `Indikator ${i + 1}`, unit, periodicity: 'tertial', genderSplit: unit === '%', position: i })
		);
	}
	for (const unit of units) {
		await db.insert(indicatorTargets).values(indicators.map((indicator) => ({ indicatorId: indicator.id, organisationId: unit.id, targetValue: 50 })));
	}
	console.log(`Setup: ${unitCount} units × ${indicatorCount} indicators in ${(performance.now() - setupStarted).toFixed(0)} ms (${database.driver})\n`);

	const actor: Actor = { userId: 1, grants: [{ organisationId: committee.id, path: [municipality.id, committee.id], role: 'editor' }] };
	const request = { slug: committee.slug, year: 2026, period: 'T1' as const, actor };
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

	const xlsx = await timed('export XLSX', () => exportOutcomeTemplate(db, { ...request, format: 'xlsx' }), (f) => `${f.rows} rows, ${kb(f.body.length)}`);
	const csv = await timed('export CSV', () => exportOutcomeTemplate(db, { ...request, format: 'csv' }), (f) => `${f.rows} rows, ${kb(Buffer.byteLength(f.body))}`);

	// Fill in every row: a share by täljare/nämnare, the others by a value (`shift` apart from the first filling).
	const fill = async (template: Buffer, shift: number) => {
		const read = await readSheetFile(template);
		if (!read.ok) throw new Error(read.message);
		const header = read.cells[0];
		const at = (name: string) => header.indexOf(name);
		const filled: SheetCell[][] = read.cells.map((row, i) => {
			if (i === 0) return row;
			const copy = [...row];
			if (copy[at('Måttenhet')] === '%') {
				copy[at('Täljare')] = 10 + ((i + shift) % 30);
				copy[at('Nämnare')] = 50;
			} else {
				copy[at('Utfall')] = 40 + ((i + shift) % 50);
			}
			return copy;
		});
		return writeXlsxFile(filled.map((r) => r.map((v) => (v === null || v === undefined ? null : (v as string | number))))).toBuffer();
	};
	await timed('read the exported XLSX (read-excel-file)', () => readSheetFile(xlsx.body as Buffer));
	const filledXlsx = await fill(xlsx.body as Buffer, 0);

	await timed('import the filled-in XLSX (every row saved)', () => importOutcomes(db, { ...request, file: filledXlsx }), (r) => JSON.stringify(r));
	await timed('import the same XLSX again (nothing changes)', () => importOutcomes(db, { ...request, file: filledXlsx }), (r) => JSON.stringify(r));
	const csvAgain = await timed('export CSV after the import', () => exportOutcomeTemplate(db, { ...request, format: 'csv' }), (f) => `${f.rows} rows, ${kb(Buffer.byteLength(f.body))}`);
	await timed('import that CSV (nothing changes)', () => importOutcomes(db, { ...request, file: Buffer.from(csvAgain.body as string, 'utf8') }), (r) => JSON.stringify(r));
	// Every outcome changed once more, from a fresh template: 5 000 updates.
	const again = await exportOutcomeTemplate(db, { ...request, format: 'xlsx' });
	const changedXlsx = await fill(again.body as Buffer, 1);
	await timed('import a new filling (every row updated)', () => importOutcomes(db, { ...request, file: changedXlsx }), (r) => JSON.stringify(r));
	void csv;
} finally {
	await database.close();
}
