/**
 * Document benchmark (not a test): how long our PDF and Word output takes, for one unit's plan and
 * for a committee compilation of 60 units, with the peak memory of the compilation, and how long
 * LibreOffice takes to turn our Word files into PDF (what a user would otherwise do), in one run.
 *   npm run bench:documents [runs]
 *
 * The data: the demo city in a fresh PGlite database on disk, then 54 more units under Norrvikens
 * stadsdelsnämnd, each with a copy of one of the six demo units' 2026 plan (round robin, through
 * the interchange export and import, as a real plan file would come in): 60 units, deterministic.
 * Each compilation runs in a child process of its own, so its peak RSS is its own (a server's
 * process with the database open), not the set-up's.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import { openDatabase, migrateDatabase, type Database } from '../src/lib/server/db/client';
import { goalApplicability, organisations } from '../src/lib/server/db/schema';
import { loadDemo } from '../src/lib/server/demo/load-demo';
import { createOrganisation } from '../src/lib/server/organisations/create-organisation';
import { exportPlan } from '../src/lib/server/interchange/export-plan';
import { importPlan } from '../src/lib/server/interchange/import-plan';
import { loadPlan } from '../src/lib/server/plans/load-plan';
import { planDocument } from '../src/lib/domain/document/plan-document';
import { renderPdf } from '../src/lib/server/documents/render-pdf';
import { renderDocx } from '../src/lib/server/documents/render-docx';
import { compileCommitteeDocuments, type CompilationStep } from '../src/lib/server/documents/compile-committee-documents';
import type { RenderedFormat as DocumentFormat } from '../src/lib/domain/document/document-file';

const COMMITTEE = 'norrvikens-stadsdelsnamnd';
const UNIT = 'familjeenheten';
const YEAR = 2026;
const UNITS = 60;
const script = fileURLToPath(import.meta.url);

interface ChildResult {
	format: DocumentFormat;
	ms: number;
	buildMs: number;
	renderMs: number;
	units: number;
	bytes: number;
	file: string;
	/** Node with the modules loaded, before the database is opened. */
	startRssMb: number;
	baselineRssMb: number;
	peakRssMb: number;
	peakHeapMb: number;
	/** The longest the event loop was blocked: how long a server doing this would not answer others. */
	maxBlockedMs: number;
	/** The render process's peak (renderApart): where the layout's memory goes. */
	renderRssMb: number;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
	const started = performance.now();
	const value = await work();
	return { ms: performance.now() - started, value };
}

function pages(pdf: string): string {
	const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
	return /Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? '?';
}

/** One compilation in this (child) process: time, and RSS sampled every 20 ms plus the kernel's peak. */
async function child(dataDir: string, format: DocumentFormat, outDir: string): Promise<void> {
	const start = process.memoryUsage().rss;
	const database = await openDatabase({ dataDir });
	const baseline = process.memoryUsage().rss;
	let peakHeap = 0;
	// Every 10 ms: the heap, and the time since the last tick (a long gap: the event loop was blocked).
	let lastTick = performance.now();
	let maxBlocked = 0;
	const sampler = setInterval(() => {
		const now = performance.now();
		maxBlocked = Math.max(maxBlocked, now - lastTick);
		lastTick = now;
		peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
	}, 10);
	let renderStarted = 0;
	const started = performance.now();
	const file = await compileCommitteeDocuments(database.db, { slug: COMMITTEE, year: YEAR, kind: 'vp', format }, (step: CompilationStep) => {
		if (step.phase === 'render') renderStarted = performance.now();
	});
	const ended = performance.now();
	// One more tick, so that a block at the very end is counted.
	await new Promise((resolve) => setTimeout(resolve, 30));
	clearInterval(sampler);
	peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
	const out = path.join(outDir, `compilation.${format}`);
	writeFileSync(out, file.bytes);
	await database.close();
	const result: ChildResult = {
		format,
		ms: ended - started,
		buildMs: renderStarted - started,
		renderMs: ended - renderStarted,
		units: file.included.length,
		bytes: file.bytes.byteLength,
		file: out,
		startRssMb: mb(start),
		baselineRssMb: mb(baseline),
		// maxRSS is in kilobytes on Linux: the process's peak, which the sampler alone could miss in a synchronous stretch.
		peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
		peakHeapMb: mb(peakHeap),
		maxBlockedMs: Math.round(maxBlocked),
		renderRssMb: mb(file.renderPeakRssBytes)
	};
	console.log(JSON.stringify(result));
}

