/**
 * The `verksam` command (bin/verksam.js runs this file through tsx):
 * serve, migrate, demo, export, compile, import, import-json, create-admin, backup and restore. Swedish
 * help and messages; exit code 2 for bad usage, 1 for a failure, 3 when the database cannot be
 * reached; expected errors are one clear line, never a stack trace.
 */
import { spawn } from 'node:child_process';
import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { defaultDataDir, openConfiguredDatabase, projectRoot, type Database } from '../lib/server/db/client';
import { organisations } from '../lib/server/db/schema';
import { DATABASE_UNAVAILABLE_EXIT_CODE, databaseProblemLine, describeDatabaseProblem } from '../lib/server/db/connection-problem';
import { demoCity } from '../lib/server/demo/demo-city';
import { resetDemo } from '../lib/server/demo/load-demo';
import { loadScaleDemo } from '../lib/server/demo/scale/load-scale-demo';
import { scalePresetNames, scalePresets } from '../lib/server/demo/scale/scale-presets';
import { exportDocument } from '../lib/server/documents/export-document';
import { compileCommitteeDocuments } from '../lib/server/documents/compile-committee-documents';
import { importPlan } from '../lib/server/interchange/import-plan';
import { NotFoundError } from '../lib/server/result';
import { createUser } from '../lib/server/accounts/create-user';
import { grantRole } from '../lib/server/accounts/grant-role';
import { parsePlanFile } from '../lib/domain/interchange/parse-plan-file';
import { MAX_PLAN_DOCUMENT_BYTES, readPlanDocument } from '../lib/server/import/read-plan-document';
import { largestBodyBytes } from '../lib/server/http/body-limits';
import { documentFormats, documentKindCodes, renderedFormats } from '../lib/domain/document/document-file';
import { backupDatabase } from '../lib/server/backup/backup-database';
import { restoreDatabase } from '../lib/server/backup/restore-database';
import { formatNumber } from '../lib/domain/format/number';

const HELP = `Verksam – ledningssystem för kommunens mål, planer och uppföljning

Användning: verksam <kommando> [flaggor]

Kommandon:
  serve [--port PORT] [--workers N]
                                Startar Verksam (bygger först om koden är nyare än bygget).
                                Port: --port, annars PORT, annars 3000. Med PostgreSQL kan
                                servern köras i N processer (--workers, annars VERKSAM_WORKERS,
                                annars 1), till exempel en per processorkärna.
  migrate                       Uppdaterar databasens struktur.
  demo [--force]                Tömmer databasen och läser in demostaden Exempelstad.
                                En databas med andra data än demon töms bara med --force.
  demo --scale town|city [--seed N] [--force]
                                Tömmer databasen och skapar en påhittad stad för att mäta
                                prestanda: city är 28 nämnder, 1 000 enheter och tre års
                                planer och utfall, town en liten. Samma --seed ger samma data.
  export --org ORG --year ÅR [--kind vp|t1|t2|vb] [--format pdf|docx|json] [--out FIL]
                                Skriver organisationens verksamhetsplan (vp, förvalt) eller
                                en enhets tertialrapport 1 (t1), tertialrapport 2 (t2) eller
                                verksamhetsberättelse (vb) för året till FIL: som PDF, Word
                                (docx) eller verksam-plan/1 (json, förvalt; bara vp). JSON
                                skrivs till standard ut om --out saknas.
  compile --org ORG --year ÅR [--kind vp|t1|t2|vb] [--format pdf|docx] --out FIL
                                Sammanställer alla enheters verksamhetsplaner (vp, förvalt)
                                eller rapporter under en nämnd (eller hela kommunen) för året
                                i ett dokument med gemensam innehållsförteckning: PDF
                                (förvalt) eller Word. Visar enhet för enhet hur det går.
  create-admin ANVÄNDARNAMN --org ORG [--name NAMN]
                                Skapar en administratör för organisationen (och allt under
                                den) med ett tillfälligt lösenord som skrivs ut; det måste
                                bytas vid första inloggningen. Så får en ny installation sin
                                första användare.
  import FIL --json             Läser planerna i ett dokument (text, Word .docx eller PDF med
                                textlager) och skriver dem som verksam-plan/1 till standard ut.
                                Det som såg konstigt ut skrivs som varningar, med radnummer,
                                till standard fel.
  import FIL --org ORG --year ÅR [--plan N]
                                Läser dokumentets plan in i organisationens tomma plan för
                                året. Har filen flera planer väljs en med --plan N.
  backup FIL                    Skriver en säkerhetskopia av hela databasen (organisationer,
                                ramverk, planer, uppföljning, användare och historik) till FIL.
                                Visar tabell för tabell hur det går.
  restore FIL [--force]         Läser in en säkerhetskopia i en tom databas. En databas med
                                data töms bara med --force. Alla loggas ut.
  import-json FIL --org ORG --year ÅR
                                Läser in en plan i formatet verksam-plan/1 i organisationens
                                tomma plan för året. Ett fel i filen stoppar hela inläsningen.

Flaggor:
  -h, --help                    Visar den här hjälpen.

ORG är organisationens kortnamn i adressen, till exempel familjeenheten.
Databasen: PostgreSQL om DATABASE_URL är satt, annars den inbyggda databasen (PGlite)
i ./data eller i VERKSAM_DATA_DIR.

Slutkoder: 0 klart, 1 fel, 2 felaktig användning, 3 databasen går inte att nå eller öppna
(serve avslutas då direkt med en rad om vad som är fel).
`;

