import { describe, expect, it } from 'vitest';
import { isLoopbackHttp, oidcClient } from './oidc-client';
import { oidcFailureOf } from './oidc-failure';
import { oidcConfigSchema } from './oidc-config';
import { freePort } from '../../../../tests/e2e/support/server';

const configFor = (issuer: string) => oidcConfigSchema.parse({ issuer, clientId: 'verksam', clientSecret: 'hemligt' });

describe('the OpenID Connect client', () => {
	it('allows plain http only for an issuer on this machine', () => {
		expect(isLoopbackHttp(new URL('http://127.0.0.1:4000'))).toBe(true);
		expect(isLoopbackHttp(new URL('http://localhost:4000/realms/stad'))).toBe(true);
		expect(isLoopbackHttp(new URL('http://[::1]:4000'))).toBe(true);
		expect(isLoopbackHttp(new URL('http://idp.stad.se'))).toBe(false);
		expect(isLoopbackHttp(new URL('https://127.0.0.1:4000'))).toBe(false);
	});

	it('refuses a plain http issuer elsewhere before sending anything', async () => {
		await expect(oidcClient(configFor('http://idp.stad.se'))).rejects.toThrow(/https/);
	});

	it('reports a provider that does not answer as unavailable, and tries again next time', async () => {
		const closedPort = await freePort();
		const config = configFor(`http://127.0.0.1:${closedPort}`);
		const first = oidcClient(config);
		const failure = await first.then(
			() => null,
			(error: unknown) => error
		);
		expect(oidcFailureOf(failure)).toBe('unavailable');
		// A failed discovery is not kept: the next sign-in discovers again.
		const second = oidcClient(config);
		expect(second).not.toBe(first);
		await second.catch(() => {});
		// While one discovery is running or done, the same configuration shares it.
		expect(oidcClient(config)).toBe(oidcClient(config));
	});
});
