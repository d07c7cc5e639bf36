/** Test factories for the history: a user to act as, and work done as that user, as the server does it. */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { users } from '../db/schema';

export async function createPerson(db: DbOrTx, options: { username?: string; displayName?: string } = {}) {
	const username = options.username ?? `person-${Math.random().toString(36).slice(2, 10)}`;
	const [user] = await db
		.insert(users)
		.values({ username, displayName: options.displayName ?? 'Åsa Öberg' })
		.returning();
	return user;
}

/** Runs `work` in one transaction that names the acting user, as every changing request does (runAsActor). */
export function asActor<T>(db: DbOrTx, userId: number, work: (tx: DbOrTx) => Promise<T>): Promise<T> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`select set_config('verksam.actor', ${String(userId)}, true)`);
		return work(tx);
	});
}