function runChild(dataDir: string, format: DocumentFormat, outDir: string): Promise<ChildResult> {
	return new Promise((resolve, reject) => {
		const proc = spawn(process.execPath, [...process.execArgv, script, '--child', dataDir, format, outDir], { stdio: ['ignore', 'pipe', 'inherit'] });
		let out = '';
		proc.stdout.on('data', (chunk) => (out += chunk));
		proc.on('error', reject);
		proc.on('exit', (code) => {
			const line = out.trim().split('\n').at(-1) ?? '';
			if (code !== 0 || !line.startsWith('{')) reject(new Error(`The ${format} compilation failed (exit ${code}): ${out}`));
			else resolve(JSON.parse(line) as ChildResult);
		});
	});
}

/** LibreOffice's conversion of a .docx to PDF, with a profile of its own (a cold start, as a user's first conversion). */
function libreOffice(docx: string, outDir: string): { ms: number; pdf: string | null; error: string | null } {
	const profile = mkdtempSync(path.join(tmpdir(), 'verksam-bench-soffice-'));
	const started = performance.now();
	const run = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], { encoding: 'utf8', timeout: 600_000 });
	const ms = performance.now() - started;
	rmSync(profile, { recursive: true, force: true });
	const pdf = path.join(outDir, path.basename(docx).replace(/\.docx$/, '.pdf'));
	if (run.error) return { ms, pdf: null, error: run.error.message };
	const made = readdirSync(outDir).includes(path.basename(pdf));
	return { ms, pdf: made ? pdf : null, error: made ? null : (run.stderr || run.stdout || `exit ${run.status}`).trim() };
}

/** The demo, then units up to 60 under the committee with copies of the demo units' 2026 plans. */
async function prepare(dataDir: string): Promise<{ ms: number }> {
	const started = performance.now();
	const database: Database = await openDatabase({ dataDir });
	await migrateDatabase(database);
	const db = database.db;
	await loadDemo(db);
	const [committee] = await db.select().from(organisations).where(eq(organisations.slug, COMMITTEE));
	const demoUnits = await db.select().from(organisations).where(and(eq(organisations.parentId, committee.id), eq(organisations.kind, 'unit')));
	const sources = await Promise.all(demoUnits.map(async (unit) => ({ unit, file: await exportPlan(db, { slug: unit.slug, year: YEAR }) })));
	for (let i = demoUnits.length; i < UNITS; i++) {
		const source = sources[i % sources.length];
		const created = await createOrganisation(db, { name: `${source.unit.name} ${i + 1}`, slug: `${source.unit.slug}-${i + 1}`, kind: 'unit', parentId: committee.id });
		if (!created.ok) throw new Error(`Unit ${i + 1}: ${JSON.stringify(created.errors)}`);
		// The framework's goals that apply to the source unit apply to its copy too.
		const applies = await db.select({ goalId: goalApplicability.goalId }).from(goalApplicability).where(eq(goalApplicability.organisationId, source.unit.id));
		if (applies.length) await db.insert(goalApplicability).values(applies.map((a) => ({ goalId: a.goalId, organisationId: created.value.id })));
		const imported = await importPlan(db, { slug: created.value.slug, year: YEAR, doc: source.file.plans[0] });
		if (!imported.ok) throw new Error(`Plan of unit ${i + 1}: ${JSON.stringify(imported.errors)}`);
	}
	await database.close();
	return { ms: performance.now() - started };
}

