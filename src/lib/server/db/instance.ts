import { openConfiguredDatabase, type Database } from './client';
import { ensureDemoData } from '../demo/load-demo';

/**
 * The server's one database, opened at start-up (hooks.server.ts init) and closed on shutdown:
 * PGlite must be closed or the process will not exit.
 */
let database: Database | null = null;

export async function startDatabase(): Promise<Database> {
	if (database) return database;
	database = await openConfiguredDatabase();
	// A real installation sets VERKSAM_DEMO=0 so an empty database stays empty.
	if (process.env.VERKSAM_DEMO !== '0') await ensureDemoData(database.db);
	return database;
}

export function db(): Database['db'] {
	if (!database) throw new Error('The database is not started (startDatabase).');
	return database.db;
}

export async function stopDatabase(): Promise<void> {
	const current = database;
	database = null;
	await current?.close();
}