/** Wrong use of the command: exit code 2. */
class UsageError extends Error {}
/** An expected failure with a message for the user: exit code 1. */
class Failure extends Error {}
/** The database cannot be reached or opened: exit code 3 (DATABASE_UNAVAILABLE_EXIT_CODE). */
class DatabaseUnavailable extends Error {}

const options = {
	help: { type: 'boolean', short: 'h' },
	org: { type: 'string' },
	year: { type: 'string' },
	kind: { type: 'string' },
	format: { type: 'string' },
	out: { type: 'string' },
	port: { type: 'string' },
	workers: { type: 'string' },
	force: { type: 'boolean' },
	name: { type: 'string' },
	json: { type: 'boolean' },
	plan: { type: 'string' },
	scale: { type: 'string' },
	seed: { type: 'string' }
} as const;

type Values = ReturnType<typeof parseCommandLine>['values'];

function parseCommandLine(args: string[]) {
	try {
		return parseArgs({ args, options, allowPositionals: true, strict: true });
	} catch (error) {
		const code = (error as { code?: string }).code;
		const message = (error as Error).message;
		const flag = /(--?[A-Za-z][\w-]*)/.exec(message)?.[1] ?? message;
		if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`Okänd flagga: ${flag}`);
		if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`Flaggan ${flag} behöver ett värde.`);
		throw new UsageError(message);
	}
}

export async function main(args: string[]): Promise<number> {
	const { values, positionals } = parseCommandLine(args);
	const [command, ...rest] = positionals;
	if (values.help || command === 'help') {
		process.stdout.write(HELP);
		return 0;
	}
	if (!command) {
		process.stderr.write(HELP);
		return 2;
	}
	const noMoreArguments = () => {
		if (rest.length) throw new UsageError(`Oväntat argument: ${rest[0]}`);
	};
	switch (command) {
		case 'serve':
			noMoreArguments();
			return serve(values);
		case 'migrate':
			noMoreArguments();
			return withDatabase(async (database) => {
				console.log(`Databasen är uppdaterad (${describeDatabase(database)}).`);
			});
		case 'demo':
			noMoreArguments();
			return demo(values);
		case 'export':
			noMoreArguments();
			return exportCommand(values);
		case 'compile':
			noMoreArguments();
			return compileCommand(values);
		case 'create-admin':
			if (rest.length !== 1) throw new UsageError('Ange ett användarnamn: verksam create-admin ANVÄNDARNAMN --org ORG');
			return createAdminCommand(rest[0], values);
		case 'import':
			if (rest.length !== 1) throw new UsageError('Ange en fil: verksam import FIL --json eller verksam import FIL --org ORG --year ÅR');
			return importDocumentCommand(rest[0], values);
		case 'import-json':
			if (rest.length !== 1) throw new UsageError('Ange en fil: verksam import-json FIL --org ORG --year ÅR');
			return importCommand(rest[0], values);
		case 'backup':
			if (rest.length !== 1) throw new UsageError('Ange filen att skriva: verksam backup FIL');
			return backupCommand(rest[0]);
		case 'restore':
			if (rest.length !== 1) throw new UsageError('Ange säkerhetskopian: verksam restore FIL [--force]');
			return restoreCommand(rest[0], values);
		default:
			throw new UsageError(`Okänt kommando: ${command}`);
	}
}

