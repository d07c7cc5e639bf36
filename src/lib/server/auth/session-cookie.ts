import type { Cookies } from '@sveltejs/kit';
import { sessionCookieName } from './session-token';

/** httpOnly, SameSite=Lax, Secure over https; the cookie lasts as long as the session may. */
export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date, secure: boolean): void {
	cookies.set(sessionCookieName, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: expiresAt });
}

export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(sessionCookieName, { path: '/' });
}

/**
 * Only a local path may be where sign-in (or the language switch) returns to, never another site.
 * Browsers read a backslash as a slash ("/\host" is "//host") and drop tabs and newlines from a
 * URL ("/<tab>/host" is "//host"), so a slash or backslash second and any control character are refused.
 */
export function safeNext(next: string | null): string {
	return next && /^\/(?![/\\])/.test(next) && !/[\u0000-\u001f\u007f]/.test(next) ? next : '/';
}
