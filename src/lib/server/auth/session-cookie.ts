import type { Cookies } from '@sveltejs/kit';
import { sessionCookieName } from './session-token';

/** httpOnly, SameSite=Lax, Secure over https; the cookie lasts as long as the session may. */
export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date, secure: boolean): void {
	cookies.set(sessionCookieName, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: expiresAt });
}

export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(sessionCookieName, { path: '/' });
}

/** Only a local path may be where sign-in returns to, never another site. */
export function safeNext(next: string | null): string {
	return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
