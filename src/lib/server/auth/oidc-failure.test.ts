import { describe, expect, it } from 'vitest';
import { AuthorizationResponseError, ClientError, ResponseBodyError } from 'openid-client';
import { isOidcFailure, oidcFailureMessage, oidcFailureOf } from './oidc-failure';

const authorizationError = (error: string) =>
	new AuthorizationResponseError('authorization response from the server is an error', { cause: new URLSearchParams({ error }) });

describe('why a single sign-on failed', () => {
	it('tells a cancelled or refused consent from other answers of the provider', () => {
		expect(oidcFailureOf(authorizationError('access_denied'))).toBe('denied');
		expect(oidcFailureOf(authorizationError('server_error'))).toBe('failed');
	});

	it('calls a provider that does not answer, or answers with something that is not OAuth, unavailable', () => {
		expect(oidcFailureOf(new TypeError('fetch failed'))).toBe('unavailable');
		expect(oidcFailureOf(new DOMException('The operation timed out.', 'TimeoutError'))).toBe('unavailable');
		expect(oidcFailureOf(Object.assign(new ClientError('unexpected HTTP response status code'), { code: 'OAUTH_RESPONSE_IS_NOT_CONFORM' }))).toBe(
			'unavailable'
		);
	});

	it('calls a failed check or a refused code exchange invalid', () => {
		expect(oidcFailureOf(Object.assign(new ClientError('invalid response encountered'), { code: 'OAUTH_INVALID_RESPONSE' }))).toBe('invalid');
		const refused = new ResponseBodyError('server responded with an error in the response body', {
			cause: { error: 'invalid_grant' },
			response: new Response(null, { status: 400 })
		});
		expect(oidcFailureOf(refused)).toBe('invalid');
	});

	it('does not take a programming error for a network failure', () => {
		expect(oidcFailureOf(new TypeError("Cannot read properties of undefined (reading 'sub')"))).toBe('failed');
		expect(oidcFailureOf(new Error('something else'))).toBe('failed');
	});

	it('accepts only known reasons from the URL, and words them in Swedish with the provider name', () => {
		expect(isOidcFailure('denied')).toBe(true);
		expect(isOidcFailure('<script>')).toBe(false);
		expect(isOidcFailure(null)).toBe(false);
		expect(oidcFailureMessage('unavailable', 'Stadens inloggning')).toBe('Stadens inloggning svarar inte just nu. Försök igen om en stund.');
	});
});