function requiredOrg(values: Values): string {
	if (!values.org) throw new UsageError('Ange organisationen med --org, till exempel --org familjeenheten.');
	return values.org;
}

function requiredYear(values: Values): number {
	if (!values.year) throw new UsageError('Ange året med --year, till exempel --year 2026.');
	if (!/^\d{4}$/.test(values.year)) throw new UsageError(`Skriv året med fyra siffror, till exempel 2026 (inte ”${values.year}”).`);
	return Number(values.year);
}

function describeDatabase(database: Database): string {
	return database.driver === 'postgres' ? 'PostgreSQL enligt DATABASE_URL' : `PGlite i ${defaultDataDir()}`;
}

/** Opens the database as the server does (and migrates it), runs the work and closes it. */
async function withDatabase(work: (database: Database) => Promise<number | void>): Promise<number> {
	let database: Database;
	try {
		database = await openConfiguredDatabase();
	} catch (error) {
		throw new DatabaseUnavailable(databaseProblemLine(error));
	}
	try {
		return (await work(database)) ?? 0;
	} finally {
		await database.close();
	}
}

async function demo(values: Values): Promise<number> {
	const scale = values.scale !== undefined ? scaleFlagsOf(values) : null;
	return withDatabase(async (database) => {
		const municipalities = await database.db.select({ slug: organisations.slug, name: organisations.name, parentId: organisations.parentId }).from(organisations);
		const others = municipalities.filter((o) => o.parentId === null && o.slug !== demoCity.municipality.slug);
		if (others.length && !values.force) {
			throw new Failure(
				`Databasen (${describeDatabase(database)}) innehåller annat än demodata (${others.map((o) => o.name).join(', ')}). Kör verksam demo --force för att ändå tömma den.`
			);
		}
		if (scale) return scaleDemo(database, scale);
		const started = performance.now();
		const summary = await resetDemo(database.db, demoCity, { onProgress: (line) => console.log(line) });
		const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
		for (const warning of summary.warnings) console.log(`Obs: ${warning}`);
		console.log(
			`Klart: ${summary.organisations} organisationer, ${summary.frameworkGoals} mål i ramverken och ${summary.plans} verksamhetsplaner på ${seconds} s (${describeDatabase(database)}).`
		);
	});
}

const scaleFlags = z.object({
	scale: z.enum(scalePresetNames, { error: (issue) => `Storleken ${String(issue.input)} finns inte; välj --scale ${scalePresetNames.join(' eller ')}.` }),
	seed: z.coerce.number({ error: 'Skriv --seed som ett heltal.' }).int('Skriv --seed som ett heltal.').default(1)
});

function scaleFlagsOf(values: Values): z.infer<typeof scaleFlags> {
	const flags = scaleFlags.safeParse({ scale: values.scale, seed: values.seed });
	if (!flags.success) throw new UsageError(flags.error.issues[0].message);
	return flags.data;
}

/** `demo --scale`: the synthetic city, its progress on standard error. */
async function scaleDemo(database: Database, flags: z.infer<typeof scaleFlags>): Promise<void> {
	const started = performance.now();
	const summary = await loadScaleDemo(database.db, scalePresets[flags.scale], { seed: flags.seed, onProgress: (line) => process.stderr.write(`${line}\n`) });
	console.log(
		`Klart: ${formatNumber(summary.units)} enheter, ${formatNumber(summary.plans)} verksamhetsplaner, ${formatNumber(summary.outcomes)} indikatorutfall, ${formatNumber(summary.budgetFollowups)} budgetutfall, ${formatNumber(summary.rows)} rader på ${seconds(started)} s (${describeDatabase(database)}).`
	);
}

