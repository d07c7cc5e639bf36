import type { Cookies } from '@sveltejs/kit';
import { pendingSignInSchema, pendingSignInSeconds, type PendingSignIn } from './oidc-client';

const pendingCookieName = 'verksam_oidc';
/** Sent only to the two sign-in routes. */
const pendingCookiePath = '/logga-in/oidc';

/**
 * The PKCE verifier, state, nonce and where to return, kept in the browser while it is at the
 * provider. httpOnly, and SameSite=Lax so the cookie comes along on the provider's redirect back.
 */
export function setPendingSignIn(cookies: Cookies, pending: PendingSignIn, secure: boolean): void {
	cookies.set(pendingCookieName, JSON.stringify(pending), {
		path: pendingCookiePath,
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: pendingSignInSeconds
	});
}

/** The pending sign-in, or null when there is none (expired, another browser) or it is not ours. */
export function readPendingSignIn(cookies: Cookies): PendingSignIn | null {
	const value = cookies.get(pendingCookieName);
	if (!value) return null;
	try {
		const parsed = pendingSignInSchema.safeParse(JSON.parse(value));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

export function clearPendingSignIn(cookies: Cookies): void {
	cookies.delete(pendingCookieName, { path: pendingCookiePath });
}
