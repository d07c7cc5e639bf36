import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './support/paths';
import { freePort } from './support/server';
import { startPostgresCluster, type PostgresCluster } from '../postgres-cluster';

vi.setConfig({ testTimeout: 180_000 });

/**
 * The server started without a usable database (PostgreSQL not listening, a wrong password, a
 * database that does not exist, an embedded database directory that cannot be one): it says
 * what is wrong in one Swedish line, exits with code 3, and prints no stack trace.
 */
describe('starting without a usable database', () => {
	let cluster: PostgresCluster;
	let dir: string;
	const password = 'hemligt-lösenord-42';

	beforeAll(async () => {
		const buildError = inject('e2eBuildError');
		if (buildError) throw new Error(`The app could not be built:\n${buildError}`);
		cluster = await startPostgresCluster({ password, fast: true });
		dir = mkdtempSync(path.join(tmpdir(), 'verksam-start-up-'));
	});
	afterAll(() => {
		cluster?.destroy();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	interface Exit {
		code: number | null;
		stdout: string;
		stderr: string;
	}

	/** Runs a command with the given database settings until it exits (killed after 90 s). */
	async function runUntilExit(args: string[], database: { url?: string; dataDir?: string }): Promise<Exit> {
		const port = await freePort();
		const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', VERKSAM_DEBUG: '' };
		for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
		env.DATABASE_URL = database.url ?? '';
		env.VERKSAM_DATA_DIR = database.dataDir ?? path.join(dir, 'unused');
		return new Promise((resolve, reject) => {
			const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (d) => (stdout += d));
			child.stderr.on('data', (d) => (stderr += d));
			const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
			child.on('error', reject);
			child.on('close', (code) => {
				clearTimeout(timer);
				resolve({ code, stdout, stderr });
			});
		});
	}

	const built = ['build/index.js'];
	const cli = [path.join('bin', 'verksam.js'), 'serve'];
	const closedPort = 'postgres://verksam:hemligt@127.0.0.1:1/verksam';

	it('PostgreSQL not listening: node build and verksam serve both exit 3 with one line', async () => {
		const expected = 'Verksam kan inte starta. Kan inte ansluta till databasen verksam på 127.0.0.1:1 (DATABASE_URL): servern svarar inte (ECONNREFUSED). Kontrollera adressen och att PostgreSQL är igång.\n';
		const node = await runUntilExit(built, { url: closedPort });
		expect([node.code, node.stderr]).toEqual([3, expected]);
		const serve = await runUntilExit(cli, { url: closedPort });
		expect([serve.code, serve.stderr]).toEqual([3, expected]);
		// The server never said it was running.
		expect(serve.stdout).not.toContain('Verksam kör på');
	});

	it('a wrong password: exit 3, and the password is not printed', async () => {
		const result = await runUntilExit(built, { url: `postgres://postgres:fel-l%C3%B6senord@127.0.0.1:${cluster.port}/postgres` });
		expect([result.code, result.stderr]).toEqual([
			3,
			`Verksam kan inte starta. Kan inte logga in i databasen postgres på 127.0.0.1:${cluster.port} (DATABASE_URL): fel användare eller lösenord. Kontrollera användaren och lösenordet i DATABASE_URL.\n`
		]);
		expect(result.stderr + result.stdout).not.toMatch(/fel-l|hemligt/);
	});

	it('a database that does not exist: exit 3, naming it', async () => {
		const result = await runUntilExit(built, { url: cluster.url('finns_inte') });
		expect([result.code, result.stderr]).toEqual([
			3,
			`Verksam kan inte starta. Kan inte ansluta: databasen finns_inte på 127.0.0.1:${cluster.port} (DATABASE_URL) finns inte på servern. Skapa den (createdb) eller rätta namnet i DATABASE_URL.\n`
		]);
	});

	it('an embedded database directory that is a file: exit 3, naming it', async () => {
		const file = path.join(dir, 'en-fil');
		writeFileSync(file, 'inte en databas');
		const result = await runUntilExit(built, { dataDir: file });
		expect([result.code, result.stderr]).toEqual([
			3,
			`Verksam kan inte starta. Kan inte öppna databasen i ${file}: sökvägen är ingen katalog (EEXIST). Välj en katalog med VERKSAM_DATA_DIR.\n`
		]);
	});
});
