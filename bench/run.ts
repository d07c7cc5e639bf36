/**
 * Scale benchmark (not a test; it prints figures): `npm run bench`.
 *
 * 1. The council's roll-up of all indicators over all units for one period (VB 2026), through
 *    the use case the dashboard calls (loadRollup), p50/p95, beside the same aggregate written
 *    by hand in SQL (the floor), in the same run, on PostgreSQL with `--scale city`.
 * 2. The unit plan page, the committee matrix and the council dashboard under load from wrk
 *    (Debian's package) in a process of its own (50 connections, 30 s each), signed in, against the
 *    built server on that PostgreSQL.
 * 3. The roll-up on PGlite, the embedded default: at `BENCH_PGLITE_SCALE` (town unless set), in
 *    memory, or in `BENCH_PGLITE_DIR`, which keeps a loaded city for the next run (loading a city
 *    into PGlite takes minutes).
 *
 * Uses BENCH_DATABASE_URL if set (the city is loaded there unless it is already), else starts a
 * throw-away cluster as the tests do. Writes bench/results.json.
 * The pages are measured twice: from the page cache, as the server runs, and rendered each time.
 * Options (environment): BENCH_SECONDS (30), BENCH_CONNECTIONS (50), BENCH_ROUNDS (30), BENCH_WARMUP (40 calls first), BENCH_PAGE_WARMUP (5 s of load on each page first, not counted), BENCH_WORKERS (1; more runs the server as `verksam serve --workers N`), BENCH_SKIP_LOAD=1 (no page load),
 * BENCH_ONLY=rollup (only part 1: the roll-up on PostgreSQL) or BENCH_ONLY=pages (only part 2); results.json is then left alone.
 * Beside wall time, the roll-up reports this process's CPU time per call (process.cpuUsage), which
 * a shared machine disturbs less.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import startPostgres from '../tests/global-setup';
import { openDatabase, migrateDatabase, type Database } from '../src/lib/server/db/client';
import { executeRows } from '../src/lib/server/db/execute-rows';
import { loadScaleDemo } from '../src/lib/server/demo/scale/load-scale-demo';
import { scalePresets, type ScalePresetName } from '../src/lib/server/demo/scale/scale-presets';
import { loadRollup } from '../src/lib/server/followup/load-rollup';
import { signInAsDemo, startBuiltServer } from './support/built-server';

const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const rounds = Number(process.env.BENCH_ROUNDS ?? 30);
const warmup = Number(process.env.BENCH_WARMUP ?? 40);
const pageWarmup = Number(process.env.BENCH_PAGE_WARMUP ?? 5);
const workers = Number(process.env.BENCH_WORKERS ?? 1);
const onlyRollup = process.env.BENCH_ONLY === 'rollup';
const onlyPages = process.env.BENCH_ONLY === 'pages';
const pgliteScale = (process.env.BENCH_PGLITE_SCALE ?? 'town') as ScalePresetName;
const year = 2026;
const period = 'VB' as const;
const pages = {
	'unit plan': '/org/familjeenheten/2026',
	'committee matrix': '/org/norrvikens-stadsdelsnamnd/2026/uppfoljning/matris',
	'council dashboard': '/org/exempelstad/2026/uppfoljning'
};

const wrkReport = fileURLToPath(new URL('./support/wrk-report.lua', import.meta.url));
const log = (line: string) => process.stderr.write(`${line}\n`);

function quantiles(times: number[]) {
	const sorted = [...times].sort((a, b) => a - b);
	const at = (q: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1));
	return { p50: at(0.5), p95: at(0.95) };
}

/** Wall time and this process's CPU time (user + system) of each call, in ms. */
async function time(work: () => Promise<unknown>): Promise<{ wall: number[]; cpu: number[] }> {
	// A server answers warm: the first calls compile the code and fill the driver's caches.
	for (let i = 0; i < warmup; i++) await work();
	const wall: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < rounds; i++) {
		const c = process.cpuUsage();
		const t = performance.now();
		await work();
		wall.push(performance.now() - t);
		const used = process.cpuUsage(c);
		cpu.push((used.user + used.system) / 1000);
	}
	return { wall, cpu };
}

/**
 * The same aggregate as the council's roll-up, by hand: the council's indicators of the year
 * (the council follows up its own framework, as loadRollup does) over all units for the period,
 * per indicator and per committee.
 */