/** The export's document and format; the plan as verksam-plan/1 when neither is named. */
const exportFlags = z.object({
	kind: z.enum(documentKindCodes, { error: (issue) => `Dokumentet ${String(issue.input)} finns inte; välj --kind vp, t1, t2 eller vb.` }).default('vp'),
	format: z.enum(documentFormats, { error: (issue) => `Formatet ${String(issue.input)} stöds inte; välj --format pdf, docx eller json.` }).default('json')
});

async function exportCommand(values: Values): Promise<number> {
	const org = requiredOrg(values);
	const year = requiredYear(values);
	const flags = exportFlags.safeParse({ kind: values.kind, format: values.format });
	if (!flags.success) throw new UsageError(flags.error.issues[0].message);
	const { kind, format } = flags.data;
	// A PDF or a Word file in the terminal is unreadable bytes: those need a file.
	if (format !== 'json' && !values.out) throw new UsageError(`Ange filen att skriva med --out, till exempel --out plan.${format}.`);
	return withDatabase(async (database) => {
		const result = await exportDocument(database.db, { slug: org, year, kind, format }).catch(organisationMissing(org));
		if (!result.ok) throw new Failure(Object.values(result.errors).join('\n'));
		const file = result.value;
		if (values.out) {
			try {
				writeFileSync(values.out, file.bytes);
			} catch (error) {
				throw new Failure(`Kan inte skriva filen ${values.out}: ${(error as Error).message}`);
			}
			console.log(`Skrev ${file.title} till ${values.out}.`);
		} else {
			process.stdout.write(file.bytes);
		}
	});
}

/** The compilation's document and format: the verksamhetsplaner as PDF when neither is named. */
const compileFlags = z.object({
	kind: exportFlags.shape.kind,
	format: z.enum(renderedFormats, { error: (issue) => `Formatet ${String(issue.input)} stöds inte; välj --format pdf eller docx.` }).default('pdf')
});

async function compileCommand(values: Values): Promise<number> {
	const org = requiredOrg(values);
	const year = requiredYear(values);
	const flags = compileFlags.safeParse({ kind: values.kind, format: values.format });
	if (!flags.success) throw new UsageError(flags.error.issues[0].message);
	const out = values.out;
	if (!out) throw new UsageError(`Ange filen att skriva med --out, till exempel --out sammanstallning.${flags.data.format}.`);
	return withDatabase(async (database) => {
		const file = await compileCommitteeDocuments(database.db, { slug: org, year, ...flags.data }, (step) =>
			console.log(step.phase === 'unit' ? `Enhet ${step.done} av ${step.total}: ${step.unitName}` : 'Skapar filen …')
		).catch(organisationMissing(org));
		try {
			writeFileSync(out, file.bytes);
		} catch (error) {
			throw new Failure(`Kan inte skriva filen ${out}: ${(error as Error).message}`);
		}
		const missing = file.missing.length ? `; ${file.missing.length} utan dokumentet` : '';
		console.log(`Skrev ${file.title} (${file.included.length} enheter${missing}) till ${out}.`);
	});
}

async function importCommand(fileName: string, values: Values): Promise<number> {
	const org = requiredOrg(values);
	const year = requiredYear(values);
	let text: string;
	try {
		text = readFileSync(fileName, 'utf8');
	} catch (error) {
		const code = (error as { code?: string }).code;
		throw new Failure(code === 'ENOENT' ? `Filen ${fileName} finns inte.` : `Kan inte läsa filen ${fileName}: ${(error as Error).message}`);
	}
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		throw new Failure(`Filen ${fileName} är inte giltig JSON: ${(error as Error).message}`);
	}
	const parsed = parsePlanFile(json);
	if (!parsed.ok) throw new Failure(Object.values(parsed.errors).join('\n'));
	const { plans } = parsed.value;
	if (plans.length !== 1) {
		throw new Failure(`Filen innehåller ${plans.length} planer; import-json läser in en plan i taget.`);
	}
	return withDatabase(async (database) => {
		const result = await importPlan(database.db, { slug: org, year, doc: plans[0] }).catch(organisationMissing(org));
		if (!result.ok) throw new Failure(Object.values(result.errors).join('\n'));
		for (const warning of result.value.warnings) console.log(`Obs: ${warning}`);
		console.log(`Planen är inläst för ${org} ${year}.`);
	});
}

