/**
 * The built app (`build/index.js`) started for a benchmark, and a demo account's session cookie.
 * Benchmarks only: tests start the server through tests/e2e/support/server.ts.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import { demoPassword } from '../../src/lib/server/demo/demo-users';

export interface BuiltServer {
	base: string;
	/** The server's process id (its workers, if any, are its children). */
	pid: number;
	/** Milliseconds from spawn until the home page answered. */
	readyAfterMs: number;
	stop(): Promise<void>;
}

export function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const s = net.createServer().listen(0, '127.0.0.1', () => {
			const a = s.address();
			s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
		});
	});
}

/**
 * Starts the built server (`entry`, a script and its arguments, e.g. `bin/verksam.js serve` for
 * several workers) with `env` added to this process's and waits until it answers.
 */
export async function startBuiltServer(env: NodeJS.ProcessEnv, entry: string | string[] = 'build/index.js'): Promise<BuiltServer> {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, typeof entry === 'string' ? [entry] : entry, {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base, ...env },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const stop = async () => {
		if (server.exitCode !== null) return;
		server.kill('SIGTERM');
		// An overloaded server may hold open connections past SIGTERM; it is ours to end.
		const killer = setTimeout(() => server.kill('SIGKILL'), 10_000);
		await new Promise((r) => server.once('exit', r));
		clearTimeout(killer);
	};
	const started = Date.now();
	try {
		for (;;) {
			try {
				if ((await fetch(base + '/')).ok) break;
			} catch {
				/* not yet listening */
			}
			if (Date.now() - started > 120_000) throw new Error('The server did not start');
			await new Promise((r) => setTimeout(r, 200));
		}
	} catch (error) {
		await stop();
		throw error;
	}
	return { base, pid: server.pid!, readyAfterMs: Date.now() - started, stop };
}

/** Signs in as a demo account and returns the session cookie ("verksam_session=…"). */
export async function signInAsDemo(base: string, username: string): Promise<string> {
	const signIn = await fetch(base + '/logga-in', {
		method: 'POST',
		redirect: 'manual',
		headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: base },
		body: new URLSearchParams({ username, password: demoPassword, next: '/' })
	});
	const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
	if (!cookie.startsWith('verksam_session=')) throw new Error(`Sign-in failed: HTTP ${signIn.status}`);
	return cookie;
}
