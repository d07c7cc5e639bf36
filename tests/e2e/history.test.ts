import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { startServer, type RunningServer } from './support/server';
import { openBrowser, type OpenBrowser } from './support/browser';
import { expectAccessible } from './support/axe';
import { PlanEditorPage } from './pages/plan-editor-page';
import { SignInPage } from './pages/sign-in-page';
import { AuditLogPage, PlanHistoryPage } from './pages/history-page';
import { stockholmDate } from '../../src/lib/domain/format/date-time';

vi.setConfig({ testTimeout: 180_000 });

// From the demo city: one of Familjeenheten's own goals for 2026, and a word in its Resursanvändning text.
const UNIT = 'familjeenheten';
const GOAL = 'Barn och unga får en skyndsam utredning där deras egen röst hörs';
const SECTION = 'Resursanvändning';

describe.sequential('history: see what changed, restore an earlier version, read the audit log (end to end)', () => {
	let server: RunningServer;
	let browser: OpenBrowser | null = null;
	let original = '';
	let edited = '';

	beforeAll(async () => {
		server = await startServer();
	});

	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	async function signInAs(username: string) {
		await browser?.close();
		browser = await openBrowser();
		await new SignInPage(browser.page, server.url).signInAsDemo(username);
		return browser.page;
	}

	it('an editor changes a goal text, finds the change with its words, restores the earlier version and sees the restore', async () => {
		const page = await signInAs('redaktor');
		const editor = new PlanEditorPage(page, server.url);
		await editor.open(UNIT, 2026);
		original = await editor.goalField(GOAL, SECTION).inputValue();
		expect(original).toContain('fler än tolv pågående utredningar');
		edited = original.replace('fler än tolv pågående', 'fler än tio pågående');
		await editor.editGoalField(GOAL, SECTION, edited);
		await expect.poll(() => editor.notice()).toBe(`Målet "${GOAL}" är sparat.`);

		await Promise.all([page.waitForURL(/\/historik$/), page.getByRole('link', { name: 'Historik', exact: true }).first().click()]);
		const history = new PlanHistoryPage(page, server.url);
		expect(await history.heading()).toBe('Historik 2026 – Familjeenheten');
		const row = history.row(GOAL);
		await expect.poll(async () => (await row.textContent()) ?? '').toContain('Rut Redaktör');
		expect(await row.textContent()).toContain(SECTION);
		await history.expectAccessible('plan history');

		const item = await history.openItem(GOAL);
		expect(await item.heading()).toBe(`Historik: Mål ${GOAL}`);
		expect(await item.versionHeading(0)).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d – Rut Redaktör$/);
		// Only the one word changed: the old word struck out and the new one inserted, each also said in words.
		expect(await item.diffWords(0)).toEqual({ removed: ['borttaget: tolv'], added: ['tillagt: tio'] });
		await item.expectAccessible('item history');

		const versionsBefore = await item.versions.count();
		await item.restore(1);
		await expect.poll(() => item.notice()).toBe('Versionen är återställd.');
		await expect.poll(() => item.versions.count()).toBe(versionsBefore + 1);
		expect(await item.versionHeading(0)).toMatch(/ – Rut Redaktör$/);
		expect(await item.diffWords(0)).toEqual({ removed: ['borttaget: tio'], added: ['tillagt: tolv'] });
		expect(await item.version(0).textContent()).toContain('tillbaka till versionen från');
		await item.expectAccessible('item history after restore');

		await editor.open(UNIT, 2026);
		expect(await editor.goalField(GOAL, SECTION).inputValue()).toBe(original);
		await editor.expectAccessible('plan editor after restore');
	});

	it('an administrator reads today’s log and downloads it as CSV with the change in it', async () => {
		const page = await signInAs('admin');
		const log = new AuditLogPage(page, server.url);
		const today = stockholmDate(new Date());
		await log.open('exempelstad', today, today);
		expect(await log.heading()).toBe('Ändringslogg – Exempelstad');
		const changes = log.rows.filter({ hasText: 'Rut Redaktör' });
		expect(await changes.count()).toBeGreaterThanOrEqual(2);
		expect(await changes.first().textContent()).toContain(SECTION);
		await log.expectAccessible('audit log');

		const { fileName, text } = await log.downloadCsv();
		expect(fileName).toBe(`verksam-logg-exempelstad-${today}-${today}.csv`);
		expect(text.startsWith('\uFEFFtid;användare;organisation;tabell;post;åtgärd;fält;före;efter\r\n')).toBe(true);
		const lines = text.split('\r\n').filter((l) => l.includes('Rut Redaktör') && l.includes(`;${SECTION};`));
		// The edit and the restore, in that order.
		expect(lines).toHaveLength(2);
		expect(lines[0]).toContain(';Familjeenheten;Mål;');
		expect(lines[0].endsWith(`;${original};${edited}`)).toBe(true);
		expect(lines[1].endsWith(`;${edited};${original}`)).toBe(true);
	});

	it('a reader cannot reach the log', async () => {
		const page = await signInAs('lasare');
		const response = await page.goto(`${server.url}/org/exempelstad/logg`);
		expect(response?.status()).toBe(403);
		await expectAccessible(page, 'log refused');
	});
});