function floorQuery() {
	return sql`
		select o.indicator_id, u.parent_id as committee,
			count(*) filter (where o.status = 'reported') as reported,
			count(*) filter (where o.status = 'missing') as missing,
			sum(o.numerator) as numerator, sum(o.denominator) as denominator,
			sum(o.value) as value, sum(o.value * o.respondents) as weighted, sum(o.respondents) as respondents,
			sum(o.women_numerator) as women_numerator, sum(o.women_denominator) as women_denominator,
			sum(o.men_numerator) as men_numerator, sum(o.men_denominator) as men_denominator
		from indicator_outcomes o
		join indicators i on i.id = o.indicator_id
		join goals g on g.id = i.goal_id
		join organisations u on u.id = o.organisation_id
		where g.year = ${year} and o.period = ${period} and i.organisation_id = (select id from organisations where parent_id is null)
		group by grouping sets ((o.indicator_id), (o.indicator_id, u.parent_id))`;
}

async function rollupFigures(database: Database) {
	const useCaseTimes = await time(() => loadRollup(database.db, 'exempelstad', year, period));
	const floorTimes = await time(() => executeRows(database.db, floorQuery()));
	const useCase = { ...quantiles(useCaseTimes.wall), cpu: quantiles(useCaseTimes.cpu) };
	const floor = { ...quantiles(floorTimes.wall), cpu: quantiles(floorTimes.cpu) };
	const [{ n }] = await executeRows<{ n: number }>(
		database.db,
		sql`select count(*)::int as n from indicator_outcomes o join indicators i on i.id = o.indicator_id join goals g on g.id = i.goal_id
			where g.year = ${year} and o.period = ${period} and i.organisation_id = (select id from organisations where parent_id is null)`
	);
	return { outcomeRows: n, useCase, floor, ratioP50: Number((useCase.p50 / floor.p50).toFixed(2)), ratioP95: Number((useCase.p95 / floor.p95).toFixed(2)) };
}

