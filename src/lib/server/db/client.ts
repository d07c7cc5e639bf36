import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Schema = typeof schema;
/** One type for both drivers: PGlite (embedded) and postgres-js (a real server). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction or the database itself: use cases accept either. */
export type DbOrTx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export interface Database {
	db: Db;
	driver: 'pglite' | 'postgres';
	close(): Promise<void>;
}

export interface OpenOptions {
	/** postgres:// URL; when absent, PGlite is used. */
	url?: string;
	/** PGlite data directory; 'memory' for an in-memory database. */
	dataDir?: string;
}

/** The project's root, where drizzle/ lives (bin/verksam.js sets VERKSAM_ROOT). */
export function projectRoot(): string {
	return process.env.VERKSAM_ROOT ?? process.cwd();
}

export function migrationsFolder(): string {
	return path.join(projectRoot(), 'drizzle');
}

export function defaultDataDir(): string {
	return process.env.VERKSAM_DATA_DIR ?? path.join(projectRoot(), 'data');
}

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
	if (options.url) {
		const { default: postgres } = await import('postgres');
		const { drizzle } = await import('drizzle-orm/postgres-js');
		const client = postgres(options.url, {
			max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
			onnotice: () => {},
			connect_timeout: 10,
			// Prepared statements (below) are still planned for their values each time: after five runs
			// PostgreSQL may switch to a plan for any values, and for a query over an array of ids
			// (the council's roll-up) that plan was ten times slower.
			connection: { plan_cache_mode: 'force_custom_plan' }
		});
		const prepare = process.env.DATABASE_PREPARE !== '0';
		const db = drizzle(prepare ? preparingStatements(client) : client, { schema }) as unknown as Db;
		return { db, driver: 'postgres', close: () => client.end({ timeout: 5 }) };
	}
	const { PGlite } = await import('@electric-sql/pglite');
	const { drizzle } = await import('drizzle-orm/pglite');
	const dataDir = options.dataDir ?? defaultDataDir();
	let client;
	if (dataDir === 'memory') {
		client = new PGlite();
	} else {
		mkdirSync(dataDir, { recursive: true });
		client = new PGlite(dataDir);
	}
	await client.waitReady;
	const db = drizzle(client, { schema }) as unknown as Db;
	return { db, driver: 'pglite', close: () => client.close() };
}

type PostgresClient = import('postgres').Sql;

/**
 * The client with server-side prepared statements for every query that has parameters (drizzle
 * asks postgres.js for unnamed statements unless a query is named): PostgreSQL then parses and
 * plans a repeated query once per connection, and the client sends less. postgres.js keeps the
 * statements per connection. A query without parameters (migrations, several statements in one
 * string) still goes by the simple protocol. DATABASE_PREPARE=0 turns this off (a pooler such as
 * PgBouncer in transaction mode cannot keep statements).
 */
function preparingStatements(client: PostgresClient): PostgresClient {
	// Replaced in place (postgres.js's methods are closures), so a wrapper of the client's own, such
	// as the tests' query counter, still sees every query.
	const unsafe = client.unsafe;
	client.unsafe = ((query: string, parameters?: unknown[], options?: object) =>
		unsafe(query, parameters as never, parameters?.length ? { ...options, prepare: true } : options)) as typeof client.unsafe;
	const begin = client.begin as ((...args: unknown[]) => unknown) | undefined;
	if (!begin) return client;
	// A transaction's queries run on a client of their own: the same for it.
	client.begin = ((...args: unknown[]) => {
		const work = args.pop() as (tx: PostgresClient) => unknown;
		return begin(...args, (tx: PostgresClient) => work(preparingStatements(tx)));
	}) as typeof client.begin;
	return client;
}

export async function migrateDatabase(database: Database): Promise<void> {
	const folder = { migrationsFolder: migrationsFolder() };
	if (database.driver === 'postgres') {
		const { migrate } = await import('drizzle-orm/postgres-js/migrator');
		await migrate(database.db as never, folder);
	} else {
		const { migrate } = await import('drizzle-orm/pglite/migrator');
		await migrate(database.db as never, folder);
	}
}

/** Opens the database the environment names (DATABASE_URL, else PGlite in the data dir) and migrates it. */
export async function openConfiguredDatabase(): Promise<Database> {
	const database = await openDatabase({ url: process.env.DATABASE_URL || undefined });
	await migrateDatabase(database);
	return database;
}
