import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from './test-database';
import type { Database } from './client';
import { eq, sql } from 'drizzle-orm';
import { executeRows } from './execute-rows';
import { jsonObjectOf } from './json-object';
import { goalModels, sessions } from './schema';

describe.each(testDrivers)('database on %s', (driver) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
	});
	afterAll(() => database?.close());

	it('is migrated and stores and reads a row', async () => {
		await database.db.insert(goalModels).values({ key: 'test', name: 'Testmodell' });
		const rows = await database.db.select().from(goalModels);
		expect(rows.map((r) => r.name)).toEqual(['Testmodell']);
	});

	it('rolls back a failed transaction as a whole', async () => {
		await expect(
			database.db.transaction(async (tx) => {
				await tx.insert(goalModels).values({ key: 'half', name: 'Halvskriven' });
				await tx.insert(goalModels).values({ key: 'half', name: 'Krock' });
			})
		).rejects.toThrow();
		const rows = await database.db.select().from(goalModels);
		expect(rows.map((r) => r.key)).not.toContain('half');
	});

	it('runs a repeated query with parameters as one prepared statement on PostgreSQL, and several statements in one string still run', async () => {
		const prepared = await database.db.transaction(async (tx) => {
			for (const key of ['test', 'test', 'other']) await tx.select().from(goalModels).where(eq(goalModels.key, key));
			if (driver === 'pglite') return [];
			return executeRows<{ statement: string }>(tx, sql`select statement from pg_prepared_statements where statement like ${'%from "goal_models"%'}`);
		});
		// PGlite has no server-side statements to keep; on PostgreSQL the three reads are one statement.
		expect(prepared).toHaveLength(driver === 'postgres' ? 1 : 0);
		// A string of several statements (as in raw migrations) goes unprepared, by the simple protocol; PGlite's execute takes one.
		if (driver === 'postgres') await database.db.execute(sql.raw('create temporary table several (n integer); drop table several'));
	});

	it('plans a prepared statement for its values every time on PostgreSQL (a plan for any values was ten times slower for the roll-up)', async () => {
		if (driver === 'pglite') return;
		const [row] = await executeRows<{ plan_cache_mode: string }>(database.db, sql`show plan_cache_mode`);
		expect(row.plan_cache_mode).toBe('force_custom_plan');
	});

	it('reads rows of another table along as JSON, keyed like drizzle rows', async () => {
		const [row] = await database.db
			.select({ models: sql<(typeof goalModels.$inferSelect)[]>`(select json_agg(${jsonObjectOf(goalModels)}) from ${goalModels})` })
			.from(goalModels)
			.limit(1);
		expect(row.models).toEqual(await database.db.select().from(goalModels));
		// A timestamp would come back a string, not the Date drizzle gives: refused.
		expect(() => jsonObjectOf(sessions)).toThrow('jsonObjectOf: createdAt (PgTimestamp) does not read back from JSON');
	});
});
