import { vi } from 'vitest';
import type { Database } from '../db/client';

/**
 * Counts the statements the database client runs during `work`, on either driver (PGlite's
 * `query`, postgres-js's `unsafe`, which drizzle calls for every statement): for tests that a
 * page costs a fixed number of queries whatever the data.
 */
export async function countQueries(database: Database, work: () => Promise<unknown>): Promise<number> {
	const client = (database.db as unknown as { $client: Record<string, (...args: unknown[]) => unknown> }).$client;
	const spy = vi.spyOn(client, database.driver === 'pglite' ? 'query' : 'unsafe');
	try {
		await work();
		return spy.mock.calls.length;
	} finally {
		spy.mockRestore();
	}
}
