import { afterAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer, type ServerOptions } from './support/server';
import { signInOverHttp } from './support/http-session';
import { startPostgresCluster, type PostgresCluster } from '../postgres-cluster';

vi.setConfig({ testTimeout: 300_000 });

const plan = '/org/familjeenheten/2026';
/** Clients asking for the plan at the same time, each again as soon as it has its answer; they leave at the signal. */
const LEAVING = 30;
/** Clients asking for the lighter home page the same way, who wait for their answers. */
const STAYING = 4;
/** The bound the shutdown promises (graceful-shutdown.ts: 8 s for running requests, 5 s to close the database), with room for a loaded machine. */
const EXIT_WITHIN_MS = 15_000;

interface Driver {
	name: string;
	options(): Promise<ServerOptions>;
	destroy(): void;
}

function postgresDriver(): Driver {
	let cluster: PostgresCluster | undefined;
	return {
		name: 'PostgreSQL',
		async options() {
			cluster = await startPostgresCluster({ fast: true });
			return { databaseUrl: cluster.url() };
		},
		destroy: () => cluster?.destroy()
	};
}

function pgliteDriver(): Driver {
	return {
		name: 'PGlite',
		// A fresh data directory of the server's own.
		options: async () => ({}),
		destroy: () => {}
	};
}

/**
 * SIGTERM while the server is busy: requests are running, more are coming on kept-alive
 * connections, and some clients give up and leave while theirs still run. The server stops
 * accepting, answers what it has (the page, or 503 "try again"), closes the database only after
 * the requests that use it, does not take its own shutdown for a database outage, and exits 0.
 */
describe.sequential.each([postgresDriver, pgliteDriver].map((make) => make()))('SIGTERM under load ($name)', (driver) => {
	let server: RunningServer | undefined;

	afterAll(async () => {
		await server?.stop();
		driver.destroy();
	});

	it('exits with code 0 within 15 s, answering every request it took 200 or 503, with no outage logged', async () => {
		server = await startServer(await driver.options());
		const running = server;
		const cookie = await signInOverHttp(running.url, 'enhetschef');

		const statuses: number[] = [];
		let terminatedAt = 0;
		const afterSignal: number[] = [];
		/** The leaving clients give up at the signal, their requests still running on the server (as behind a proxy that cuts off). */
		const leaving = new AbortController();
		const client = async (path: string, signal?: AbortSignal) => {
			while (!terminatedAt || Date.now() - terminatedAt < EXIT_WITHIN_MS) {
				try {
					const response = await fetch(`${running.url}${path}`, { headers: { cookie, accept: 'text/html' }, signal });
					await response.text();
					(terminatedAt ? afterSignal : statuses).push(response.status);
				} catch {
					// Refused (no longer listening), reset, or given up: this client stops.
					if (terminatedAt) return;
				}
			}
		};
		const clients = [
			...Array.from({ length: LEAVING }, () => client(plan, leaving.signal)),
			...Array.from({ length: STAYING }, () => client('/'))
		];

		// Under load: answers have come, and every client has a request running.
		while (statuses.length < LEAVING) await new Promise((resolve) => setTimeout(resolve, 50));
		terminatedAt = Date.now();
		running.signal('SIGTERM');
		leaving.abort();

		const exit = await Promise.race([running.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), EXIT_WITHIN_MS))]);
		expect(exit, running.output().slice(-3000)).toEqual({ code: 0, signal: null });
		console.log(`[shutdown] ${driver.name}: exited ${Date.now() - terminatedAt} ms after SIGTERM`);
		await Promise.all(clients);

		expect(statuses.every((status) => status === 200)).toBe(true);
		expect(afterSignal.filter((status) => status !== 200 && status !== 503)).toEqual([]);
		// Closing its own database is no outage, and no request failed for it.
		expect(running.output()).not.toContain('Databasen går inte att nå');
		expect(running.output()).not.toMatch(/CONNECTION_ENDED|not started|\bat .+:\d+:\d+/);
	});
});
