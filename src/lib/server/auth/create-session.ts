import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { sessions, users } from '../db/schema';
import { newSessionToken, sessionIdOf, sessionIdleMs } from './session-token';

export interface NewSession {
	token: string;
	expiresAt: Date;
}

/**
 * Starts a session for a user who has just proved who they are. Every sign-in gets a new token
 * (the cookie rotates), and a session the browser had before is ended.
 */
export async function createSession(
	db: DbOrTx,
	userId: number,
	meta: { userAgent?: string; address?: string; previousToken?: string } = {}
): Promise<NewSession> {
	const token = newSessionToken();
	const expiresAt = new Date(Date.now() + sessionIdleMs);
	await db.transaction(async (tx) => {
		if (meta.previousToken) await tx.delete(sessions).where(eq(sessions.id, sessionIdOf(meta.previousToken)));
		await tx.insert(sessions).values({
			id: sessionIdOf(token),
			userId,
			expiresAt,
			userAgent: (meta.userAgent ?? '').slice(0, 300),
			address: meta.address ?? ''
		});
		await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, userId));
	});
	return { token, expiresAt };
}
