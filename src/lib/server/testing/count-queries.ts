import type { Database } from '../db/client';

type Client = Record<string, (...args: unknown[]) => unknown>;

/**
 * Counts the statements the database client runs during `work`, on either driver (PGlite's
 * `query`, postgres-js's `unsafe`, which drizzle calls for every statement): for tests that a
 * page or a save costs a fixed number of queries whatever the data. A transaction runs its
 * statements on a client of its own (PGlite's `transaction`, postgres-js's `begin` and
 * `savepoint`): those are counted too, and its opening and closing as two more.
 */
export async function countQueries(database: Database, work: () => Promise<unknown>): Promise<number> {
	const client = (database.db as unknown as { $client: Client }).$client;
	const run = database.driver === 'pglite' ? 'query' : 'unsafe';
	// What opening and closing a transaction adds: postgres-js sends its `begin` through `unsafe`, counted there.
	const openers: Record<string, number> = database.driver === 'pglite' ? { transaction: 2 } : { begin: 1, savepoint: 2 };
	let count = 0;
	const restore: (() => void)[] = [];
	const replace = (target: Client, name: string, wrap: (original: (...args: unknown[]) => unknown) => (...args: unknown[]) => unknown) => {
		const original = target[name];
		if (typeof original !== 'function') return;
		target[name] = wrap(original);
		restore.push(() => {
			target[name] = original;
		});
	};
	const watch = (target: Client) => {
		replace(target, run, (original) =>
			function (this: unknown, ...args: unknown[]) {
				count += 1;
				return original.apply(this, args);
			}
		);
		for (const [opener, statements] of Object.entries(openers)) {
			replace(target, opener, (original) =>
				function (this: unknown, ...args: unknown[]) {
					const body = args.pop() as (tx: Client) => unknown;
					count += statements;
					return original.apply(this, [
						...args,
						(tx: Client) => {
							watch(tx);
							return body(tx);
						}
					]);
				}
			);
		}
	};
	watch(client);
	try {
		await work();
		return count;
	} finally {
		for (const undo of restore.reverse()) undo();
	}
}
