import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import postgres from 'postgres';
import { startServer, type RunningServer } from './support/server';
import { openBrowser, type OpenBrowser } from './support/browser';
import { expectAccessible } from './support/axe';
import { signInOverHttp } from './support/http-session';
import { startPostgresCluster, type PostgresCluster } from '../postgres-cluster';

vi.setConfig({ testTimeout: 180_000 });

/**
 * PostgreSQL stopped while the server runs: pages and form posts are answered 503 with a Swedish
 * "try again" page (not 500, no stack trace) and nothing is stored; once PostgreSQL is back the
 * same server serves again, within 5 s, without a restart.
 */
describe.sequential('PostgreSQL restarted while the app serves', () => {
	let cluster: PostgresCluster;
	let server: RunningServer;
	let browser: OpenBrowser;
	let cookie: string;
	const plan = '/org/familjeenheten/2026';

	beforeAll(async () => {
		cluster = await startPostgresCluster();
		server = await startServer({ databaseUrl: cluster.url() });
		browser = await openBrowser();
		cookie = await signInOverHttp(server.url, 'enhetschef');
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
		cluster?.destroy();
	});

	const get = (path: string, headers: Record<string, string> = {}) =>
		fetch(`${server.url}${path}`, { redirect: 'manual', headers: { cookie, accept: 'text/html', ...headers } });

	/** A new budget table through the plan's form, as a browser without JavaScript sends it. */
	const addBudgetTable = (heading: string) =>
		fetch(`${server.url}${plan}?/addBudgetTable`, {
			method: 'POST',
			redirect: 'manual',
			headers: { cookie, origin: server.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ heading, columns: 'Budget 2026' })
		});

	async function budgetTablesNamed(heading: string): Promise<number> {
		const sql = postgres(cluster.url(), { max: 1, onnotice: () => {} });
		try {
			const [{ count }] = await sql<{ count: number }[]>`select count(*)::int as count from budget_tables where heading = ${heading}`;
			return count;
		} finally {
			await sql.end();
		}
	}

	function expectOutagePage(status: number, body: string, retryAfter: string | null) {
		expect(status).toBe(503);
		expect(retryAfter).toBe('5');
		expect(body).toContain('Tjänsten kan inte nå databasen just nu. Försök igen om en stund.');
		expect(body).toContain('The service cannot reach its database right now. Please try again in a moment.');
		// No stack trace, no driver error in the answer.
		expect(body).not.toMatch(/ECONNREFUSED|node_modules|\bat .+:\d+:\d+/);
	}

	it('serves the plan while PostgreSQL runs', async () => {
		const response = await get(plan);
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('Familjeenheten');
	});

	it('answers 503 "try again" while PostgreSQL is stopped, signed in or not, and stores no form post', async () => {
		cluster.stop();

		const signedIn = await get(plan);
		expectOutagePage(signedIn.status, await signedIn.text(), signedIn.headers.get('retry-after'));
		const anonymous = await fetch(`${server.url}/`, { headers: { accept: 'text/html' } });
		expectOutagePage(anonymous.status, await anonymous.text(), anonymous.headers.get('retry-after'));

		const post = await addBudgetTable('Under avbrottet');
		expectOutagePage(post.status, await post.text(), post.headers.get('retry-after'));

		// The page as a browser shows it: Swedish, and accessible.
		await browser.context.addCookies([{ name: 'verksam_session', value: cookie.split('=')[1], url: server.url }]);
		const shown = await browser.page.goto(`${server.url}${plan}`);
		expect(shown?.status()).toBe(503);
		expect(await browser.page.getByRole('heading', { level: 1 }).textContent()).toBe('Databasen går inte att nå');
		expect(await browser.page.getAttribute('html', 'lang')).toBe('sv');
		await expectAccessible(browser.page, 'the database outage page');
		// Logged once for the outage, not once per request.
		expect(server.output().match(/Databasen går inte att nå/g)).toHaveLength(1);
	});

	it('serves again within 5 s of PostgreSQL returning, without a restart, and the post made during the outage is not there', async () => {
		cluster.start();
		const started = Date.now();
		let status = 0;
		while (Date.now() - started < 5_000) {
			status = (await get(plan).catch(() => null))?.status ?? 0;
			if (status === 200) break;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		expect(status).toBe(200);

		expect(await budgetTablesNamed('Under avbrottet')).toBe(0);
		// The same form works again, and stores one table.
		const post = await addBudgetTable('Efter avbrottet');
		expect(post.status).toBe(200);
		expect(await budgetTablesNamed('Efter avbrottet')).toBe(1);
	});
});
