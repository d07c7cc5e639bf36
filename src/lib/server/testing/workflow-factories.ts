/** Test factories for the plan workflow: people who act on plans. */
import type { DbOrTx } from '../db/client';
import { users } from '../db/schema';

/** A user without a password (nobody signs in as them in DB tests); they are named on plan events. */
export async function createPerson(db: DbOrTx, options: { username?: string; displayName?: string } = {}) {
	const username = options.username ?? `person${Math.random().toString(36).slice(2, 8)}`;
	const [row] = await db
		.insert(users)
		.values({ username, displayName: options.displayName ?? 'Pia Person' })
		.returning();
	return row;
}
