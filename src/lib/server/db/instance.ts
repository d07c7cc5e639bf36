import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import { openConfiguredDatabase, type Database, type DbOrTx } from './client';
import { ensureDemoData } from '../demo/load-demo';

/**
 * The server's one database, opened at start-up (hooks.server.ts init) and closed on shutdown:
 * PGlite must be closed or the process will not exit.
 */
let database: Database | null = null;

/** While a request that changes data runs, `db()` is its transaction (see `runAsActor`). */
const requestTransaction = new AsyncLocalStorage<DbOrTx>();

export async function startDatabase(): Promise<Database> {
	if (database) return database;
	database = await openConfiguredDatabase();
	// A real installation sets VERKSAM_DEMO=0 so an empty database stays empty.
	if (process.env.VERKSAM_DEMO !== '0') await ensureDemoData(database.db);
	return database;
}

/** Thrown when the database is not open: before start-up or after shutdown (a request still running then gets 503, as for a lost connection). */
function notStarted(): Error {
	return Object.assign(new Error('The database is not started (startDatabase).'), { code: 'CONNECTION_ENDED' });
}

export function db(): Database['db'] {
	const tx = requestTransaction.getStore();
	if (tx) return tx as Database['db'];
	if (!database) throw notStarted();
	return database.db;
}

/** A trivial query: resolves when the database answers. */
export async function pingDatabase(): Promise<void> {
	if (!database) throw notStarted();
	await database.db.execute(sql`select 1`);
}

/** Thrown inside `runAsActor` to undo the request's writes while still answering with `response`. */
class RollBack extends Error {
	constructor(readonly response: Response) {
		super('roll back');
	}
}

/**
 * Runs a request that may change data in one transaction that names the acting user, so the
 * history triggers record who did it, and a request that fails (status 500 or above) writes nothing.
 */
export async function runAsActor(userId: number | null, work: () => Promise<Response>): Promise<Response> {
	if (!database) throw notStarted();
	try {
		return await database.db.transaction(async (tx) => {
			if (userId !== null) await tx.execute(sql`select set_config('verksam.actor', ${String(userId)}, true)`);
			const response = await requestTransaction.run(tx, work);
			if (response.status >= 500) throw new RollBack(response);
			return response;
		});
	} catch (e) {
		if (e instanceof RollBack) return e.response;
		throw e;
	}
}

/**
 * Runs work that outlives its request (a background compilation) outside the request's
 * transaction: that transaction is closed once the response is sent, and `db()` is then the database.
 */
export function outsideRequest<T>(work: () => T): T {
	return requestTransaction.exit(work);
}

export async function stopDatabase(): Promise<void> {
	const current = database;
	database = null;
	await current?.close();
}
