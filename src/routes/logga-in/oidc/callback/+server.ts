import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/instance';
import { oidcConfig } from '$lib/server/auth/oidc-config';
import { claimText, finishOidcSignIn, type OidcIdentity } from '$lib/server/auth/oidc-client';
import { clearPendingSignIn, readPendingSignIn } from '$lib/server/auth/oidc-cookie';
import { oidcFailureOf, type OidcFailure } from '$lib/server/auth/oidc-failure';
import { signInWithOidc } from '$lib/server/auth/sign-in-with-oidc';
import { safeNext, setSessionCookie } from '$lib/server/auth/session-cookie';
import { sessionCookieName } from '$lib/server/auth/session-token';

const failed = (failure: OidcFailure, next: string) => `/logga-in?oidc=${failure}&next=${encodeURIComponent(next)}`;

/** The provider sends the browser back here: check its answer, sign in, and return to where the person was going. */
export const GET: RequestHandler = async ({ url, cookies, request, getClientAddress }) => {
	const config = oidcConfig();
	if (!config) error(404, 'Inloggning via kommunens inloggningstjänst är inte inställd.');
	const pending = readPendingSignIn(cookies);
	// One answer per started sign-in: the cookie goes whatever happens next.
	clearPendingSignIn(cookies);
	if (!pending) redirect(303, failed('expired', '/'));
	const next = safeNext(pending.next);

	let identity: OidcIdentity | null = null;
	let failure: OidcFailure = 'failed';
	try {
		identity = await finishOidcSignIn(config, new URL(url), pending);
	} catch (cause) {
		failure = oidcFailureOf(cause);
		// The reason goes to the server log; the browser gets a Swedish message, never a stack.
		console.error(`OpenID Connect: the sign-in was refused (${failure}):`, cause instanceof Error ? cause.message : cause);
	}
	if (!identity) redirect(303, failed(failure, next));

	const outcome = await signInWithOidc(db(), {
		issuer: identity.issuer,
		subject: identity.subject,
		username: claimText(identity.claims, config.usernameClaim),
		name: claimText(identity.claims, 'name'),
		email: claimText(identity.claims, 'email'),
		userAgent: request.headers.get('user-agent') ?? '',
		address: getClientAddress(),
		previousToken: cookies.get(sessionCookieName)
	});
	if (!outcome.ok) redirect(303, failed(outcome.reason, next));
	setSessionCookie(cookies, outcome.session.token, outcome.session.expiresAt, url.protocol === 'https:');
	redirect(303, next);
};
