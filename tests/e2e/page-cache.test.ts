import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import postgres from 'postgres';
import { startServer, type RunningServer } from './support/server';
import { postAction, signInOverHttp } from './support/http-session';
import { startPostgresCluster, type PostgresCluster } from '../postgres-cluster';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

/**
 * The page cache (src/lib/server/http/page-cache.ts) as users meet it: a page opened again is the
 * same page, a change shows at once (made here, in a page's data request or by another process),
 * and nobody is given another user's page. Over plain HTTP, as a browser without JavaScript asks;
 * x-verksam-cache tells whether the page was kept or rendered.
 */
const plan = '/org/familjeenheten/2026';
const addTableForm = 'action="?/addBudgetTable"';

async function get(server: RunningServer, path: string, cookie: string) {
	const response = await fetch(server.url + path, { headers: { cookie, accept: 'text/html' } });
	return { status: response.status, cache: response.headers.get('x-verksam-cache'), html: await response.text() };
}

interface Started {
	server: RunningServer;
	/** Runs SQL through a connection of the test's own, as another server process would write. */
	writeElsewhere?: (sql: string) => Promise<void>;
	close?: () => Promise<void>;
}

function pageCacheCases(name: string, start: () => Promise<Started>, { anotherProcess }: { anotherProcess: boolean }) {
	describe(`the page cache (${name})`, () => {
		let started: Started;
		let server: RunningServer;
		let editor: string;
		let reader: string;
		beforeAll(async () => {
			started = await start();
			server = started.server;
			editor = await signInOverHttp(server.url, 'enhetschef');
			reader = await signInOverHttp(server.url, 'lasare');
		});
		afterAll(async () => {
			await server?.stop();
			await started?.close?.();
		});

		it('gives a page opened again unchanged, and a change at once', async () => {
			const first = await get(server, plan, editor);
			expect(first).toMatchObject({ status: 200, cache: 'miss' });
			const second = await get(server, plan, editor);
			expect(second).toMatchObject({ status: 200, cache: 'hit' });
			expect(second.html).toBe(first.html);

			const saved = await postAction(server.url, plan, 'addBudgetTable', { heading: 'Cachad budget', columns: 'Budget 2026' }, editor);
			expect(((await saved.json()) as { type: string }).type).toBe('success');
			const after = await get(server, plan, editor);
			expect(after.cache).toBe('miss');
			expect(first.html).not.toContain('Cachad budget');
			expect(after.html).toContain('Cachad budget');
			// The page's data, as an enhanced form asks for it after saving, is fresh too.
			const data = await fetch(`${server.url}${plan}/__data.json?x-sveltekit-invalidated=11`, { headers: { cookie: editor } });
			expect(await data.text()).toContain('Cachad budget');
		});

		it("never gives one user another user's page", async () => {
			const editorPage = await get(server, plan, editor);
			expect(editorPage.html).toContain(addTableForm);
			// The reader asks for the same address right after the editor: a page of their own, without the editor's forms.
			const readerPage = await get(server, plan, reader);
			expect(readerPage).toMatchObject({ status: 200, cache: 'miss' });
			expect(readerPage.html).not.toContain(addTableForm);
			expect(readerPage.html).toContain('Leo Läsare');
			expect(readerPage.html).not.toContain('Elin Enhetschef');
			const readerAgain = await get(server, plan, reader);
			expect(readerAgain.cache).toBe('hit');
			expect(readerAgain.html).not.toContain(addTableForm);
			// Signed out, the address asks for signing in; the kept pages are not given.
			const signedOut = await fetch(server.url + plan, { redirect: 'manual' });
			expect(signedOut.status).toBe(303);
		});

		// PGlite is one process's database: no other process can write to it while the server runs.
		if (anotherProcess)
			it('shows a change made by another process (another server on the same database) at once', async () => {
				await get(server, plan, editor);
				expect((await get(server, plan, editor)).cache).toBe('hit');
				await started.writeElsewhere!(`update budget_tables set heading = 'Ändrad av en annan server' where heading = 'Cachad budget'`);
				const after = await get(server, plan, editor);
				expect(after.cache).toBe('miss');
				expect(after.html).toContain('Ändrad av en annan server');
				expect(after.html).not.toContain('Cachad budget');
			});
	});
}

pageCacheCases('PGlite', async () => ({ server: await startServer() }), { anotherProcess: false });

pageCacheCases(
	'PostgreSQL',
	async () => {
		// A cluster of its own without autovacuum: its ANALYZE after the demo is loaded is a write too, and would make a page be rendered again.
		const cluster: PostgresCluster = await startPostgresCluster({ fast: true, settings: ['autovacuum=off'] });
		const sql = postgres(cluster.url(), { max: 1, onnotice: () => {} });
		return {
			server: await startServer({ databaseUrl: cluster.url() }),
			writeElsewhere: async (text) => {
				await sql.unsafe(text);
			},
			close: async () => {
				await sql.end();
				cluster.destroy();
			}
		};
	},
	{ anotherProcess: true }
);
