/**
 * Focused regressions for what the fuzz test (fuzz-inputs.test.ts) found: each a post a browser's
 * form would not send, that the server once answered with a 500 or a reset connection.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from './support/server';
import { postAction, signInOverHttp } from './support/http-session';
import { harvestForms } from './support/html-forms';
import { rawRequest } from './support/raw-http';

vi.setConfig({ testTimeout: 120_000 });

const plan = '/org/familjeenheten/2026';

describe('form posts no browser sends', () => {
	let server: RunningServer;
	let editor: string;
	let admin: string;

	beforeAll(async () => {
		server = await startServer();
		editor = await signInOverHttp(server.url, 'enhetschef');
		admin = await signInOverHttp(server.url, 'admin');
	});

	afterAll(async () => {
		await server?.stop();
	});

	/** The id of the first item the plan page offers to move with this action. */
	async function firstMovable(action: string): Promise<string> {
		const html = await (await fetch(`${server.url}${plan}`, { headers: { cookie: editor } })).text();
		const id = harvestForms(html).get(action)?.[0]?.find(([name]) => name === 'id')?.[1];
		if (!id) throw new Error(`No ${action} form on ${plan}`);
		return id;
	}

	it.each(['moveGoal', 'moveIndicator', 'moveActivity', 'moveSection'])('%s without a direction is refused at the form, not a server error', async (action) => {
		const id = await firstMovable(action);
		const response = await postAction(server.url, plan, action, { id }, editor);
		expect(response.status).toBe(200);
		const result = (await response.json()) as { type: string; status: number; data: string };
		expect(result.type).toBe('failure');
		expect(result.status).toBe(400);
		expect(result.data).toContain('Ogiltig riktning.');
		// An unknown direction too.
		const sideways = (await (await postAction(server.url, plan, action, { id, direction: 'sideways' }, editor)).json()) as { type: string };
		expect(sideways.type).toBe('failure');
	});

	it('refuses a "delvis uppfyllt" band of 60 000 characters at its field, and keeps the stored band', async () => {
		// 60 000 "å" (360 kB encoded, within the 1 MB limit); the band takes at most 40 characters.
		const response = await postAction(server.url, '/org/exempelstad/installningar', 'save', { partlyBand: 'å'.repeat(60_000) }, admin);
		expect(response.status).toBe(200);
		const result = (await response.json()) as { type: string; status: number; data: string };
		expect(result.type).toBe('failure');
		expect(result.status).toBe(400);
		expect(result.data).toContain('Högst 40 tecken.');
		// The demo's band is 5 % (shown as "5"), unchanged.
		const page = await (await fetch(`${server.url}/org/exempelstad/installningar`, { headers: { cookie: admin } })).text();
		expect(page).toMatch(/name="partlyBand"[^>]*value="5"|value="5"[^>]*name="partlyBand"/);
	});

	it('answers a user without the permission who posts a large body with 403, not a reset connection', async () => {
		const reader = await signInOverHttp(server.url, 'lasare');
		// 900 kB: within the form limit of 1 MB, read (and dropped) before the refusal is sent.
		const response = await postAction(server.url, plan, 'saveHeader', { handler: 'a'.repeat(900_000) }, reader);
		expect(response.status).toBe(403);
		expect(await response.text()).toContain('Du har inte behörighet till det här.');
	});

	/**
	 * A post over the limit on a keep-alive connection, with most of its body still to come: the
	 * refusal says `Connection: close` and the server closes the connection, so the client sends
	 * its next request on a new one (on this one it would wait for the keep-alive timeout and be
	 * reset, the unread body taken for the next request).
	 */
	it.each([
		['the editor, over the limit (413)', 'enhetschef', 413, 'Det du skickade är för stort. Här tas högst 1 MB emot.'],
		['a reader without the permission (403)', 'lasare', 403, 'Du har inte behörighet till det här.']
	])('closes the connection of a refused post whose body it left unread: %s', async (_, username, status, message) => {
		const cookie = username === 'enhetschef' ? editor : await signInOverHttp(server.url, username);
		const host = new URL(server.url).host;
		// Announces 2 MB (over the form limit of 1 MB) and sends the first 64 kB; the connection is kept alive (HTTP/1.1's default).
		const head = `POST ${plan}?/saveHeader HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${server.url}\r\nCookie: ${cookie}\r\nAccept: text/html\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${2 * 1024 * 1024}\r\n\r\n`;
		// Resolves once the server has closed the connection: the test never closes it.
		const answer = await rawRequest(server.url, head, Buffer.from(`handler=${'a'.repeat(64 * 1024)}`));
		const [headers, body] = answer.split('\r\n\r\n', 2);
		expect(headers).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
		expect(headers.toLowerCase().split('\r\n')).toContain('connection: close');
		expect(body).toContain(message);
		// The next request, on a new connection, is answered.
		expect((await fetch(`${server.url}${plan}`, { headers: { cookie: editor } })).status).toBe(200);
	});
});
