import { AuthorizationResponseError, ClientError, ResponseBodyError } from 'openid-client';

/**
 * Why a sign-in through the identity provider ended without a session. The callback sends the
 * browser to /logga-in?oidc=<reason>, and the sign-in page shows the Swedish message.
 */
export const oidcFailures = ['denied', 'expired', 'invalid', 'unavailable', 'disabled', 'noUsername', 'taken', 'failed'] as const;
export type OidcFailure = (typeof oidcFailures)[number];

export function isOidcFailure(value: string | null): value is OidcFailure {
	return (oidcFailures as readonly string[]).includes(value ?? '');
}

/** The message for the sign-in page; `provider` is the name the installation gives its identity provider. */
export function oidcFailureMessage(failure: OidcFailure, provider: string): string {
	switch (failure) {
		case 'denied':
			return `Inloggningen med ${provider} avbröts eller nekades. Du är inte inloggad.`;
		case 'expired':
			return 'Inloggningen tog för lång tid eller påbörjades i en annan webbläsare. Försök igen.';
		case 'invalid':
			return 'Svaret från inloggningstjänsten kunde inte bekräftas, så du är inte inloggad. Försök igen.';
		case 'unavailable':
			return `${provider} svarar inte just nu. Försök igen om en stund.`;
		case 'disabled':
			return 'Ditt konto i Verksam är avstängt. Kontakta en administratör.';
		case 'noUsername':
			return 'Inloggningstjänsten skickade inget användarnamn, så du kunde inte loggas in. Kontakta en administratör.';
		case 'taken':
			return 'Användarnamnet hör redan till ett annat konto i Verksam. Kontakta en administratör.';
		case 'failed':
			return 'Inloggningen misslyckades. Försök igen.';
	}
}

/** Reads what went wrong from what openid-client (or fetch) threw. */
export function oidcFailureOf(error: unknown): OidcFailure {
	if (error instanceof AuthorizationResponseError) return error.error === 'access_denied' ? 'denied' : 'failed';
	// fetch throws TypeError('fetch failed') when nothing answers; a timeout is a DOMException.
	if (error instanceof TypeError && error.message === 'fetch failed') return 'unavailable';
	if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'unavailable';
	// An answer that is not OAuth at all (a 502 page, HTML): the provider is not itself.
	if (error instanceof ClientError && (error.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || error.code === 'OAUTH_RESPONSE_IS_NOT_JSON')) {
		return 'unavailable';
	}
	// A refused code exchange (invalid_grant: wrong PKCE verifier, code used twice) or a failed check (state, nonce, signature).
	if (error instanceof ResponseBodyError || error instanceof ClientError) return 'invalid';
	return 'failed';
}
