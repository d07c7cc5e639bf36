/**
 * Focused regressions for what the fuzz test (fuzz-inputs.test.ts) found: each a post a browser's
 * form would not send, that the server once answered with a 500 or a reset connection.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from './support/server';
import { postAction, signInOverHttp } from './support/http-session';
import { harvestForms } from './support/html-forms';

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
});
