/**
 * Backup benchmark (not a test): time and file size of `backupDatabase` and `restoreDatabase` for
 * the demo city, then for the demo with many more outcome rows, on PGlite on disk (the default).
 *   npx tsx bench/backup.ts [outcomes] (outcomes: extra indicator_outcomes rows, default 250 000)
 *
 * The larger data: the demo, then `outcomes` rows of indicator_outcomes made in SQL from every
 * (indicator, organisation) pair of the demo and as many synthetic periods as needed, with
 * figures, comments and times; the history triggers add one change_log row for each, as a real
 * save does. Peak RSS is printed: the backup streams, so it should not grow with the data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, migrateDatabase, type Database } from '../src/lib/server/db/client';
import { executeRows } from '../src/lib/server/db/execute-rows';
import { loadDemo } from '../src/lib/server/demo/load-demo';
import { backupDatabase } from '../src/lib/server/backup/backup-database';
import { restoreDatabase } from '../src/lib/server/backup/restore-database';

const extraOutcomes = Number(process.argv[2] ?? 250_000);
const dir = mkdtempSync(path.join(tmpdir(), 'verksam-bench-backup-'));

const serverUrl = process.env.BENCH_DATABASE_URL;

async function fresh(name: string): Promise<Database> {
	let database: Database;
	if (serverUrl) {
		const { default: postgres } = await import('postgres');
		const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
		const databaseName = `bench_backup_${name.replace(/\W/g, '_')}`;
		await admin.unsafe(`drop database if exists ${databaseName} with (force)`);
		await admin.unsafe(`create database ${databaseName}`);
		const url = new URL(serverUrl);
		url.pathname = `/${databaseName}`;
		const opened = await openDatabase({ url: url.toString() });
		database = {
			...opened,
			async close() {
				await opened.close();
				await admin.unsafe(`drop database if exists ${databaseName} with (force)`);
				await admin.end();
			}
		};
	} else {
		database = await openDatabase({ dataDir: path.join(dir, name) });
	}
	await migrateDatabase(database);
	return database;
}

async function totalRows(database: Database): Promise<number> {
	const tables = await executeRows<{ name: string }>(database.db, sql`select tablename as name from pg_tables where schemaname = 'public'`);
	let total = 0;
	for (const { name } of tables) {
		const [{ n }] = await executeRows<{ n: number }>(database.db, sql`select count(*)::int as n from ${sql.identifier(name)}`);
		total += Number(n);
	}
	return total;
}

async function measure(label: string, source: Database): Promise<void> {
	const file = path.join(dir, `${label}.backup.gz`);
	const rows = await totalRows(source);
	let started = performance.now();
	const summary = await backupDatabase(source.db, { file });
	const backupSeconds = (performance.now() - started) / 1000;
	const target = await fresh(`${label}-restored`);
	started = performance.now();
	const result = await restoreDatabase(target.db, { file });
	const restoreSeconds = (performance.now() - started) / 1000;
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	await target.close();
	console.log(
		`${label}: ${rows} rows; backup ${backupSeconds.toFixed(1)} s, ${(summary.bytes / 1e6).toFixed(2)} MB; restore ${restoreSeconds.toFixed(1)} s; peak RSS so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`
	);
}

console.log(serverUrl ? 'PostgreSQL (BENCH_DATABASE_URL)' : `PGlite on disk in ${dir}`);
const source = await fresh('source');
let started = performance.now();
await loadDemo(source.db);
console.log(`demo loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
await measure('demo', source);

started = performance.now();
await source.db.execute(sql`
	with pairs as (
		select i.id as indicator_id, o.id as organisation_id, row_number() over (order by i.id, o.id) - 1 as pair
		from indicators i cross join organisations o
	), sized as (select count(*) as n from pairs)
	insert into indicator_outcomes (indicator_id, organisation_id, period, status, value, numerator, denominator, comment, updated_at)
	select p.indicator_id, p.organisation_id, 'bench-' || (g.k / sized.n), 'reported', (g.k % 997) / 7.0, g.k % 50, 50, 'Utfall ' || g.k || ' – kommentar',
		timestamptz '2026-01-01 08:00:00+01' + g.k * interval '1 second'
	from generate_series(0, ${extraOutcomes - 1}) g(k) cross join sized
	join pairs p on p.pair = g.k % sized.n
`);
console.log(`${extraOutcomes} outcomes added in ${((performance.now() - started) / 1000).toFixed(1)} s`);
await measure(`demo+${extraOutcomes}`, source);
await source.close();
rmSync(dir, { recursive: true, force: true });
