import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { migrateDatabase, openDatabase, type Database } from './client';
import { currentSnapshot } from './database-snapshot';
import { executeRows } from './execute-rows';
import type { DbOrTx } from './client';
import { goalModels } from './schema';
import { startPostgresCluster, type PostgresCluster } from '../../../../tests/postgres-cluster';

/**
 * The page cache gives a kept page only while the snapshot is the same text: it must not change
 * while only reading, and must change with every committed write. PostgreSQL runs in a cluster of
 * its own without autovacuum, whose ANALYZE is a write of its own that other tests' databases
 * would also cause.
 */
/** The snapshot as the session's query reads it. */
async function databaseSnapshot(db: DbOrTx): Promise<string> {
	const [row] = await executeRows<{ snapshot: string }>(db, sql`select ${currentSnapshot} as snapshot`);
	return row.snapshot;
}

let cluster: PostgresCluster | undefined;
afterAll(() => cluster?.destroy());

async function embedded(): Promise<Database> {
	const database = await openDatabase({ dataDir: 'memory' });
	await migrateDatabase(database);
	return database;
}

async function postgresOfItsOwn(): Promise<Database> {
	cluster = await startPostgresCluster({ fast: true, settings: ['autovacuum=off'] });
	const database = await openDatabase({ url: cluster.url() });
	await migrateDatabase(database);
	return database;
}

describe.each([
	['PGlite', embedded],
	['PostgreSQL', postgresOfItsOwn]
])('the database snapshot on %s', (_name, open) => {
	let database: Database;
	beforeAll(async () => {
		database = await open();
	});
	afterAll(() => database?.close());

	it('stays the same text while nothing is written, however much is read', async () => {
		const before = await databaseSnapshot(database.db);
		await database.db.select().from(goalModels);
		await database.db.transaction(async (tx) => tx.select().from(goalModels));
		expect(await databaseSnapshot(database.db)).toBe(before);
	});

	it('changes with each committed write: an insert, an update, a delete', async () => {
		const seen = [await databaseSnapshot(database.db)];
		await database.db.insert(goalModels).values({ key: 'snap', name: 'Före' });
		seen.push(await databaseSnapshot(database.db));
		await database.db.update(goalModels).set({ name: 'Efter' }).where(eq(goalModels.key, 'snap'));
		seen.push(await databaseSnapshot(database.db));
		await database.db.delete(goalModels).where(eq(goalModels.key, 'snap'));
		seen.push(await databaseSnapshot(database.db));
		expect(new Set(seen).size).toBe(4);
	});
});

describe('the database snapshot on PostgreSQL, with a write in another connection', () => {
	let database: Database;
	let own: PostgresCluster;
	beforeAll(async () => {
		own = await startPostgresCluster({ fast: true, settings: ['autovacuum=off'] });
		database = await openDatabase({ url: own.url() });
		await migrateDatabase(database);
	});
	afterAll(async () => {
		await database?.close();
		own?.destroy();
	});

	it('differs once the write commits from what it was while the write was running', async () => {
		// A page rendered while the write runs reads the data without it; it must not be given after the commit.
		let whileWriting = '';
		let readWhileWriting: unknown[] = [];
		await database.db.transaction(async (tx) => {
			await tx.insert(goalModels).values({ key: 'running', name: 'Pågående' });
			whileWriting = await databaseSnapshot(database.db);
			readWhileWriting = await database.db.select().from(goalModels).where(eq(goalModels.key, 'running'));
		});
		expect(readWhileWriting).toEqual([]);
		expect(await databaseSnapshot(database.db)).not.toBe(whileWriting);
	});
});
