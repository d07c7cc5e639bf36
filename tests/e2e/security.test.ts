import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';

// Real browser against a real server on a shared 2-core machine: allow time.
vi.setConfig({ testTimeout: 180_000 });
import { startServer, type RunningServer } from './support/server';
import { openBrowser, type OpenBrowser } from './support/browser';
import { SignInPage } from './pages/sign-in-page';
import { PlanEditorPage } from './pages/plan-editor-page';
import { DocumentPage } from './pages/document-page';
import { FormProbe } from './pages/form-probe';
import { expectAccessible } from './support/axe';

/**
 * Attempts to reach outside one's grants through URLs, form actions and tampered ids, forged
 * cross-site posts, script in every text of a plan, and the session cookie, against the demo city:
 * enhetschef is Redaktör on familjeenheten only, lasare Läsare on exempelstad, redaktor Redaktör
 * on norrvikens-stadsdelsnamnd (both units' plans).
 */
describe.sequential('security (end to end)', () => {
	let server: RunningServer;
	let browser: OpenBrowser;
	let signIn: SignInPage;
	let probe: FormProbe;
	/** A unit goal of Vuxenenheten's 2026 plan, as redaktor saw it before anyone tried to change it. */
	let vuxGoal: { id: string; version: string; title: string };
	/** Pages an enhetschef may read that gather things from many units: the nämndmål above a Vuxenenheten goal, a KF indicator Vuxenenheten has a target for, searches. */
	let gathering: string[];
	const dialogs: string[] = [];

	beforeAll(async () => {
		server = await startServer();
		browser = await openBrowser();
		signIn = new SignInPage(browser.page, server.url);
		probe = new FormProbe(browser.page);
		browser.page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
	});

	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	/** Links on the page to Vuxenenheten, its plans or its goal. */
	const vuxenenhetenLinks = () => browser.page.locator(`main a[href^="/org/vuxenenheten"], main a[href="/mal/${vuxGoal.id}"]`).count();

	/** Opens a path and returns the HTTP status, without failing on 4xx as the page objects do. */
	async function statusOf(path: string): Promise<number> {
		const response = await browser.page.goto(new URL(path, server.url).toString());
		return response?.status() ?? 0;
	}

	it('sends someone not signed in to the sign-in page, and back afterwards', async () => {
		expect(await statusOf('/org/familjeenheten/2026')).toBe(200);
		const url = new URL(browser.page.url());
		expect(url.pathname).toBe('/logga-in');
		expect(url.searchParams.get('next')).toBe('/org/familjeenheten/2026');
		await signIn.expectAccessible('sign-in page after a redirect');
	});

	it('(redaktor sees a Vuxenenheten goal, for the attempts that follow)', async () => {
		await signIn.signInAsDemo('redaktor');
		await new PlanEditorPage(browser.page, server.url).open('vuxenenheten', 2026);
		const fields = await probe.fields('saveGoal');
		vuxGoal = { id: fields.id, version: fields.version, title: fields.title };
		expect(Number(vuxGoal.id)).toBeGreaterThan(0);
		expect(vuxGoal.title.length).toBeGreaterThan(0);
		const indicatorId = await browser.page
			.locator('form[action="?/saveTargets"] input[name^="target-"]')
			.evaluateAll((inputs) => (inputs as HTMLInputElement[]).find((i) => i.value !== '')?.name.slice('target-'.length));
		expect(indicatorId).toBeTruthy();
		await browser.page.goto(`${server.url}/mal/${vuxGoal.id}`);
		// The breadcrumbs end with the goal above it, the nämndmål.
		const parentHref = await browser.page.locator('a[href^="/mal/"]').last().getAttribute('href');
		gathering = [parentHref!, `/indikator/${indicatorId}`, `/sok?q=${encodeURIComponent(vuxGoal.title)}`, '/sok?q=Vuxenenheten'];
		// redaktor reads both units: each of these pages names Vuxenenheten to them.
		for (const path of gathering) {
			expect(await statusOf(path), path).toBe(200);
			expect(await vuxenenhetenLinks(), path).toBeGreaterThan(0);
		}
	});

	it('refuses enhetschef another unit: its plan, its goal, its form actions, and its goal by a tampered id', async () => {
		await signIn.signInAsDemo('enhetschef');
		expect(await statusOf('/org/vuxenenheten/2026')).toBe(403);
		await expectAccessible(browser.page, 'the 403 page');
		expect(await statusOf(`/mal/${vuxGoal.id}`)).toBe(403);
		// Pages it may read show nothing of Vuxenenheten: not its goals under the nämndmål, its Årsmål, nor a search hit.
		for (const path of gathering) {
			expect(await statusOf(path), path).toBe(200);
			expect(await vuxenenhetenLinks(), path).toBe(0);
			await expectAccessible(browser.page, path);
		}

		await new PlanEditorPage(browser.page, server.url).open('familjeenheten', 2026);
		const hijack = { id: vuxGoal.id, version: vuxGoal.version, title: 'Kapat av enhetschef' };
		expect(await probe.post('/org/vuxenenheten/2026?/saveGoal', hijack)).toBe(403);
		// Through its own plan's action, naming the other unit's goal: not found there.
		expect(await probe.post('/org/familjeenheten/2026?/saveGoal', hijack)).toBe(404);
		expect(await probe.post('/org/familjeenheten/2026?/deleteGoal', { id: vuxGoal.id, confirm: 'yes' })).toBe(404);
		// A new goal hung under a goal that is not in its own plan.
		expect(await probe.post('/org/familjeenheten/2026?/addGoal', { parentId: vuxGoal.id, title: 'Under fel mål' })).toBe(404);
		// Nor the committee's framework.
		expect(await probe.post('/org/norrvikens-stadsdelsnamnd/2026/ramverk?/saveGoal', hijack)).toBe(403);
	});

	it('refuses lasare every change, in a unit plan and in the council framework', async () => {
		await signIn.signInAsDemo('lasare');
		await new PlanEditorPage(browser.page, server.url).open('familjeenheten', 2026);
		await signIn.expectAccessible('plan editor as a reader');
		expect(await probe.post('/org/familjeenheten/2026?/addGoal', { title: 'Läsarens mål' })).toBe(403);
		expect(await probe.post('/org/familjeenheten/2026?/saveHeader', { handler: 'Läsaren' })).toBe(403);
		expect(await probe.post('/org/exempelstad/2026/ramverk?/addGoal', { title: 'Läsarens mål' })).toBe(403);
	});

	it('left the Vuxenenheten goal as it was', async () => {
		await signIn.signInAsDemo('redaktor');
		await new PlanEditorPage(browser.page, server.url).open('vuxenenheten', 2026);
		const fields = await probe.fields('saveGoal');
		expect({ id: fields.id, version: fields.version, title: fields.title }).toEqual(vuxGoal);
	});

	it('shows script in every text of a plan as text, in the editor and in the document', async () => {
		const payloads = [
			'<script>window.__xss=1</script>',
			'"><img src=x onerror="window.__xss=1">',
			'</textarea><svg onload="window.__xss=1">',
			"<img src=x onerror=alert('xss')>"
		];
		let count = 0;
		const next = () => `${payloads[count % payloads.length]}[${++count}]`;
		/** Every payload that was saved, by where it went. */
		const stored: Record<string, string> = {};

		await signIn.signInAsDemo('redaktor');
		const editor = new PlanEditorPage(browser.page, server.url);
		await editor.open('familjeenheten', 2026);

		// Through the form itself: Telefon refuses the payload and shows it back in the field, escaped.
		const header = probe.form('saveHeader');
		const typed = { handler: next(), phone: next(), recipient: next() };
		await header.getByLabel('Handläggare', { exact: true }).fill(typed.handler);
		await header.getByLabel('Telefon', { exact: true }).fill(typed.phone);
		await header.getByLabel('Till', { exact: true }).fill(typed.recipient);
		await editor.submit(header.getByRole('button', { name: 'Spara uppgifterna' }));
		await expect.poll(async () => (await editor.fieldErrors()).length).toBe(1);
		expect(await header.getByLabel('Telefon', { exact: true }).inputValue()).toBe(typed.phone);
		expect(await browser.page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
		await header.getByLabel('Telefon', { exact: true }).fill('08-123 45 67');
		await editor.submit(header.getByRole('button', { name: 'Spara uppgifterna' }));
		await expect.poll(() => editor.notice()).toBe('Uppgifterna är sparade.');
		stored['Handläggare'] = typed.handler;
		stored['Till'] = typed.recipient;

		// Every other text, by posting each form as it stands with a payload in each of its text fields.
		const forms: { action: string; index: number; what: string; keep?: RegExp }[] = [
			{ action: 'saveGoal', index: 0, what: 'unit goal' },
			{ action: 'saveSection', index: 0, what: 'Inledning section' },
			{ action: 'addSection', index: 0, what: 'new Inledning section' },
			{ action: 'addSection', index: 1, what: 'new Övrigt section' },
			{ action: 'saveActivity', index: 0, what: 'activity' },
			{ action: 'saveIndicator', index: 0, what: 'own indicator' },
			// The amounts are numbers and would refuse a payload; every other text of the table gets one.
			{ action: 'saveBudgetTable', index: 0, what: 'budget table', keep: /^value-/ },
			{ action: 'addBudgetRow', index: 0, what: 'new budget row' },
			{ action: 'addAttachment', index: 0, what: 'attachment' }
		];
		for (const { action, index, what, keep } of forms) {
			const names = (await probe.textFieldNames(action, index)).filter((name) => !keep?.test(name));
			expect(names.length, `${what} has text fields`).toBeGreaterThan(0);
			const changes = Object.fromEntries(names.map((name) => [name, next()]));
			expect(await probe.sendChanged(action, index, changes), `${what} saved`).toBe(200);
			for (const [name, payload] of Object.entries(changes)) stored[`${what}: ${name}`] = payload;
		}
		expect(Object.keys(stored).length).toBeGreaterThanOrEqual(18);

		/** Nothing from a payload ran or became an element. */
		const expectInert = async (label: string) => {
			await browser.page.waitForLoadState('networkidle');
			const found = await browser.page.evaluate(() => ({
				xss: (window as { __xss?: unknown }).__xss,
				elements: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]').length,
				// The page's own data script carries the payloads as escaped strings; a payload's script would hold only its code.
				scripts: [...document.scripts].filter((s) => s.textContent?.trim().startsWith('window.__xss')).length
			}));
			expect(found, label).toEqual({ xss: undefined, elements: 0, scripts: 0 });
			expect(dialogs, label).toEqual([]);
		};

		await editor.open('familjeenheten', 2026);
		await expectInert('plan editor');
		const values = await probe.textValues();
		const missingInEditor = Object.entries(stored).filter(([, payload]) => !values.includes(payload)).map(([where]) => where);
		expect(missingInEditor).toEqual([]);
		await editor.expectAccessible('plan editor with payloads');

		const documentPage = new DocumentPage(browser.page, server.url);
		await documentPage.open('familjeenheten', 2026);
		await expectInert('document');
		const text = await browser.page.locator('main').innerText();
		const missingInDocument = Object.entries(stored).filter(([, payload]) => !text.includes(payload)).map(([where]) => where);
		expect(missingInDocument).toEqual([]);
		await documentPage.expectAccessible('document with payloads');
	});

	it('refuses a form post from another site, and writes nothing', async () => {
		const editor = new PlanEditorPage(browser.page, server.url);
		await editor.open('familjeenheten', 2026);
		const request = browser.context.request;
		const url = `${server.url}/org/familjeenheten/2026?/saveHeader`;
		// The same request from the app's own origin does write: the refusals below are about the origin only.
		// The header is saved with the version it was read at (no lost updates).
		const { version } = await probe.fields('saveHeader');
		const own = await request.post(url, { headers: { Origin: server.url }, form: { version, handler: 'Sara Holmberg', phone: '', recipient: 'Nämnden' } });
		expect(own.status()).toBe(200);
		const evil = await request.post(url, { headers: { Origin: 'http://evil.example' }, form: { handler: 'Förfalskad', phone: '', recipient: 'Förfalskad' } });
		expect(evil.status()).toBe(403);
		const noOrigin = await request.post(url, { form: { handler: 'Utan ursprung', phone: '', recipient: '' } });
		expect(noOrigin.status()).toBe(403);
		const plainText = await request.post(url, { headers: { Origin: 'http://evil.example', 'Content-Type': 'text/plain' }, data: 'handler=Förfalskad' });
		expect(plainText.status()).toBe(403);

		await editor.open('familjeenheten', 2026);
		const header = probe.form('saveHeader');
		expect(await header.getByLabel('Handläggare', { exact: true }).inputValue()).toBe('Sara Holmberg');
		expect(await header.getByLabel('Till', { exact: true }).inputValue()).toBe('Nämnden');
	});

	it('keeps the session cookie from scripts and other sites, and gives a new one at every sign-in', async () => {
		const sessionCookie = async () => (await browser.context.cookies(server.url)).find((c) => c.name === 'verksam_session');
		const before = await sessionCookie();
		expect(before).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
		expect(await browser.page.evaluate(() => document.cookie)).not.toContain('verksam_session');

		await signIn.signInAsDemo('redaktor');
		const after = await sessionCookie();
		expect(after?.value).toBeTruthy();
		expect(after?.value).not.toBe(before?.value);

		const open = (token: string) =>
			fetch(`${server.url}/org/familjeenheten/2026`, { headers: { cookie: `verksam_session=${token}` }, redirect: 'manual' });
		const old = await open(before!.value);
		expect(old.status).toBe(303);
		expect(old.headers.get('location')).toMatch(/^\/logga-in\?next=/);
		expect((await open(after!.value)).status).toBe(200);
	});

	it('returns from the language switch only to a path of its own', async () => {
		for (const to of ['//evil.example/', '/\\evil.example/', '/\t/evil.example/', 'https://evil.example/']) {
			const response = await fetch(`${server.url}/sprak?lang=sv&to=${encodeURIComponent(to)}`, { redirect: 'manual' });
			expect(response.status, to).toBe(303);
			expect(response.headers.get('location'), to).toBe('/');
		}
	});
});