/**
 * `verksam import FIL`: reads a plan document (text, Word or PDF; readPlanDocument decides from
 * the content) and prints it as verksam-plan/1 (--json) or stores one of its plans in the
 * organisation's empty plan for the year (--org, --year; --plan N when the file holds several).
 */
async function importDocumentCommand(fileName: string, values: Values): Promise<number> {
	const store = values.org !== undefined || values.year !== undefined;
	if (Boolean(values.json) === store) {
		throw new UsageError(
			store
				? 'Välj antingen --json (skriv planen) eller --org och --year (lagra den), inte båda.'
				: 'Ange --json för att skriva planen som verksam-plan/1, eller --org ORG --year ÅR för att lagra den.'
		);
	}
	const org = store ? requiredOrg(values) : '';
	const year = store ? requiredYear(values) : 0;
	let bytes: Buffer;
	try {
		// The size first: an enormous file is refused without being read into memory.
		if (statSync(fileName).size > MAX_PLAN_DOCUMENT_BYTES) throw new Failure(`Filen ${fileName} är för stor för en plan (mer än 20 MB).`);
		bytes = readFileSync(fileName);
	} catch (error) {
		if (error instanceof Failure) throw error;
		const code = (error as { code?: string }).code;
		throw new Failure(code === 'ENOENT' ? `Filen ${fileName} finns inte.` : `Kan inte läsa filen ${fileName}: ${(error as Error).message}`);
	}
	const read = await readPlanDocument(bytes, fileName);
	if (!read.ok) throw new Failure(Object.values(read.errors).join('\n'));
	const { file, warnings } = read.value;
	for (const warning of warnings) process.stderr.write(`Rad ${warning.line}: ${warning.message}\n`);
	const checked = parsePlanFile(file);
	if (!checked.ok) throw new Failure(Object.values(checked.errors).join('\n'));
	if (!store) {
		process.stdout.write(`${JSON.stringify(checked.value, null, 2)}\n`);
		return 0;
	}
	const { plans } = checked.value;
	const doc = plans[choosePlan(plans.map((p, i) => `${i + 1}: ${p.title ?? p.organisation ?? 'plan utan titel'}`), values.plan) - 1];
	return withDatabase(async (database) => {
		const result = await importPlan(database.db, { slug: org, year, doc }).catch(organisationMissing(org));
		if (!result.ok) throw new Failure(Object.values(result.errors).join('\n'));
		for (const warning of result.value.warnings) console.log(`Obs: ${warning}`);
		console.log(`Planen${doc.title ? ` ”${doc.title}”` : ''} är inläst för ${org} ${year}.`);
	});
}

/** Which of the file's plans to store (1-based): the only one, or the one --plan names. */
function choosePlan(names: string[], flag: string | undefined): number {
	if (flag === undefined) {
		if (names.length === 1) return 1;
		throw new Failure(`Filen innehåller ${names.length} planer; välj en med --plan N:\n${names.map((n) => `  ${n}`).join('\n')}`);
	}
	const n = Number(flag);
	if (!Number.isInteger(n) || n < 1 || n > names.length) {
		throw new UsageError(`--plan ska vara ett nummer från 1 till ${names.length} (filen innehåller ${names.length} ${names.length === 1 ? 'plan' : 'planer'}).`);
	}
	return n;
}

async function createAdminCommand(username: string, values: Values): Promise<number> {
	const org = requiredOrg(values);
	return withDatabase(async (database) => {
		const [organisation] = await database.db.select().from(organisations).where(eq(organisations.slug, org));
		if (!organisation) throw new Failure(`Organisationen ”${org}” finns inte.`);
		const password = randomBytes(12).toString('base64url');
		await database.db.transaction(async (tx) => {
			const created = await createUser(tx, { username, displayName: values.name ?? username, password, mustChangePassword: true });
			if (!created.ok) throw new Failure(Object.values(created.errors).join(' '));
			await grantRole(tx, created.value.id, organisation.id, 'admin');
		});
		console.log(`Administratören ${username.toLowerCase()} är skapad för ${organisation.name}.`);
		console.log(`Tillfälligt lösenord: ${password}`);
		console.log('Lösenordet måste bytas vid första inloggningen.');
	});
}

/** Seconds since `started` with a decimal comma, for the backup commands' last line. */
const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');

