import { afterAll, describe, expect, it, vi } from 'vitest';
import { rmSync } from 'node:fs';
import postgres from 'postgres';
import { PGlite } from '@electric-sql/pglite';
import { startServer, type RunningServer } from './support/server';
import { makeTempDir } from './support/temp-dirs';
import { postAction, signInOverHttp } from './support/http-session';
import { startPostgresCluster, type PostgresCluster } from '../postgres-cluster';

vi.setConfig({ testTimeout: 300_000 });

/** The rows a new budget table starts with (defaultBudgetRows in add-budget-table.ts), in order. */
const startingRows = ['Intäkter', 'Personal', 'Köp av verksamhet', 'Lokaler', 'Övriga kostnader'];
const plan = '/org/familjeenheten/2026';
/** Saves sent at the same time. */
const CONCURRENCY = 6;
/** The server is killed once this many saves have been acknowledged. */
const KILL_AFTER = 20;

interface StoredTable {
	id: number;
	heading: string;
	columns: string[];
	labels: string[];
	tableLogged: number;
	rowsLogged: number;
	loggedBy: number[];
}

/** A query runner for the database the server used, and a way to let it go. */
interface Storage {
	query<T>(sql: string): Promise<T[]>;
	close(): Promise<void>;
}

/**
 * Each budget table "Krasch N" with its rows and its change_log entries; and the change_log's
 * budget table inserts that name no table there is.
 */
async function readCrashTables(storage: Storage): Promise<{ tables: StoredTable[]; orphanLogEntries: number }> {
	const tables = await storage.query<StoredTable>(`
		select t.id, t.heading, t.columns,
			coalesce((select array_agg(r.label order by r.position) from budget_rows r where r.table_id = t.id), '{}') as labels,
			(select count(*)::int from change_log c where c.table_name = 'budget_tables' and c.operation = 'insert' and c.row_key = t.id::text) as "tableLogged",
			(select count(*)::int from change_log c join budget_rows r on c.row_key = r.id::text
				where c.table_name = 'budget_rows' and c.operation = 'insert' and r.table_id = t.id) as "rowsLogged",
			(select coalesce(array_agg(distinct c.user_id), '{}') from change_log c where c.table_name = 'budget_tables' and c.row_key = t.id::text) as "loggedBy"
		from budget_tables t where t.heading like 'Krasch %' order by t.id`);
	const [{ orphans }] = await storage.query<{ orphans: number }>(`
		select count(*)::int as orphans from change_log c
		where c.table_name = 'budget_tables' and c.new_value->>'heading' like 'Krasch %'
			and not exists (select 1 from budget_tables t where t.id::text = c.row_key)`);
	return { tables, orphanLogEntries: orphans };
}

interface Database {
	/** Options for startServer: the same database every time. */
	serverOptions: { databaseUrl?: string; dataDir?: string };
	/** Opens the database from the test (for PGlite, only while no server has it open). */
	open(): Promise<Storage>;
	destroy(): void;
}

async function postgresDatabase(): Promise<Database> {
	// fsync on, as in production; the server process is what is killed, PostgreSQL keeps running.
	const cluster: PostgresCluster = await startPostgresCluster();
	return {
		serverOptions: { databaseUrl: cluster.url() },
		async open() {
			const sql = postgres(cluster.url(), { max: 1, onnotice: () => {} });
			return { query: (text) => sql.unsafe(text) as never, close: () => sql.end() };
		},
		destroy: () => cluster.destroy()
	};
}

async function embeddedDatabase(): Promise<Database> {
	const dataDir = makeTempDir('crash-data');
	return {
		serverOptions: { dataDir },
		async open() {
			const db = new PGlite(dataDir);
			await db.waitReady;
			return { query: async (text) => (await db.query(text)).rows as never, close: () => db.close() };
		},
		destroy: () => rmSync(dataDir, { recursive: true, force: true })
	};
}

