/**
 * Starts the BUILT app (adapter-node, build/index.js) for end-to-end tests, on a free loopback
 * port with a fresh PGlite database in a temporary directory (the server loads the demo data
 * into an empty database at start-up). The build is made once per test run by build-setup.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { inject } from 'vitest';
import { repoRoot } from './paths';
import { makeTempDir } from './temp-dirs';
import { largestBodyBytes } from '../../../src/lib/server/http/body-limits';

export interface RunningServer {
	/** http://127.0.0.1:PORT, without a trailing slash. */
	url: string;
	stop(): Promise<void>;
	/** SIGKILL: the server ends at once, with no shutdown (its data directory is kept only if the caller owns it). */
	kill(): Promise<void>;
	/** The server's output so far (its last 20 000 characters). */
	output(): string;
	/** Sends the server a signal (e.g. SIGTERM), and nothing more: see `exited`. */
	signal(name: NodeJS.Signals): void;
	/** Settles when the server process has ended, with its exit code or the signal that ended it. */
	exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Servers still running in this worker: stopped when the worker exits, whatever happens. */
const running = new Set<{ child: ChildProcess; dataDir: string }>();
let exitHook = false;
function killLeftoversOnExit() {
	if (exitHook) return;
	exitHook = true;
	process.once('exit', () => {
		for (const { child, dataDir } of running) {
			if (!exited(child)) child.kill('SIGKILL');
			if (dataDir) rmSync(dataDir, { recursive: true, force: true });
		}
	});
}

// A loaded 2-core machine can take a minute or more to start the server and load the demo.
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 10_000;
/** Keep only the end of the server's output for error messages. */
const MAX_OUTPUT = 20_000;

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port'))
			);
		});
	});
}

function exited(child: ChildProcess): boolean {
	return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
	if (exited(child)) return Promise.resolve(true);
	return new Promise((resolve) => {
		const timer = setTimeout(() => {
			child.off('exit', onExit);
			resolve(false);
		}, ms);
		const onExit = () => {
			clearTimeout(timer);
			resolve(true);
		};
		child.once('exit', onExit);
	});
}

export interface ServerOptions {
	/** More environment for the server (e.g. VERKSAM_OIDC_*). */
	env?: NodeJS.ProcessEnv;
	/** A port chosen beforehand (freePort()), when the URL must be known before the start. */
	port?: number;
	/** PostgreSQL instead of a fresh embedded database. */
	databaseUrl?: string;
	/** An embedded database directory the caller owns (kept after stop), e.g. to restart on the same data. */
	dataDir?: string;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
	const buildError = inject('e2eBuildError');
	if (buildError) throw new Error(`The app could not be built for the end-to-end tests:\n${buildError}`);
	const entry = path.join(repoRoot, 'build', 'index.js');
	if (!existsSync(entry)) {
		throw new Error(`${entry} does not exist: build the app first (npx vite build), or unset VERKSAM_E2E_SKIP_BUILD.`);
	}

	const ownsDataDir = !options.dataDir;
	const dataDir = options.dataDir ?? makeTempDir('data');
	const port = options.port ?? (await freePort());
	const url = `http://127.0.0.1:${port}`;
	const env: NodeJS.ProcessEnv = {
		...process.env,
		NODE_ENV: 'production',
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: url,
		VERKSAM_ROOT: repoRoot,
		VERKSAM_DATA_DIR: dataDir,
		// As `verksam serve` sets it.
		BODY_SIZE_LIMIT: String(largestBodyBytes),
		...options.env
	};
	// A fresh embedded database, never a server from the environment, unless the test names one.
	delete env.DATABASE_URL;
	if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;

	const preload = path.join(repoRoot, 'tests', 'e2e', 'support', 'exit-with-parent.cjs');
	const child = spawn(process.execPath, ['--require', preload, entry], {
		cwd: repoRoot,
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const handle = { child, dataDir: ownsDataDir ? dataDir : '' };
	running.add(handle);
	killLeftoversOnExit();
	let output = '';
	const collect = (chunk: Buffer) => {
		output = (output + chunk.toString('utf8')).slice(-MAX_OUTPUT);
	};
	const exitedPromise = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
		child.once('exit', (code, signal) => resolve({ code, signal }))
	);
	child.stdout!.on('data', collect);
	child.stderr!.on('data', collect);
	let spawnError: Error | null = null;
	child.once('error', (error) => (spawnError = error));

	const stop = async () => {
		if (!exited(child)) {
			child.kill('SIGTERM');
			if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
				child.kill('SIGKILL');
				await waitForExit(child, STOP_TIMEOUT_MS);
			}
		}
		if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
		running.delete(handle);
	};
	const kill = async () => {
		if (!exited(child)) {
			child.kill('SIGKILL');
			await waitForExit(child, STOP_TIMEOUT_MS);
		}
		if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
		running.delete(handle);
	};

	const deadline = Date.now() + START_TIMEOUT_MS;
	for (;;) {
		if (spawnError || exited(child)) {
			await stop();
			const how = spawnError ? String(spawnError) : `exited with ${child.exitCode ?? child.signalCode}`;
			throw new Error(`The server (${entry}) ${how} before it answered.\n--- server output ---\n${output}`);
		}
		try {
			await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2_000) });
			break;
		} catch {
			// Not listening yet.
		}
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`The server did not answer on ${url} within ${START_TIMEOUT_MS / 1000} s.\n--- server output ---\n${output}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}

	return { url, stop, kill, output: () => output, signal: (name) => void child.kill(name), exited: exitedPromise };
}