async function backupCommand(fileName: string): Promise<number> {
	return withDatabase(async (database) => {
		const started = performance.now();
		let summary;
		try {
			summary = await backupDatabase(database.db, { file: fileName, onProgress: (line) => process.stderr.write(`${line}\n`) });
		} catch (error) {
			const code = (error as { code?: string }).code;
			if (code && /^E[A-Z]+$/.test(code)) throw new Failure(`Kan inte skriva filen ${fileName}: ${(error as Error).message}`);
			throw error;
		}
		const rows = summary.tables.reduce((sum, t) => sum + t.rows, 0);
		const size = formatNumber(summary.bytes / 1_000_000, 1);
		console.log(`Skrev säkerhetskopian ${fileName} (${summary.tables.length} tabeller, ${formatNumber(rows, 0)} rader, ${size} MB) på ${seconds(started)} s.`);
	});
}

async function restoreCommand(fileName: string, values: Values): Promise<number> {
	return withDatabase(async (database) => {
		const started = performance.now();
		const result = await restoreDatabase(database.db, { file: fileName, force: values.force, onProgress: (line) => process.stderr.write(`${line}\n`) });
		if (!result.ok) throw new Failure(Object.values(result.errors).join('\n'));
		const rows = result.value.tables.reduce((sum, t) => sum + t.rows, 0);
		console.log(`Läste in säkerhetskopian ${fileName} (${result.value.tables.length} tabeller, ${formatNumber(rows, 0)} rader) på ${seconds(started)} s (${describeDatabase(database)}).`);
	});
}

function organisationMissing(slug: string) {
	return (error: unknown): never => {
		if (error instanceof NotFoundError) throw new Failure(`Organisationen ”${slug}” finns inte.`);
		throw error;
	};
}

/** The newest modification time among the files under a path (0 when it does not exist). */
function newestChange(target: string): number {
	if (!existsSync(target)) return 0;
	const stat = statSync(target);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(target)) newest = Math.max(newest, newestChange(path.join(target, entry)));
	return newest;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd: projectRoot(), stdio: 'inherit', env });
		child.on('error', reject);
		child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
	});
}

async function serve(values: Values): Promise<number> {
	const root = projectRoot();
	const port = values.port ?? process.env.PORT ?? '3000';
	if (!/^\d+$/.test(port) || Number(port) > 65535) throw new UsageError(`Porten måste vara ett tal mellan 0 och 65535 (inte ”${port}”).`);
	const workers = workersOf(values);
	const entry = path.join(root, 'build', 'index.js');
	const sources = ['src', 'svelte.config.js', 'vite.config.ts', 'package.json'].map((p) => newestChange(path.join(root, p)));
	if (!existsSync(entry) || statSync(entry).mtimeMs < Math.max(...sources)) {
		console.log('Bygger Verksam …');
		const vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
		const code = await run(process.execPath, [vite, 'build', '--logLevel', 'warn'], process.env);
		if (code !== 0) throw new Failure('Bygget misslyckades; se felen ovan.');
	}

	// Without ORIGIN, adapter-node takes every request for https and SvelteKit's origin check then
	// refuses each form post over plain http: the address Verksam announces must work out of the box.
	const origin = process.env.ORIGIN || `http://localhost:${port}`;
	// adapter-node refuses request bodies over 512 kB by default; an outcome spreadsheet may be up
	// to 5 MB (outcome-sheet-file.ts), sent as multipart form data.
	// The largest body any route takes; each route's own limit is checked in hooks.server.ts.
	const bodySizeLimit = process.env.BODY_SIZE_LIMIT || String(largestBodyBytes);
	const env = { ...process.env, PORT: port, ORIGIN: origin, BODY_SIZE_LIMIT: bodySizeLimit };
	const server = workers > 1 ? startWorkers(entry, root, env, workers) : startOne(entry, root, env);
	process.on('SIGINT', server.stop);
	process.on('SIGTERM', server.stop);
	void announceWhenListening(port, server.exited);
	const code = await server.exited;
	process.off('SIGINT', server.stop);
	process.off('SIGTERM', server.stop);
	return code;
}

