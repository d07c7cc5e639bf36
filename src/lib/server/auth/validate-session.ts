import { and, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { sessions, users } from '../db/schema';
import { sessionIdOf, sessionIdleMs, sessionMaxMs } from './session-token';
import { grantsJson } from './load-grants';
import { currentSnapshot } from '../db/database-snapshot';
import type { Grant } from '../../domain/access/policy';

export interface SignedInUser {
	id: number;
	username: string;
	displayName: string;
	mustChangePassword: boolean;
	grants: Grant[];
	/** The session's id (the token's hash), for signing out this session. */
	sessionId: string;
	/** The database's snapshot when the session was read, before anything else the request reads: the page cache's key (http/page-cache.ts). */
	snapshot: string;
}

/** The user behind a session cookie (one query, with the grants), or null when the session is unknown, expired or the account disabled. */
export async function validateSession(db: DbOrTx, token: string): Promise<SignedInUser | null> {
	const id = sessionIdOf(token);
	const now = new Date();
	const [row] = await db
		.select({ session: sessions, user: users, grants: grantsJson(sql`${sessions.userId}`), snapshot: currentSnapshot })
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
	if (!row || row.user.disabled || now.getTime() - row.session.createdAt.getTime() > sessionMaxMs) return null;
	// Slide the expiry, but write at most once every ten minutes.
	if (now.getTime() - row.session.lastSeenAt.getTime() > 10 * 60 * 1000) {
		await db.update(sessions).set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + sessionIdleMs) }).where(eq(sessions.id, id));
	}
	return {
		id: row.user.id,
		username: row.user.username,
		displayName: row.user.displayName,
		mustChangePassword: row.user.mustChangePassword,
		grants: row.grants,
		sessionId: id,
		snapshot: row.snapshot
	};
}
