import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { users } from '../db/schema';
import { demoPassword, demoUsers, type DemoUser } from './demo-users';

/**
 * The demo accounts to show on the sign-in page: only in demo mode (VERKSAM_DEMO not 0) and only
 * those that exist in the database, so a real installation never advertises a password.
 */
export async function listDemoAccounts(db: DbOrTx): Promise<{ password: string; accounts: DemoUser[] } | null> {
	if (process.env.VERKSAM_DEMO === '0') return null;
	const present = await db
		.select({ username: users.username })
		.from(users)
		.where(inArray(users.username, demoUsers.map((u) => u.username)));
	const names = new Set(present.map((p) => p.username));
	const accounts = demoUsers.filter((u) => names.has(u.username));
	return accounts.length > 0 ? { password: demoPassword, accounts } : null;
}