const workerCount = z.coerce
	.number({ error: 'Skriv antalet processer som ett heltal, till exempel --workers 2.' })
	.int('Skriv antalet processer som ett heltal, till exempel --workers 2.')
	.min(1, 'Antalet processer måste vara minst 1.')
	.max(64, 'Antalet processer får vara högst 64.');

/** How many server processes: --workers, else VERKSAM_WORKERS, else 1; always 1 on PGlite. */
function workersOf(values: Values): number {
	const parsed = workerCount.safeParse(values.workers ?? process.env.VERKSAM_WORKERS ?? '1');
	if (!parsed.success) throw new UsageError(parsed.error.issues[0].message);
	if (parsed.data > 1 && !process.env.DATABASE_URL) {
		console.error('Den inbyggda databasen (PGlite, ingen DATABASE_URL) kan bara användas av en process: Verksam startar med en.');
		return 1;
	}
	return parsed.data;
}

interface RunningServer {
	/** The exit code: 0 after a signal, else the server's own. */
	exited: Promise<number>;
	stop(signal: NodeJS.Signals): void;
}

function startOne(entry: string, root: string, env: NodeJS.ProcessEnv): RunningServer {
	const child = spawn(process.execPath, [entry], { cwd: root, stdio: 'inherit', env });
	let stopping = false;
	const exited = new Promise<number>((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', (code, signal) => resolve(code ?? (signal && !stopping ? 1 : 0)));
	});
	return {
		exited,
		stop: (signal) => {
			stopping = true;
			child.kill(signal);
		}
	};
}

/**
 * The built server in `count` processes sharing the port (node:cluster): the first migrates the
 * database and loads the demo alone, the others start once it listens. A signal goes to every
 * worker, each closes its database connections; if one stops by itself, the others are stopped
 * and its exit code is the server's.
 */
function startWorkers(entry: string, root: string, env: NodeJS.ProcessEnv, count: number): RunningServer {
	cluster.setupPrimary({ exec: entry, execArgv: [], args: [], cwd: root });
	let stopping = false;
	let code = 0;
	const stop = (signal: NodeJS.Signals) => {
		stopping = true;
		for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
	};
	const exited = new Promise<number>((resolve) => {
		cluster.on('exit', (_worker, workerCode, signal) => {
			if (!stopping) {
				code = workerCode || (signal ? 1 : 0);
				stop('SIGTERM');
			}
			if (Object.keys(cluster.workers ?? {}).length === 0) resolve(code);
		});
	});
	const first = cluster.fork(env);
	first.once('listening', () => {
		for (let i = 1; i < count && !stopping; i++) cluster.fork(env);
	});
	return { exited, stop };
}

/** Prints the address once the server answers (it migrates and may load the demo first). */
async function announceWhenListening(port: string, exited: Promise<number>): Promise<void> {
	let done = false;
	void exited.then(() => (done = true));
	const host = process.env.HOST && !['0.0.0.0', '::'].includes(process.env.HOST) ? process.env.HOST : '127.0.0.1';
	while (!done) {
		try {
			await fetch(`http://${host.includes(':') ? `[${host}]` : host}:${port}/`, { signal: AbortSignal.timeout(2000) });
			console.log(`Verksam kör på ${process.env.ORIGIN || `http://localhost:${port}`}`);
			return;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
	}
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		if (error instanceof UsageError) {
			process.stderr.write(`${error.message}\nSkriv verksam --help för att se kommandona.\n`);
			process.exitCode = 2;
		} else if (error instanceof DatabaseUnavailable) {
			process.stderr.write(`${error.message}\n`);
			process.exitCode = DATABASE_UNAVAILABLE_EXIT_CODE;
		} else if (error instanceof Failure) {
			process.stderr.write(`${error.message}\n`);
			process.exitCode = 1;
		} else if (error instanceof NotFoundError) {
			process.stderr.write(`${error.message}.\n`);
			process.exitCode = 1;
		} else {
			const problem = describeDatabaseProblem(error);
			process.stderr.write(problem ? `${problem}\n` : `Något gick fel: ${(error as Error)?.message ?? String(error)}\n`);
			if (!problem && process.env.VERKSAM_DEBUG) console.error(error);
			process.exitCode = problem ? DATABASE_UNAVAILABLE_EXIT_CODE : 1;
		}
	}
);
