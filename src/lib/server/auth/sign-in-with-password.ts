import { and, eq, gt, or } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { signInFailures, users } from '../db/schema';
import { dummyPasswordHash, verifyPassword } from './password';
import { createSession, type NewSession } from './create-session';

/** Guessing is throttled: this many failures in the window lock an account, or an address. */
export const throttle = { windowMs: 15 * 60 * 1000, perAccount: 5, perAddress: 20 };

export type SignInOutcome =
	| { ok: true; session: NewSession; userId: number; mustChangePassword: boolean }
	| { ok: false; reason: 'wrong' | 'throttled' };

/**
 * Checks a username and password. Too many recent failures for the account or for the address
 * refuse the attempt before the password is even checked; a wrong username costs as much time as a
 * wrong password, so neither reveals whether an account exists.
 */
export async function signInWithPassword(
	db: DbOrTx,
	input: { username: string; password: string; address: string; userAgent?: string; previousToken?: string }
): Promise<SignInOutcome> {
	const username = input.username.trim().toLowerCase();
	const since = new Date(Date.now() - throttle.windowMs);
	const failures = await db
		.select({ username: signInFailures.username, address: signInFailures.address })
		.from(signInFailures)
		.where(and(gt(signInFailures.at, since), or(eq(signInFailures.username, username), eq(signInFailures.address, input.address))));
	const accountFailures = failures.filter((f) => f.username === username).length;
	const addressFailures = failures.filter((f) => f.address === input.address).length;
	if (accountFailures >= throttle.perAccount || addressFailures >= throttle.perAddress) return { ok: false, reason: 'throttled' };

	const [user] = await db.select().from(users).where(eq(users.username, username));
	const hash = user?.passwordHash ?? (await dummyPasswordHash());
	const valid = (await verifyPassword(hash, input.password)) && !!user?.passwordHash && !user.disabled;
	if (!valid || !user) {
		await db.insert(signInFailures).values({ username, address: input.address });
		return { ok: false, reason: 'wrong' };
	}
	await db.delete(signInFailures).where(eq(signInFailures.username, username));
	const session = await createSession(db, user.id, {
		userAgent: input.userAgent,
		address: input.address,
		previousToken: input.previousToken
	});
	return { ok: true, session, userId: user.id, mustChangePassword: user.mustChangePassword };
}
