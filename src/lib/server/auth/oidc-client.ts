import * as client from 'openid-client';
import { z } from 'zod';
import type { OidcConfig } from './oidc-config';

/** profile carries preferred_username and name, email the address; providers ignore what they do not offer. */
const scope = 'openid profile email';

/** How long a started sign-in may take at the provider before the callback is refused. */
export const pendingSignInSeconds = 10 * 60;

/** A plain-http issuer is accepted only on this machine (tests, a local provider); anything else must use https. */
export function isLoopbackHttp(issuer: URL): boolean {
	return issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
}

let cached: { key: string; configuration: Promise<client.Configuration> } | null = null;

/**
 * The provider's metadata, discovered once per process. A failed discovery is forgotten, so the
 * next sign-in tries again (the provider may have been down for a moment).
 */
export function oidcClient(config: OidcConfig): Promise<client.Configuration> {
	const key = JSON.stringify([config.issuer, config.clientId, config.clientSecret]);
	if (cached?.key !== key) {
		const configuration = discover(config);
		const entry = { key, configuration };
		configuration.catch(() => {
			if (cached === entry) cached = null;
		});
		cached = entry;
	}
	return cached.configuration;
}

function discover(config: OidcConfig): Promise<client.Configuration> {
	const issuer = new URL(config.issuer);
	const insecure = isLoopbackHttp(issuer);
	if (issuer.protocol !== 'https:' && !insecure) {
		return Promise.reject(new Error(`VERKSAM_OIDC_ISSUER must be an https URL (plain http only on 127.0.0.1/localhost): ${config.issuer}`));
	}
	// client_secret_basic is the OpenID Connect default, so providers accept it unless told otherwise.
	return client.discovery(issuer, config.clientId, undefined, client.ClientSecretBasic(config.clientSecret), {
		execute: insecure ? [client.allowInsecureRequests] : [],
		timeout: 10
	});
}

/** What the browser keeps (in a short-lived httpOnly cookie) between leaving for the provider and coming back. */
export const pendingSignInSchema = z.object({
	state: z.string().min(1),
	nonce: z.string().min(1),
	codeVerifier: z.string().min(1),
	next: z.string()
});
export type PendingSignIn = z.infer<typeof pendingSignInSchema>;

/** The provider's authorization URL for a new sign-in, with fresh PKCE, state and nonce. */
export async function startOidcSignIn(
	config: OidcConfig,
	redirectUri: string,
	next: string
): Promise<{ url: URL; pending: PendingSignIn }> {
	const configuration = await oidcClient(config);
	const pending: PendingSignIn = {
		state: client.randomState(),
		nonce: client.randomNonce(),
		codeVerifier: client.randomPKCECodeVerifier(),
		next
	};
	const url = client.buildAuthorizationUrl(configuration, {
		redirect_uri: redirectUri,
		scope,
		code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
		code_challenge_method: 'S256',
		state: pending.state,
		nonce: pending.nonce
	});
	return { url, pending };
}

export interface OidcIdentity {
	issuer: string;
	subject: string;
	claims: Record<string, unknown>;
}

/**
 * Checks the provider's answer (state, then the code exchanged with the PKCE verifier, then the ID
 * token's signature, audience and nonce) and returns who signed in. Claims the ID token lacks are
 * read from the userinfo endpoint: many providers put only `sub` in the ID token.
 */
export async function finishOidcSignIn(
	config: OidcConfig,
	callbackUrl: URL,
	pending: PendingSignIn
): Promise<OidcIdentity> {
	const configuration = await oidcClient(config);
	const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
		pkceCodeVerifier: pending.codeVerifier,
		expectedState: pending.state,
		expectedNonce: pending.nonce,
		idTokenExpected: true
	});
	const idToken = tokens.claims();
	// idTokenExpected makes openid-client refuse an answer without one; this only narrows the type.
	if (!idToken) throw new Error('The provider sent no ID token.');
	let claims: Record<string, unknown> = { ...idToken };
	const metadata = configuration.serverMetadata();
	if ((claims[config.usernameClaim] === undefined || claims.name === undefined) && metadata.userinfo_endpoint) {
		const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
		claims = { ...userInfo, ...claims };
	}
	return { issuer: idToken.iss, subject: idToken.sub, claims };
}

/** A claim as a non-empty string, or undefined. */
export function claimText(claims: Record<string, unknown>, name: string): string | undefined {
	const value = claims[name];
	if (typeof value === 'string' && value.trim()) return value.trim();
	if (typeof value === 'number') return String(value);
	return undefined;
}
