import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from './test-database';
import type { Database } from './client';
import { goalModels } from './schema';

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
});