/**
 * The server killed with SIGKILL in the middle of a burst of saves, then started again on the
 * same data: every save it acknowledged is there, exactly; every save is all or nothing (a budget
 * table is one table row and five row rows, added in one transaction); the change_log agrees.
 */
describe.each([
	['PostgreSQL', postgresDatabase],
	['PGlite on disk', embeddedDatabase]
])('the server killed during a burst of saves (%s)', (_name, makeDatabase) => {
	let database: Database | undefined;
	let server: RunningServer | undefined;

	afterAll(async () => {
		await server?.stop();
		database?.destroy();
	});

	it('keeps every acknowledged save, and no save half-written', async () => {
		database = await makeDatabase();
		server = await startServer(database.serverOptions);
		const first = server;
		const cookie = await signInOverHttp(first.url, 'enhetschef');

		const sent = new Set<number>();
		const acknowledged = new Set<number>();
		let next = 1;
		let killed: Promise<void> | null = null;
		let inFlightAtKill = 0;
		const worker = async () => {
			while (!killed && next <= 1000) {
				const n = next++;
				sent.add(n);
				try {
					const response = await postAction(first.url, plan, 'addBudgetTable', { heading: `Krasch ${n}`, columns: 'Budget 2026; Utfall 2025' }, cookie);
					const result = (await response.json()) as { type?: string };
					if (response.status === 200 && result.type === 'success') acknowledged.add(n);
					else throw new Error(`Save ${n} was refused: ${response.status} ${JSON.stringify(result)}`);
				} catch (error) {
					if (killed) return;
					throw error;
				}
				if (acknowledged.size >= KILL_AFTER && !killed) {
					inFlightAtKill = sent.size - acknowledged.size;
					killed = first.kill();
				}
			}
		};
		await Promise.all(Array.from({ length: CONCURRENCY }, worker));
		await killed;
		expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
		// The other workers' saves were on their way when the server died.
		expect(inFlightAtKill).toBe(CONCURRENCY - 1);

		// Started again on the same data, the server serves the plan with the acknowledged tables.
		server = await startServer(database.serverOptions);
		const signedIn = await signInOverHttp(server.url, 'enhetschef');
		const page = await fetch(`${server.url}${plan}`, { headers: { cookie: signedIn, accept: 'text/html' } });
		expect(page.status).toBe(200);
		const html = await page.text();
		for (const n of acknowledged) expect(html).toMatch(new RegExp(`Krasch ${n}["<]`));
		if (!database.serverOptions.databaseUrl) await server.stop(); // PGlite: one process at a time

		const storage = await database.open();
		let stored: Awaited<ReturnType<typeof readCrashTables>>;
		let enhetschef: number;
		try {
			stored = await readCrashTables(storage);
			[{ id: enhetschef }] = await storage.query<{ id: number }>(`select id from users where username = 'enhetschef'`);
		} finally {
			await storage.close();
		}

		const headings = stored.tables.map((t) => t.heading);
		// Every acknowledged save is there, once; nothing is there that was not sent.
		for (const n of acknowledged) expect(headings.filter((h) => h === `Krasch ${n}`)).toHaveLength(1);
		for (const heading of headings) expect(sent.has(Number(heading.replace('Krasch ', '')))).toBe(true);
		expect(new Set(headings).size).toBe(headings.length);
		// All or nothing: each table has its two columns and all five starting rows, each logged once, by enhetschef.
		for (const table of stored.tables) {
			expect({ heading: table.heading, columns: table.columns, labels: table.labels, tableLogged: table.tableLogged, rowsLogged: table.rowsLogged, loggedBy: table.loggedBy }).toEqual({
				heading: table.heading,
				columns: ['Budget 2026', 'Utfall 2025'],
				labels: startingRows,
				tableLogged: 1,
				rowsLogged: 5,
				loggedBy: [enhetschef]
			});
		}
		// The log names no table that is not there.
		expect(stored.orphanLogEntries).toBe(0);
	});
});