async function main(): Promise<void> {
	const runs = Number(process.argv[2] ?? 5);
	const work = mkdtempSync(path.join(tmpdir(), 'verksam-bench-documents-'));
	const dataDir = path.join(work, 'db');
	const outDir = path.join(work, 'out');
	try {
		const prepared = await prepare(dataDir);
		console.log(`Data ready after ${(prepared.ms / 1000).toFixed(1)} s: the demo city (PGlite on disk) and ${UNITS} units under ${COMMITTEE} with a ${YEAR} verksamhetsplan each.`);
		console.log(`Node ${process.version}, ${runs} runs per figure in (a) (median, after one warm-up); one child process per compilation in (b).\n`);

		// (a) One unit's plan.
		const database = await openDatabase({ dataDir });
		const load = async () => loadPlan(database.db, UNIT, YEAR);
		const build = async () => planDocument(await load());
		const model = await build();
		await renderPdf(model);
		await renderDocx(model);
		const loadMs: number[] = [];
		const buildMs: number[] = [];
		const pdfMs: number[] = [];
		const docxMs: number[] = [];
		let pdfBytes: Uint8Array = new Uint8Array();
		let docxBytes: Uint8Array = new Uint8Array();
		for (let i = 0; i < runs; i++) {
			const view = await timed(load);
			loadMs.push(view.ms);
			buildMs.push((await timed(async () => planDocument(view.value))).ms);
			const pdf = await timed(() => renderPdf(model));
			pdfMs.push(pdf.ms);
			pdfBytes = pdf.value;
			const docx = await timed(() => renderDocx(model));
			docxMs.push(docx.ms);
			docxBytes = docx.value;
		}
		await database.close();
		mkdirSync(outDir, { recursive: true });
		const unitPdf = path.join(outDir, 'unit.pdf');
		const unitDocx = path.join(outDir, 'unit.docx');
		writeFileSync(unitPdf, pdfBytes);
		writeFileSync(unitDocx, docxBytes);
		const unitPdfTotal = median(loadMs) + median(buildMs) + median(pdfMs);
		const unitDocxTotal = median(loadMs) + median(buildMs) + median(docxMs);
		const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');
		console.log(`(a) One unit's plan: ${UNIT} ${YEAR} (median ms)`);
		console.log(`    load (loadPlan)          ${median(loadMs).toFixed(1).padStart(8)}`);
		console.log(`    build (planDocument)     ${median(buildMs).toFixed(1).padStart(8)}`);
		console.log(`    render PDF (pdfmake)     ${median(pdfMs).toFixed(1).padStart(8)}   ${pdfBytes.byteLength} bytes, ${pages(unitPdf)} pages`);
		console.log(`    render DOCX (docx)       ${median(docxMs).toFixed(1).padStart(8)}   ${docxBytes.byteLength} bytes`);
		console.log(`    PDF in all               ${unitPdfTotal.toFixed(1).padStart(8)}   target < 1000 ms: ${verdict(unitPdfTotal < 1000)}`);
		console.log(`    DOCX in all              ${unitDocxTotal.toFixed(1).padStart(8)}   target < 1000 ms: ${verdict(unitDocxTotal < 1000)}\n`);

		// (b) The committee's compilation of 60 units.
		console.log(`(b) Compilation: verksamhetsplaner ${YEAR}, ${COMMITTEE}, ${UNITS} units (one process each)`);
		const compiled: Record<DocumentFormat, ChildResult | null> = { pdf: null, docx: null };
		for (const format of ['pdf', 'docx'] as const) {
			const result = await runChild(dataDir, format, outDir);
			compiled[format] = result;
			const extra = format === 'pdf' ? `, ${pages(result.file)} pages` : '';
			console.log(
				`    ${format.toUpperCase().padEnd(5)} wall ${(result.ms / 1000).toFixed(1).padStart(6)} s (load+build ${(result.buildMs / 1000).toFixed(1)} s, render ${(result.renderMs / 1000).toFixed(1)} s), ${result.units} units, ${(result.bytes / 1024 / 1024).toFixed(1)} MB${extra}`
			);
			console.log(
				`          the server's process: peak RSS ${String(result.peakRssMb).padStart(5)} MB, of which ${result.baselineRssMb} MB before it started (${result.startRssMb} MB Node with the modules, then PGlite's database opened); peak heap ${result.peakHeapMb} MB`
			);
			console.log(`          the render process (renderApart): peak RSS ${String(result.renderRssMb).padStart(5)} MB, freed when it ends`);
			console.log(`          the server's event loop blocked for at most ${(result.maxBlockedMs / 1000).toFixed(2)} s at a time`);
			console.log(`          targets: < 60 s ${verdict(result.ms < 60_000)}; peak memory < 500 MB: the render process ${verdict(result.renderRssMb < 500)}, the server's growth ${verdict(result.peakRssMb - result.baselineRssMb < 500)}`);
		}

		// (c) LibreOffice turning our Word files into PDF, beside our own PDF path.
		console.log(`\n(c) LibreOffice (soffice --headless --convert-to pdf, a fresh profile each) on our DOCX, beside our PDF path`);
		const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
		if (soffice.error) console.log(`    soffice not available: ${soffice.error.message}`);
		else {
			console.log(`    ${soffice.stdout.trim()}`);
			const convertDir = path.join(work, 'soffice');
			mkdirSync(convertDir, { recursive: true });
			const unit = libreOffice(unitDocx, convertDir);
			console.log(
				`    unit plan:    LibreOffice ${(unit.ms / 1000).toFixed(1).padStart(6)} s${unit.pdf ? ` (${pages(unit.pdf)} pages)` : `, FAILED: ${unit.error}`}; ours: DOCX → PDF not needed, PDF in ${(unitPdfTotal / 1000).toFixed(2)} s`
			);
			const docx = compiled.docx;
			if (docx) {
				const whole = libreOffice(docx.file, convertDir);
				const ours = compiled.pdf ? `${(compiled.pdf.ms / 1000).toFixed(1)} s` : '–';
				console.log(
					`    compilation:  LibreOffice ${(whole.ms / 1000).toFixed(1).padStart(6)} s${whole.pdf ? ` (${pages(whole.pdf)} pages, ${(statSync(whole.pdf).size / 1024 / 1024).toFixed(1)} MB)` : `, FAILED: ${whole.error}`}, after our DOCX in ${(docx.ms / 1000).toFixed(1)} s; ours: PDF directly in ${ours}`
				);
			}
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4] as DocumentFormat, process.argv[5]);
else await main();
