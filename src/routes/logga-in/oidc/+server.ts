import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { oidcConfig } from '$lib/server/auth/oidc-config';
import { startOidcSignIn, type PendingSignIn } from '$lib/server/auth/oidc-client';
import { setPendingSignIn } from '$lib/server/auth/oidc-cookie';
import { oidcFailureOf, type OidcFailure } from '$lib/server/auth/oidc-failure';
import { safeNext } from '$lib/server/auth/session-cookie';

/** Starts single sign-on: fresh PKCE, state and nonce in a short-lived cookie, then off to the provider. */
export const GET: RequestHandler = async ({ url, cookies }) => {
	const config = oidcConfig();
	if (!config) error(404, 'Inloggning via kommunens inloggningstjänst är inte inställd.');
	const next = safeNext(url.searchParams.get('next'));
	let started: { url: URL; pending: PendingSignIn } | null = null;
	let failure: OidcFailure = 'failed';
	try {
		started = await startOidcSignIn(config, `${url.origin}/logga-in/oidc/callback`, next);
	} catch (cause) {
		failure = oidcFailureOf(cause);
		console.error('OpenID Connect: the sign-in could not start:', cause);
	}
	if (!started) redirect(303, `/logga-in?oidc=${failure}&next=${encodeURIComponent(next)}`);
	setPendingSignIn(cookies, started.pending, url.protocol === 'https:');
	redirect(303, started.url.href);
};