async function ensureCity(database: Database, preset: ScalePresetName) {
	const [{ n }] = await executeRows<{ n: number }>(database.db, sql`select count(*)::int as n from organisations where kind = 'unit'`);
	if (n === scalePresets[preset].units) return log(`${preset} finns redan (${n} enheter).`);
	const started = performance.now();
	await loadScaleDemo(database.db, scalePresets[preset], { onProgress: log });
	log(`${preset} inläst på ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

function buildApp() {
	log('Bygger appen (vite build) …');
	const build = spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (build.status !== 0) throw new Error('vite build failed');
}

/**
 * The pages under load, from the page cache (as the server runs) or, with `cache` false, each one
 * rendered (VERKSAM_PAGE_CACHE_MB=0): what a page costs when its data has just changed.
 */
async function loadPages(url: string, cache: boolean) {
	log(cache ? 'Sidorna med sidcachen …' : 'Sidorna utan sidcache (varje sida renderas) …');
	const env = { DATABASE_URL: url, ...(cache ? {} : { VERKSAM_PAGE_CACHE_MB: '0' }) };
	// BENCH_WORKERS > 1: the server as `verksam serve --workers N` runs it (node:cluster).
	const server = workers > 1 ? await startBuiltServer({ ...env, VERKSAM_WORKERS: String(workers) }, ['bin/verksam.js', 'serve']) : await startBuiltServer(env);
	const base = server.base;
	try {
		// The committee's editor reads all three pages.
		const cookie = await signInAsDemo(base, 'admin');
		const results: Record<string, unknown> = {};
		for (const [name, page] of Object.entries(pages)) {
			// The server may still be working off the previous run's queue (and drop the old keep-alive socket): ask until it answers.
			for (const started = Date.now(); ; ) {
				try {
					const check = await fetch(base + page, { headers: { cookie }, signal: AbortSignal.timeout(60_000) });
					await check.text();
					if (!check.ok) throw new Error(`${page}: HTTP ${check.status}`);
					break;
				} catch (error) {
					if (Date.now() - started > 180_000) throw error;
					await new Promise((r) => setTimeout(r, 1000));
				}
			}
			// wrk (C, one thread) in a process of its own: autocannon, tried first, took a whole core of
			// the two to read 160 kB pages at a few hundred a second, and so measured itself.
			const wrk = (duration: number) => {
				const run = spawnSync('wrk', ['-t', '1', '-c', String(connections), '-d', `${duration}s`, '--timeout', '10s', '-s', wrkReport, '-H', `cookie: ${cookie}`, base + page], {
					encoding: 'utf8',
					maxBuffer: 16 * 1024 * 1024
				});
				if (run.status !== 0) throw new Error(`wrk failed (is it installed? apt-get install wrk): ${run.stderr || run.error}`);
				return run.stdout;
			};
			// As for the roll-up, a server answers warm: the first seconds under load compile the code.
			if (pageWarmup > 0) {
				log(`wrk ${page}: uppvärmning ${pageWarmup} s …`);
				wrk(pageWarmup);
			}
			log(`wrk ${page}: ${connections} anslutningar, ${seconds} s …`);
			const stdout = wrk(seconds);
			const report = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<'requests' | 'durationUs' | 'p50Us' | 'p99Us' | 'connect' | 'read' | 'write' | 'status' | 'timeout', number>;
			const errors = report.connect + report.read + report.write + report.status + report.timeout;
			const perSecond = Number((report.requests / (report.durationUs / 1e6)).toFixed(1));
			const ms = (us: number) => Number((us / 1000).toFixed(1));
			log(`${name}: ${perSecond} req/s, p50 ${ms(report.p50Us)} ms, p99 ${ms(report.p99Us)} ms, ${errors} errors`);
			results[name] = {
				page,
				requestsPerSecond: perSecond,
				requests: report.requests,
				p50: ms(report.p50Us),
				p99: ms(report.p99Us),
				errors
			};
		}
		return results;
	} finally {
		await server.stop();
	}
}

let stopPostgres: (() => void) | undefined;
let url = process.env.BENCH_DATABASE_URL;
if (!url) {
	stopPostgres = (await startPostgres()) as () => void;
	url = process.env.TEST_DATABASE_URL!;
}
const results: Record<string, unknown> = { date: new Date().toISOString(), cpus: (await import('node:os')).cpus().length, workers };
try {
	const postgres = await openDatabase({ url });
	await migrateDatabase(postgres);
	await ensureCity(postgres, 'city');
	if (!onlyPages) {
		log('Roll-up på PostgreSQL …');
		results.postgresRollup = await rollupFigures(postgres);
		log(JSON.stringify(results.postgresRollup));
	}
	await postgres.close();
	if (onlyPages || (!onlyRollup && process.env.BENCH_SKIP_LOAD !== '1')) {
		buildApp();
		results.pages = await loadPages(url, true);
		results.pagesUncached = await loadPages(url, false);
	}
	if (!onlyRollup && !onlyPages) {
		log(`Roll-up på PGlite (${pgliteScale}) …`);
		const pglite = await openDatabase({ dataDir: process.env.BENCH_PGLITE_DIR ?? 'memory' });
		await migrateDatabase(pglite);
		await ensureCity(pglite, pgliteScale);
		results.pgliteRollup = { scale: pgliteScale, ...(await rollupFigures(pglite)) };
		await pglite.close();
	}
} finally {
	stopPostgres?.();
}

if (!onlyRollup && !onlyPages) writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');
type Quantiles = { p50: number; p95: number };
type Rollup = { outcomeRows: number; useCase: Quantiles & { cpu: Quantiles }; floor: Quantiles; ratioP95: number };
const row = (cells: (string | number)[]) => console.log(cells.map((c, i) => (i === 0 ? String(c).padEnd(34) : String(c).padStart(11))).join(''));
console.log('\nRoll-up, the council, all indicators over all units, VB 2026 (ms)');
row(['', 'rows', 'p50', 'p95', 'CPU p50', 'CPU p95', 'floor p50', 'floor p95', 'p95 ratio']);
const rollups = [['PostgreSQL, city', results.postgresRollup], [`PGlite, ${pgliteScale}`, results.pgliteRollup]] as [string, Rollup | undefined][];
for (const [name, r] of rollups) {
	if (r) row([name, r.outcomeRows, r.useCase.p50, r.useCase.p95, r.useCase.cpu.p50, r.useCase.cpu.p95, r.floor.p50, r.floor.p95, r.ratioP95]);
}
for (const [key, how] of [['pages', 'from the page cache'], ['pagesUncached', 'rendered each time (no page cache)']] as const) {
	if (!results[key]) continue;
	console.log(`\nPages under load, ${how} (wrk, ${connections} connections, ${seconds} s, PostgreSQL, city, ${workers} server process${workers > 1 ? 'es' : ''})`);
	row(['', 'req/s', 'p50 ms', 'p99 ms', 'errors']);
	for (const [name, p] of Object.entries(results[key] as Record<string, { requestsPerSecond: number; p50: number; p99: number; errors: number }>)) {
		row([name, p.requestsPerSecond, p.p50, p.p99, p.errors]);
	}
}
console.log(`\nTargets: roll-up p95 < 100 ms and within 2× of the floor; unit plan ≥ 300 req/s, p99 < 200 ms, no errors.${onlyRollup || onlyPages ? '' : ' Written to bench/results.json.'}`);
