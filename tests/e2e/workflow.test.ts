import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { startServer, type RunningServer } from './support/server';
import { openBrowser, type OpenBrowser } from './support/browser';
import { PlanEditorPage } from './pages/plan-editor-page';
import { DocumentPage } from './pages/document-page';
import { SignInPage } from './pages/sign-in-page';
import { StatusPage } from './pages/status-page';

vi.setConfig({ testTimeout: 180_000 });

// From the demo city: Familjeenheten under Norrvikens stadsdelsnämnd, with this unit goal in 2026.
const UNIT = 'familjeenheten';
const TITLE = 'Verksamhetsplan 2026 – Familjeenheten';
const GOAL = 'Barn och unga får en skyndsam utredning där deras egen röst hörs';
const RENAMED = 'Barn och unga får en utredning inom fyra månader';

/**
 * The plan's way through the year: the unit's editor submits, the committee's reviewer returns it
 * with a reason, the unit changes and submits again, the reviewer approves it with a diarienummer,
 * reopens it, and the fastställd version still reads as decided after the unit renames a goal.
 */
describe.sequential('the plan approval workflow (end to end)', () => {
	let server: RunningServer;
	let redaktor: OpenBrowser;
	let granskare: OpenBrowser;

	beforeAll(async () => {
		server = await startServer();
		[redaktor, granskare] = await Promise.all([openBrowser(), openBrowser()]);
		await new SignInPage(redaktor.page, server.url).signInAsDemo('redaktor');
		await new SignInPage(granskare.page, server.url).signInAsDemo('granskare');
	});

	afterAll(async () => {
		await Promise.all([redaktor?.close(), granskare?.close()]);
		await server?.stop();
	});

	it('a submitted plan is read-only for its editor, with the reason', async () => {
		const editor = new PlanEditorPage(redaktor.page, server.url);
		await editor.open(UNIT, 2026);
		expect(await redaktor.page.locator('.status-banner').innerText()).toContain('Status: Utkast.');
		expect(await redaktor.page.locator('main form').count()).toBeGreaterThan(0);
		await editor.expectAccessible('plan editor, draft');

		const status = new StatusPage(redaktor.page, server.url);
		await status.open(UNIT, 2026);
		expect(await status.status()).toBe('Utkast');
		// An editor submits; returning and approving are the reviewer's.
		expect(await status.button('Fastställ').count()).toBe(0);
		expect(await status.button('Återremittera').count()).toBe(0);
		await status.expectAccessible('status page, draft');
		await status.submitPlan('Klar för granskning.');
		await expect.poll(() => status.status()).toBe('Inlämnad');
		expect(await status.notice()).toBe('Planen är inlämnad.');
		expect(await status.button('Lämna in').count()).toBe(0);
		await status.expectAccessible('status page, submitted');

		await editor.open(UNIT, 2026);
		expect(await redaktor.page.locator('main form').count()).toBe(0);
		expect(await redaktor.page.locator('.read-only-reason').innerText()).toBe(
			'Planen visas utan redigering: den är inlämnad och granskas av nämnden.'
		);
		// The plan is still there to read.
		expect(await redaktor.page.locator('main').innerText()).toContain(GOAL);
		await editor.expectAccessible('plan editor, read-only');
	});

	it('the reviewer returns it with a reason; the editor can edit again and sees the reason', async () => {
		const status = new StatusPage(granskare.page, server.url);
		await status.open(UNIT, 2026);
		expect(await status.button('Lämna in').count()).toBe(0);
		await status.expectAccessible('status page, reviewer');
		await status.returnPlan('Budgeten för hemtjänstinsatserna saknas.');
		await expect.poll(() => status.status()).toBe('Återremitterad');

		const editor = new PlanEditorPage(redaktor.page, server.url);
		await editor.open(UNIT, 2026);
		const banner = await redaktor.page.locator('.status-banner').innerText();
		expect(banner).toContain('Status: Återremitterad.');
		expect(banner).toContain('Budgeten för hemtjänstinsatserna saknas.');
		expect(await redaktor.page.locator('form[action="?/saveGoal"]').count()).toBeGreaterThan(0);
		await editor.expectAccessible('plan editor, returned');
	});

	it('submitted again, a unit editor cannot approve, not even by a forged post', async () => {
		const status = new StatusPage(redaktor.page, server.url);
		await status.open(UNIT, 2026);
		await status.submitPlan();
		await expect.poll(() => status.status()).toBe('Inlämnad');

		const enhetschef = await openBrowser();
		try {
			await new SignInPage(enhetschef.page, server.url).signInAsDemo('enhetschef');
			const own = new StatusPage(enhetschef.page, server.url);
			await own.open(UNIT, 2026);
			expect(await own.status()).toBe('Inlämnad');
			expect(await own.button('Fastställ').count()).toBe(0);
			expect(await own.page.locator('form[action="?/approvePlan"]').count()).toBe(0);
			await own.expectAccessible('status page, unit editor');
			const forged = await enhetschef.context.request.post(`${server.url}/org/${UNIT}/2026/status?/approvePlan`, {
				form: { decidedOn: '2026-02-12', decidedBy: 'Elin', diaryNumber: 'FALSK 1' },
				headers: { origin: server.url },
				maxRedirects: 0
			});
			expect(forged.status()).toBe(403);
			expect(await forged.text()).toContain('Du har inte behörighet till det här.');
		} finally {
			await enhetschef.close();
		}
		await status.open(UNIT, 2026);
		expect(await status.status()).toBe('Inlämnad');
	});

	it('the reviewer approves with a diarienummer; the fastställd version shows the decision and the plan', async () => {
		const status = new StatusPage(granskare.page, server.url);
		await status.open(UNIT, 2026);
		// Who decided defaults to the committee.
		expect(await status.decidedByInput().inputValue()).toBe('Norrvikens stadsdelsnämnd');
		await status.approvePlan({ decidedOn: '2026-02-12', diaryNumber: 'NO 2026/0042' });
		await expect.poll(() => status.status()).toBe('Fastställd');
		expect(await status.button('Öppna igen').count()).toBe(1);
		expect(await status.frozenLinks().allInnerTexts()).toEqual(['Fastställd 2026-02-12, dnr NO 2026/0042']);
		const history = await status.history();
		expect(history.map((row) => row.slice(1, 3))).toEqual([
			['Rut Redaktör', 'Utkast → Inlämnad'],
			['Gustav Granskare', 'Inlämnad → Återremitterad'],
			['Rut Redaktör', 'Återremitterad → Inlämnad'],
			['Gustav Granskare', 'Inlämnad → Fastställd']
		]);
		expect(history[1][3]).toContain('Budgeten för hemtjänstinsatserna saknas.');
		expect(history[3][3]).toContain('Beslut 2026-02-12, Norrvikens stadsdelsnämnd, dnr NO 2026/0042.');
		await status.expectAccessible('status page, approved');

		await status.frozenLinks().first().click();
		await granskare.page.waitForURL(/\/faststalld\/\d+$/);
		const frozen = new DocumentPage(granskare.page, server.url);
		const text = await frozen.text();
		expect(text).toContain('Fastställd 2026-02-12 av Norrvikens stadsdelsnämnd, dnr NO 2026/0042');
		expect(await frozen.heading()).toBe(TITLE);
		expect(text).toContain(GOAL);
		await frozen.expectAccessible('fastställd version');

		const document = new DocumentPage(granskare.page, server.url);
		await document.open(UNIT, 2026);
		const live = await document.text();
		expect(live).toContain('Beslutsdatum 2026-02-12');
		expect(live).toContain('Diarienummer NO 2026/0042');
		expect(live).not.toContain('Förslag till beslut');
		await document.expectAccessible('document, approved');
	});

	it('reopened with a reason, the plan is edited, and the fastställd version still reads as decided', async () => {
		const status = new StatusPage(granskare.page, server.url);
		await status.open(UNIT, 2026);
		const frozenHref = await status.frozenLinks().first().getAttribute('href');
		await status.reopenPlan('Nämnden ändrade budgetramen i mars.');
		await expect.poll(() => status.status()).toBe('Utkast');
		expect((await status.history()).at(-1)?.slice(1)).toEqual([
			'Gustav Granskare',
			'Fastställd → Utkast',
			'Nämnden ändrade budgetramen i mars.'
		]);
		await status.expectAccessible('status page, reopened');

		const editor = new PlanEditorPage(redaktor.page, server.url);
		await editor.open(UNIT, 2026);
		const goal = editor.goal(GOAL).first();
		await goal.getByRole('textbox', { name: 'Rubrik', exact: true }).fill(RENAMED);
		await editor.submit(goal.getByRole('button', { name: 'Spara målet' }));
		await expect.poll(() => editor.goal(RENAMED).count()).toBe(1);
		await editor.expectAccessible('plan editor, reopened and edited');

		const frozen = new DocumentPage(redaktor.page, server.url);
		await frozen.goto(frozenHref!);
		const text = await frozen.text();
		expect(text).toContain(GOAL);
		expect(text).not.toContain(RENAMED);
		await frozen.expectAccessible('fastställd version after edits');

		await frozen.open(UNIT, 2026);
		expect(await frozen.text()).toContain(RENAMED);
	});

	it('without JavaScript, the page after a step offers the forms of the new status', async () => {
		const noScript = await openBrowser({ javaScriptEnabled: false });
		try {
			await new SignInPage(noScript.page, server.url).signInAsDemo('redaktor');
			const status = new StatusPage(noScript.page, server.url);
			await status.open('vuxenenheten', 2026);
			expect(await status.button('Lämna in').count()).toBe(1);
			await status.submitPlan();
			// The answer to the post itself, not a reload: permissions are decided again after the step.
			expect(await status.notice()).toBe('Planen är inlämnad.');
			expect(await status.status()).toBe('Inlämnad');
			expect(await status.button('Lämna in').count()).toBe(0);
		} finally {
			await noScript.close();
		}
	});
});
