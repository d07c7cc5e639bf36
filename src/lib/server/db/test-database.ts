/** Test support: a fresh, migrated database per test file, for each driver. */
import { randomBytes } from 'node:crypto';
import { openDatabase, migrateDatabase, type Database } from './client';

export const testDrivers = ['pglite', 'postgres'] as const;
export type TestDriver = (typeof testDrivers)[number];

export async function createTestDatabase(driver: TestDriver): Promise<Database> {
	if (driver === 'pglite') {
		const database = await openDatabase({ dataDir: 'memory' });
		await migrateDatabase(database);
		return database;
	}
	const adminUrl = process.env.TEST_DATABASE_URL;
	if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set (tests/global-setup.ts starts PostgreSQL).');
	const { default: postgres } = await import('postgres');
	const name = `verksam_test_${randomBytes(6).toString('hex')}`;
	const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const database = await openDatabase({ url: url.toString() });
	await migrateDatabase(database);
	return {
		...database,
		async close() {
			await database.close();
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	};
}
