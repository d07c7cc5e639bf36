/**
 * A real OpenID Connect provider (panva's oidc-provider) in the test process, on a loopback port:
 * one confidential client, PKCE required, and its development login and consent pages, where any
 * login name signs in as the account of that name.
 */
import { createServer, type Server } from 'node:http';
import Provider, { type Account } from 'oidc-provider';
import { freePort } from './server';

export interface OidcTestClient {
	clientId: string;
	clientSecret: string;
	redirectUri: string;
}

export interface RunningOidcProvider {
	/** http://127.0.0.1:PORT, the issuer identifier. */
	issuer: string;
	/**
	 * The provider's next redirect back to the client is not sent: it answers with a plain page and
	 * the promise gets the callback URL, for a test to change it before the app sees it. (The
	 * browser's own request interception does not see redirects.)
	 */
	holdNextCallback(): Promise<URL>;
	stop(): Promise<void>;
}

/** `names` gives display names (the `name` claim) by login; other logins get their login as name. The login is the subject. */
export async function startOidcProvider(client: OidcTestClient, names: Record<string, string> = {}): Promise<RunningOidcProvider> {
	const port = await freePort();
	const issuer = `http://127.0.0.1:${port}`;
	const provider = new Provider(issuer, {
		clients: [
			{
				client_id: client.clientId,
				client_secret: client.clientSecret,
				redirect_uris: [client.redirectUri],
				response_types: ['code'],
				grant_types: ['authorization_code']
			}
		],
		pkce: { required: () => true },
		claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
		cookies: { keys: ['verksam-e2e-cookie-key'] },
		// Explicit lifetimes (seconds), so the provider does not warn about its defaults.
		ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Grant: 600, Interaction: 600, Session: 3600 },
		features: { devInteractions: { enabled: true } },
		async findAccount(_ctx: unknown, sub: string): Promise<Account> {
			return { accountId: sub, claims: () => ({ sub, preferred_username: sub, name: names[sub] ?? sub }) };
		}
	});
	let held: ((url: URL) => void) | null = null;
	provider.use(async (ctx, next) => {
		await next();
		const location = ctx.status === 303 || ctx.status === 302 ? ctx.response.get('Location') : '';
		if (held && location.startsWith(`${client.redirectUri}?`)) {
			held(new URL(location));
			held = null;
			ctx.remove('Location');
			ctx.status = 200;
			ctx.body = 'The test holds this answer.';
		}
	});
	const server: Server = createServer(provider.callback());
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve());
	});
	return {
		issuer,
		holdNextCallback: () => new Promise<URL>((resolve) => (held = resolve)),
		stop: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
