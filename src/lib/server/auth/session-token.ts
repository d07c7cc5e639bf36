import { createHash, randomBytes } from 'node:crypto';

/** The cookie carries a random token; the database keeps only its SHA-256, so a leaked table opens no session. */
export function newSessionToken(): string {
	return randomBytes(32).toString('base64url');
}

export function sessionIdOf(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export const sessionCookieName = 'verksam_session';

/** A session lives 12 hours after its last use, and at most 7 days from sign-in. */
export const sessionIdleMs = 12 * 60 * 60 * 1000;
export const sessionMaxMs = 7 * 24 * 60 * 60 * 1000;
