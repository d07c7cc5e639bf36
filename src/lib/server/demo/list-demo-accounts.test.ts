import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { createUser } from '../accounts/create-user';
import { listDemoAccounts } from './list-demo-accounts';

describe.each(testDrivers)('the demo accounts on the sign-in page (%s)', (driver) => {
	let database: Database;
	const demoSetting = process.env.VERKSAM_DEMO;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
	});
	afterAll(() => database.close());
	afterEach(() => {
		if (demoSetting === undefined) delete process.env.VERKSAM_DEMO;
		else process.env.VERKSAM_DEMO = demoSetting;
	});

	it('lists none while no demo account exists, even in demo mode', async () => {
		delete process.env.VERKSAM_DEMO;
		expect(await listDemoAccounts(database.db)).toBeNull();
	});

	it('lists the demo accounts that exist, with the demo password, in demo mode only', async () => {
		await createUser(database.db, { username: 'granskare', displayName: 'Gustav Granskare', password: 'exempelstad-demo' });
		await createUser(database.db, { username: 'karin', displayName: 'Karin Kommun', password: 'ett-eget-losenord' });
		delete process.env.VERKSAM_DEMO;
		const listed = await listDemoAccounts(database.db);
		expect(listed?.password).toBe('exempelstad-demo');
		// Only the demo account: a real person's account is never listed.
		expect(listed?.accounts.map((a) => [a.username, a.role])).toEqual([['granskare', 'reviewer']]);

		process.env.VERKSAM_DEMO = '0';
		expect(await listDemoAccounts(database.db)).toBeNull();
	});
});
