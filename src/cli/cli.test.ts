/**
 * The real `verksam` command as a child process, on an embedded database in a temporary
 * directory: demo, export, import-json into an empty plan, export again, and the refusals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync } from 'fflate';
import postgres from 'postgres';
import type { PlanFile } from '../lib/domain/interchange/plan-format';
import { runVerksam as run } from './run-verksam';
import { migrateDatabase, openDatabase } from '../lib/server/db/client';
import { createCommittee, createMunicipality } from '../lib/server/testing/factories';

/** The built server's processes started by a `verksam serve` process (Linux: /proc). */
function serverProcesses(pid: number): number[] {
	let children: number[];
	try {
		children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
	} catch {
		return [];
	}
	return children.filter((child) => {
		try {
			return readFileSync(`/proc/${child}/cmdline`, 'utf8').includes(path.join('build', 'index.js'));
		} catch {
			return false;
		}
	});
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(root, 'bin', 'verksam.js');

// Each run starts Node with tsx and opens the embedded database: seconds, not milliseconds.
describe('the verksam command', { timeout: 180_000 }, () => {
	let dir: string;
	let env: NodeJS.ProcessEnv;
	const verksam = (...args: string[]) => run(args, env);
	const file = (name: string) => path.join(dir, name);

	beforeAll(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'verksam-cli-'));
		env = { ...process.env, VERKSAM_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' };
		delete env.VERKSAM_ROOT;
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('shows Swedish help, and exits 2 on bad usage', async () => {
		const help = await verksam('--help');
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('Användning: verksam <kommando> [flaggor]');
		expect(help.stdout).toContain('import-json FIL --org ORG --year ÅR');
		expect(help.stdout).toContain('Slutkoder: 0 klart, 1 fel, 2 felaktig användning, 3 databasen går inte att nå eller öppna');
		expect(help.stdout).toContain('export --org ORG --year ÅR [--kind vp|t1|t2|vb] [--format pdf|docx|json] [--out FIL]');

		const unknown = await verksam('bygg');
		expect([unknown.code, unknown.stderr]).toEqual([2, 'Okänt kommando: bygg\nSkriv verksam --help för att se kommandona.\n']);
		const noOrg = await verksam('export', '--year', '2026');
		expect([noOrg.code, noOrg.stderr.split('\n')[0]]).toEqual([2, 'Ange organisationen med --org, till exempel --org familjeenheten.']);
		const badYear = await verksam('export', '--org', 'familjeenheten', '--year', '26');
		expect([badYear.code, badYear.stderr.split('\n')[0]]).toEqual([2, 'Skriv året med fyra siffror, till exempel 2026 (inte ”26”).']);
		const badFlag = await verksam('demo', '--snabbt');
		expect([badFlag.code, badFlag.stderr.split('\n')[0]]).toEqual([2, 'Okänd flagga: --snabbt']);
		const badFormat = await verksam('export', '--org', 'familjeenheten', '--year', '2026', '--format', 'xml');
		expect([badFormat.code, badFormat.stderr.split('\n')[0]]).toEqual([2, 'Formatet xml stöds inte; välj --format pdf, docx eller json.']);
		const badKind = await verksam('export', '--org', 'familjeenheten', '--year', '2026', '--kind', 't3');
		expect([badKind.code, badKind.stderr.split('\n')[0]]).toEqual([2, 'Dokumentet t3 finns inte; välj --kind vp, t1, t2 eller vb.']);
		const noOut = await verksam('export', '--org', 'familjeenheten', '--year', '2026', '--format', 'pdf');
		expect([noOut.code, noOut.stderr.split('\n')[0]]).toEqual([2, 'Ange filen att skriva med --out, till exempel --out plan.pdf.']);
	});

	it('runs through npx in the checkout', async () => {
		const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
		// --no: never fetch a package called verksam from the registry; the checkout's own bin must be used.
		const result = await run(['--no', '--offline', 'verksam', '--help'], env, npx, []);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Användning: verksam');
	});

	it('loads the demo, exports a plan, imports it into an empty year and exports the same plan again', async () => {
		const demo = await verksam('demo');
		expect(demo.stderr).toBe('');
		expect(demo.code).toBe(0);
		expect(demo.stdout).toContain('Läser in målramverket 2026 …');
		expect(demo.stdout).toMatch(/^Klart: 8 organisationer, \d+ mål i ramverken och 12 verksamhetsplaner/m);

		const exported = await verksam('export', '--org', 'familjeenheten', '--year', '2026', '--format', 'json', '--out', file('f.json'));
		expect([exported.code, exported.stdout]).toEqual([0, `Skrev Verksamhetsplan 2026 – Familjeenheten till ${file('f.json')}.\n`]);
		const original = JSON.parse(readFileSync(file('f.json'), 'utf8')) as PlanFile;
		expect(original.plans[0].organisation).toBe('Familjeenheten');
		expect(original.plans[0].year).toBe(2026);

		// 2027 has no plan and no framework yet: the import creates the framework goals it needs and says so.
		const imported = await verksam('import-json', file('f.json'), '--org', 'familjeenheten', '--year', '2027');
		expect(imported.stderr).toBe('');
		expect(imported.code).toBe(0);
		expect(imported.stdout).toMatch(/^Obs: Skapade målet 1 ”.+” \(KF:s inriktningsmål, Exempelstad\) som saknades i ramverket 2027\.$/m);
		expect(imported.stdout.trimEnd().split('\n').at(-1)).toBe('Planen är inläst för familjeenheten 2027.');

		// Without --out the file goes to standard out.
		const again = await verksam('export', '--org', 'familjeenheten', '--year', '2027');
		expect(again.code).toBe(0);
		const [plan] = original.plans;
		expect(JSON.parse(again.stdout)).toEqual({
			...original,
			plans: [{ ...plan, year: 2027, title: 'Verksamhetsplan 2027 – Familjeenheten' }]
		});
	});

	it('exports a plan and a report as PDF and Word, and refuses a committee\'s report and a report as JSON, with exit 1', async () => {
		const pdf = await verksam('export', '--org', 'familjeenheten', '--year', '2026', '--kind', 'vp', '--format', 'pdf', '--out', file('vp.pdf'));
		expect([pdf.code, pdf.stderr, pdf.stdout]).toEqual([0, '', `Skrev Verksamhetsplan 2026 – Familjeenheten till ${file('vp.pdf')}.\n`]);
		expect(readFileSync(file('vp.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');

		const docx = await verksam('export', '--org', 'familjeenheten', '--year', '2025', '--kind', 'vb', '--format', 'docx', '--out', file('vb.docx'));
		expect([docx.code, docx.stderr, docx.stdout]).toEqual([0, '', `Skrev Verksamhetsberättelse 2025 – Familjeenheten till ${file('vb.docx')}.\n`]);
		expect(Object.keys(unzipSync(readFileSync(file('vb.docx'))))).toContain('word/document.xml');

		const committee = await verksam('export', '--org', 'norrvikens-stadsdelsnamnd', '--year', '2026', '--kind', 't1', '--format', 'pdf', '--out', file('t1.pdf'));
		expect([committee.code, committee.stderr]).toEqual([
			1,
			'Norrvikens stadsdelsnämnd är ingen enhet: tertialrapporter och verksamhetsberättelser skrivs av enheterna. Nämndens uppföljning finns under Uppföljning.\n'
		]);
		const json = await verksam('export', '--org', 'familjeenheten', '--year', '2026', '--kind', 't1');
		expect([json.code, json.stdout, json.stderr.startsWith('Tertialrapporter och verksamhetsberättelser kan inte exporteras som json')]).toEqual([1, '', true]);
	});

	it('compiles the committee\'s units\' plans into one PDF, unit by unit, and refuses a compilation without a file', async () => {
		const out = file('sammanstallning.pdf');
		const compiled = await verksam('compile', '--org', 'norrvikens-stadsdelsnamnd', '--year', '2026', '--out', out);
		expect(compiled.code).toBe(0);
		const lines = compiled.stdout.trimEnd().split('\n');
		// The demo's six units all have a 2026 plan: six steps, the file, the summary.
		expect(lines.slice(0, 6).map((line) => line.replace(/: .*$/, ''))).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Enhet ${n} av 6`));
		expect(lines.slice(6)).toEqual(['Skapar filen …', `Skrev Verksamhetsplaner 2026 – Norrvikens stadsdelsnämnd (6 enheter) till ${out}.`]);
		expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');

		const noOut = await verksam('compile', '--org', 'norrvikens-stadsdelsnamnd', '--year', '2026', '--kind', 'vb');
		expect([noOut.code, noOut.stderr.split('\n')[0]]).toEqual([2, 'Ange filen att skriva med --out, till exempel --out sammanstallning.pdf.']);
		const json = await verksam('compile', '--org', 'norrvikens-stadsdelsnamnd', '--year', '2026', '--format', 'json', '--out', out);
		expect([json.code, json.stderr.split('\n')[0]]).toEqual([2, 'Formatet json stöds inte; välj --format pdf eller docx.']);
	});

	it('creates the first administrator with a temporary password that works once and must be changed', async () => {
		const created = await verksam('create-admin', 'Kommunadmin', '--org', 'exempelstad', '--name', 'Kim Kommun');
		expect(created.stderr).toBe('');
		expect(created.code).toBe(0);
		const lines = created.stdout.trimEnd().split('\n');
		expect(lines[0]).toBe('Administratören kommunadmin är skapad för Exempelstad.');
		const password = /^Tillfälligt lösenord: (\S+)$/.exec(lines[1])?.[1] ?? '';
		// 12 random bytes in base64url: 16 characters, above the 12-character minimum.
		expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);

		const again = await verksam('create-admin', 'kommunadmin', '--org', 'exempelstad');
		expect([again.code, again.stderr.trim()]).toEqual([1, 'Användarnamnet "kommunadmin" är redan taget.']);
		const noOrg = await verksam('create-admin', 'ny', '--org', 'finns-inte');
		expect([noOrg.code, noOrg.stderr.trim()]).toEqual([1, 'Organisationen ”finns-inte” finns inte.']);
	});

	it('serves on the address it announces: a sign-in form posted there is accepted, and SIGTERM stops it', async () => {
		const port = 30_000 + Math.floor(Math.random() * 20_000);
		// On PGlite, asking for two processes starts one, and says why.
		const child = spawn(process.execPath, [bin, 'serve', '--port', String(port), '--workers', '2'], { cwd: root, env: { ...env, ORIGIN: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
		try {
			await expect.poll(() => output, { timeout: 150_000, interval: 250 }).toContain(`Verksam kör på http://localhost:${port}`);
			const signIn = await fetch(`http://localhost:${port}/logga-in`, {
				method: 'POST',
				redirect: 'manual',
				headers: { origin: `http://localhost:${port}`, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({ username: 'redaktor', password: 'exempelstad-demo', next: '/' })
			});
			expect(signIn.status).toBe(303);
			expect(signIn.headers.get('set-cookie')).toMatch(/^verksam_session=/);
			expect(output).toContain('Den inbyggda databasen (PGlite, ingen DATABASE_URL) kan bara användas av en process: Verksam startar med en.');
			expect(serverProcesses(child.pid!)).toHaveLength(1);
		} finally {
			child.kill('SIGTERM');
		}
		expect(await exited).toBe(0);
	});

	it('serves from several processes on PostgreSQL: a session made in one is good in the others, and SIGTERM stops them all and closes the database', async () => {
		const adminUrl = process.env.TEST_DATABASE_URL!;
		const name = `verksam_workers_${Date.now()}`;
		const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database ${name}`);
		const url = new URL(adminUrl);
		url.pathname = `/${name}`;
		const port = 30_000 + Math.floor(Math.random() * 20_000);
		const base = `http://localhost:${port}`;
		const child = spawn(process.execPath, [bin, 'serve', '--port', String(port)], {
			cwd: root,
			env: { ...env, ORIGIN: '', DATABASE_URL: url.toString(), VERKSAM_WORKERS: '3' },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
		const connections = async () => (await admin`select count(*)::int as n from pg_stat_activity where datname = ${name}`)[0].n as number;
		try {
			await expect.poll(() => output, { timeout: 150_000, interval: 250 }).toContain(`Verksam kör på ${base}`);
			await expect.poll(() => serverProcesses(child.pid!).length, { timeout: 60_000, interval: 250 }).toBe(3);
			const signIn = await fetch(`${base}/logga-in`, {
				method: 'POST',
				redirect: 'manual',
				headers: { origin: base, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({ username: 'redaktor', password: 'exempelstad-demo', next: '/' })
			});
			const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
			expect(cookie).toMatch(/^verksam_session=/);
			// New connections go round the processes (node:cluster), so these requests meet several of them.
			for (let i = 0; i < 6; i++) {
				const page = await fetch(`${base}/org/familjeenheten/2026`, { headers: { cookie, connection: 'close' }, redirect: 'manual' });
				expect(page.status).toBe(200);
				expect(await page.text()).toContain('Verksamhetsplan 2026');
			}
			expect(await connections()).toBeGreaterThan(0);
		} finally {
			child.kill('SIGTERM');
		}
		try {
			expect(await exited).toBe(0);
			expect(serverProcesses(child.pid!)).toEqual([]);
			await expect.poll(connections, { timeout: 10_000, interval: 250 }).toBe(0);
		} finally {
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	});

	it('refuses a second import into the same plan, a file of a later version, broken files and unknown organisations, with exit 1', async () => {
		const twice = await verksam('import-json', file('f.json'), '--org', 'familjeenheten', '--year', '2027');
		expect([twice.code, twice.stdout, twice.stderr]).toEqual([
			1,
			'',
			'Verksamhetsplan 2027 för Familjeenheten har redan innehåll (mål, indikatorer, aktiviteter, texter, budget eller bilagor). Import görs bara till en tom plan.\n'
		]);

		writeFileSync(file('v2.json'), JSON.stringify({ format: 'verksam-plan', version: 2, plans: [] }));
		const v2 = await verksam('import-json', file('v2.json'), '--org', 'familjeenheten', '--year', '2028');
		expect([v2.code, v2.stderr]).toEqual([1, 'Version 2 av verksam-plan stöds inte; den här versionen av Verksam läser version 1.\n']);

		const broken = JSON.parse(readFileSync(file('f.json'), 'utf8'));
		delete broken.plans[0].goals[0].title;
		writeFileSync(file('broken.json'), JSON.stringify(broken));
		const structure = await verksam('import-json', file('broken.json'), '--org', 'familjeenheten', '--year', '2028');
		expect([structure.code, structure.stderr]).toEqual([1, 'plans[0].goals[0].title: saknas (ska vara en text)\n']);

		writeFileSync(file('half.json'), '{"format": "verksam-plan",');
		const notJson = await verksam('import-json', file('half.json'), '--org', 'familjeenheten', '--year', '2028');
		expect(notJson.code).toBe(1);
		expect(notJson.stderr).toMatch(/^Filen .*half\.json är inte giltig JSON: /);

		const missing = await verksam('import-json', file('saknas.json'), '--org', 'familjeenheten', '--year', '2028');
		expect([missing.code, missing.stderr]).toEqual([1, `Filen ${file('saknas.json')} finns inte.\n`]);

		const nobody = await verksam('export', '--org', 'ingen-enhet', '--year', '2026');
		expect([nobody.code, nobody.stderr]).toEqual([1, 'Organisationen ”ingen-enhet” finns inte.\n']);

		// Nothing was imported into 2028 by the refused runs.
		const empty = JSON.parse((await verksam('export', '--org', 'familjeenheten', '--year', '2028')).stdout) as PlanFile;
		expect(empty.plans[0].goals).toEqual([]);
		expect(empty.plans[0].introduction).toEqual([]);
	});

	it('imports a plan saved as text to verksam-plan/1 with warnings on stderr', async () => {
		const seed = path.join(root, 'src', 'lib', 'domain', 'import', 'seeds', 'kungsholmen-vuxenenheten-2014.txt');
		const imported = await verksam('import', seed, '--json');
		expect(imported.code).toBe(0);
		const parsed = JSON.parse(imported.stdout) as PlanFile;
		expect([parsed.format, parsed.version, parsed.plans.length]).toEqual(['verksam-plan', 1, 1]);
		expect([parsed.plans[0].organisation, parsed.plans[0].year]).toEqual(['Vuxenenheten', 2014]);
		// L92-94 of the seed: "Nämndmål:" with "-" for a title.
		expect(imported.stderr.split('\n')[0]).toBe('Rad 94: Nämndmål saknar titel och hoppas över.');

		const noFlags = await verksam('import', seed);
		expect([noFlags.code, noFlags.stderr.split('\n')[0]]).toEqual([2, 'Ange --json för att skriva planen som verksam-plan/1, eller --org ORG --year ÅR för att lagra den.']);
		const both = await verksam('import', seed, '--json', '--org', 'familjeenheten', '--year', '2029');
		expect(both.code).toBe(2);
	});

	it('stores the plan of our own Word and PDF files in an empty year: the same goals, indicators and activities', async () => {
		const docx = await verksam('export', '--org', 'familjeenheten', '--year', '2026', '--format', 'docx', '--out', file('plan.docx'));
		const pdf = await verksam('export', '--org', 'familjeenheten', '--year', '2026', '--format', 'pdf', '--out', file('plan.pdf'));
		expect([docx.code, pdf.code]).toEqual([0, 0]);
		const original = JSON.parse(readFileSync(file('f.json'), 'utf8')) as PlanFile;
		const goalsOf = (plan: PlanFile['plans'][number]) => {
			const out: string[] = [];
			const walk = (goals: typeof plan.goals) => {
				for (const g of goals) {
					out.push(`${g.label} ${g.number ?? ''} ${g.title}`, ...g.indicators.map((i) => `  ${i.name}`), ...g.activities.map((a) => `  ${a.title} ${a.start} ${a.end}`));
					walk(g.goals);
				}
			};
			walk(plan.goals);
			return out;
		};
		for (const [name, year] of [['plan.docx', '2029'], ['plan.pdf', '2030']] as const) {
			const stored = await verksam('import', file(name), '--org', 'familjeenheten', '--year', year);
			expect([name, stored.code, stored.stderr]).toEqual([name, 0, '']);
			expect(stored.stdout.trimEnd().split('\n').at(-1)).toBe(`Planen ”Verksamhetsplan 2026 – Familjeenheten” är inläst för familjeenheten ${year}.`);
			const back = JSON.parse((await verksam('export', '--org', 'familjeenheten', '--year', year)).stdout) as PlanFile;
			expect(goalsOf(back.plans[0])).toEqual(goalsOf(original.plans[0]));
			expect(back.plans[0].budget).toEqual(original.plans[0].budget);
		}
	});

	it('asks which plan to store when the file holds several, and refuses what is no plan, with nothing stored', async () => {
		const three = path.join(root, 'src', 'lib', 'domain', 'import', 'seeds', 'kungsholmen-2022-tre-enheter.txt');
		const several = await verksam('import', three, '--org', 'familjeenheten', '--year', '2028');
		expect(several.code).toBe(1);
		expect(several.stderr).toMatch(/^Filen innehåller 3 planer; välj en med --plan N:\n {2}1: /m);
		const outOfRange = await verksam('import', three, '--org', 'familjeenheten', '--year', '2028', '--plan', '4');
		expect([outOfRange.code, outOfRange.stderr.split('\n')[0]]).toEqual([2, '--plan ska vara ett nummer från 1 till 3 (filen innehåller 3 planer).']);
		// The second of the file's three plans (its header "Till" / "Familjeenheten", L512-515 of the seed) into 2031.
		const second = await verksam('import', three, '--org', 'familjeenheten', '--year', '2031', '--plan', '2');
		expect([second.code, second.stdout.trimEnd().split('\n').at(-1)]).toEqual([0, 'Planen ”Verksamhetsplan 2022 för Familjeenheten” är inläst för familjeenheten 2031.']);

		writeFileSync(file('brev.txt'), 'Hej!\n\nDet här är ett brev.\n');
		writeFileSync(file('tom.docx'), '');
		writeFileSync(file('binar.pdf'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02]));
		writeFileSync(file('zip.docx'), zipSync({ 'a.txt': new TextEncoder().encode('hej') }));
		writeFileSync(file('stor.txt'), Buffer.alloc(20 * 1024 * 1024 + 1, 0x20));
		const refusals: [string, string][] = [
			['brev.txt', `Ingen plan hittades i ${file('brev.txt')}: inga mål med rubriker som ”Nämndmål” eller ”Åtagande”.`],
			['tom.docx', `Filen ${file('tom.docx')} är tom.`],
			['binar.pdf', `Filen ${file('binar.pdf')} är varken text, Word (.docx) eller PDF. Ett äldre Word-dokument (.doc) kan sparas som .docx.`],
			['zip.docx', `Filen ${file('zip.docx')} är en zip-fil men inget Word-dokument (.docx).`],
			['stor.txt', `Filen ${file('stor.txt')} är för stor för en plan (mer än 20 MB).`],
			['saknas.pdf', `Filen ${file('saknas.pdf')} finns inte.`]
		];
		for (const [name, message] of refusals) {
			for (const mode of [['--json'], ['--org', 'familjeenheten', '--year', '2028']]) {
				const result = await verksam('import', file(name), ...mode);
				expect([name, result.code, result.stdout, result.stderr]).toEqual([name, 1, '', `${message}\n`]);
			}
		}
		// Nothing was stored in 2028 by the refused runs.
		const empty = JSON.parse((await verksam('export', '--org', 'familjeenheten', '--year', '2028')).stdout) as PlanFile;
		expect(empty.plans[0].goals).toEqual([]);
	});

	it('says clearly, without a stack trace or the password, when the database cannot be reached, with exit 3', async () => {
		const result = await run(['migrate'], { ...env, DATABASE_URL: 'postgres://verksam:hemligt@127.0.0.1:1/verksam' });
		expect(result.code).toBe(3);
		expect(result.stderr).toBe(
			'Kan inte ansluta till databasen verksam på 127.0.0.1:1 (DATABASE_URL): servern svarar inte (ECONNREFUSED). Kontrollera adressen och att PostgreSQL är igång.\n'
		);
		const file = path.join(dir, 'inte-en-katalog');
		writeFileSync(file, '');
		const embedded = await run(['migrate'], { ...env, VERKSAM_DATA_DIR: file });
		expect([embedded.code, embedded.stderr]).toEqual([
			3,
			`Kan inte öppna databasen i ${file}: sökvägen är ingen katalog (EEXIST). Välj en katalog med VERKSAM_DATA_DIR.\n`
		]);
	});
});

describe('the verksam command on a Huddinge municipality', { timeout: 180_000 }, () => {
	let dir: string;
	let env: NodeJS.ProcessEnv;
	const verksam = (...args: string[]) => run(args, env);

	beforeAll(async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'verksam-cli-huddinge-'));
		env = { ...process.env, VERKSAM_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' };
		delete env.VERKSAM_ROOT;
		// The command has no way to make a municipality: the factories write one into its data directory.
		const database = await openDatabase({ dataDir: env.VERKSAM_DATA_DIR });
		try {
			await migrateDatabase(database);
			const huddinge = await createMunicipality(database.db, { name: 'Huddinge kommun', slug: 'huddinge', model: 'huddinge' });
			await createCommittee(database.db, huddinge, { name: 'Socialnämnden', slug: 'socialnamnden' });
		} finally {
			await database.close();
		}
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it("stores the socialnämnd's plan read from text, and refuses to store it twice", async () => {
		const seed = path.join(root, 'src', 'lib', 'domain', 'import', 'seeds', 'huddinge-socialnamnden-2017.txt');
		const stored = await verksam('import', seed, '--org', 'socialnamnden', '--year', '2017');
		expect(stored.code).toBe(0);
		expect(stored.stdout.trimEnd().split('\n').at(-1)).toBe('Planen ”Verksamhetsplan 2017 för socialnämnden” är inläst för socialnamnden 2017.');

		const back = JSON.parse((await verksam('export', '--org', 'socialnamnden', '--year', '2017')).stdout) as PlanFile;
		const labels: string[] = [];
		const withTables: string[] = [];
		const walk = (goals: PlanFile['plans'][number]['goals']) => {
			for (const g of goals) {
				labels.push(g.label);
				withTables.push(...g.indicators.filter((i) => i.stageTable).map((i) => i.name));
				walk(g.goals);
			}
		};
		walk(back.plans[0].goals);
		// The plan shows the goals above the nämnd's own (golden + page 16): 3 övergripande mål, 7 council
		// delmål with something of the nämnd's below, 4 nämnd delmål, 10 åtaganden; 14 etappmål tables.
		const count = (label: string) => labels.filter((l) => l === label).length;
		expect([count('Övergripande mål'), count('Delmål'), count('Nämndens delmål'), count('Utvecklingsåtagande')]).toEqual([3, 7, 4, 10]);
		expect(withTables).toHaveLength(14);

		const again = await verksam('import', seed, '--org', 'socialnamnden', '--year', '2017');
		expect([again.code, again.stderr.trimEnd().split('\n').at(-1)]).toEqual([
			1,
			'Verksamhetsplan 2017 för Socialnämnden har redan innehåll (mål, indikatorer, aktiviteter, texter, budget eller bilagor). Import görs bara till en tom plan.'
		]);
	});
});
