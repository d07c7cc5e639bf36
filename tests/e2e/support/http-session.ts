/**
 * Talking to the server over plain HTTP, as a form without JavaScript does, for tests that send
 * many requests at once (no browser): sign in for a session cookie, post a form action.
 */
import { demoPassword } from '../../../src/lib/server/demo/demo-users';

/** Signs in as a demo account through the sign-in form; returns the Cookie header to send. */
export async function signInOverHttp(baseUrl: string, username: string): Promise<string> {
	const response = await fetch(`${baseUrl}/logga-in`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: baseUrl, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ username, password: demoPassword, next: '/' })
	});
	const session = /^(verksam_session=[^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
	if (response.status !== 303 || !session) throw new Error(`Signing in as ${username} failed: ${response.status}`);
	return session;
}

/**
 * Posts a form action (`path?/action`) as SvelteKit's enhanced forms do (x-sveltekit-action),
 * so the answer is the action's result as JSON rather than the whole page.
 */
export function postAction(baseUrl: string, path: string, action: string, fields: Record<string, string>, cookie: string): Promise<Response> {
	return fetch(`${baseUrl}${path}?/${action}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: baseUrl,
			cookie,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams(fields)
	});
}
