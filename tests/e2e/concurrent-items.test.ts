import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { startServer, type RunningServer } from './support/server';
import { openBrowser, type OpenBrowser } from './support/browser';
import { PlanEditorPage } from './pages/plan-editor-page';
import { SignInPage } from './pages/sign-in-page';

vi.setConfig({ testTimeout: 120_000 });

const UNIT = 'familjeenheten';
const ACTIVITY = 'Pröva digitala föräldraträffar som komplement till träffar på plats';
const TABLE = 'Utredning och placeringar';
const STAFF_CELL = 'Personal, Budget 2026 (tkr)';
const NAMNDMAL = '1.1.1 Barn och unga i Norrviken får stöd tidigt';
const INDICATOR = 'Andel utredningar om barn och unga som avslutas inom fyra månader';

/**
 * Two editors of Familjeenheten change the same activity and the same budget cell in two
 * browsers: the later save, which started from the older version, does not overwrite the first.
 */
describe('two people editing the same activity or budget table (end to end)', () => {
	let server: RunningServer;
	let anna: OpenBrowser;
	let bertil: OpenBrowser;
	let annaPage: PlanEditorPage;
	let bertilPage: PlanEditorPage;

	beforeAll(async () => {
		server = await startServer();
		[anna, bertil] = await Promise.all([openBrowser(), openBrowser()]);
		await new SignInPage(anna.page, server.url).signInAsDemo('redaktor');
		await new SignInPage(bertil.page, server.url).signInAsDemo('enhetschef');
		annaPage = new PlanEditorPage(anna.page, server.url);
		bertilPage = new PlanEditorPage(bertil.page, server.url);
	});

	afterAll(async () => {
		await Promise.all([anna?.close(), bertil?.close()]);
		await server?.stop();
	});

	it('shows the first saved activity beside the second person’s, and saves theirs when they send again', async () => {
		await annaPage.open(UNIT, 2026);
		await bertilPage.open(UNIT, 2026);

		const annaForm = await annaPage.activityForm(ACTIVITY);
		await annaForm.getByRole('textbox', { name: 'Aktivitet', exact: true }).fill('Digitala föräldraträffar varannan vecka');
		await annaPage.submit(annaForm.getByRole('button', { name: 'Spara aktiviteten' }));
		await expect.poll(() => annaPage.notice()).toBe('Aktiviteten "Digitala föräldraträffar varannan vecka" är sparad.');

		const bertilForm = await bertilPage.activityForm(ACTIVITY);
		const bertilTitle = bertilForm.getByRole('textbox', { name: 'Aktivitet', exact: true });
		await bertilTitle.fill('Digitala föräldraträffar en gång i månaden');
		await bertilPage.submit(bertilForm.getByRole('button', { name: 'Spara aktiviteten' }));
		await expect.poll(async () => (await bertilForm.locator('.conflict').textContent()) ?? '').toContain('Digitala föräldraträffar varannan vecka');
		expect(await bertilForm.locator('.error-summary').textContent()).toContain(
			'Någon annan har sparat aktiviteten medan du skrev. Deras version visas bredvid din. Spara igen för att behålla din.'
		);
		// His own text stays in the input.
		expect(await bertilTitle.inputValue()).toBe('Digitala föräldraträffar en gång i månaden');
		await bertilPage.expectAccessible('activity conflict shown');

		// Nothing of his was written.
		await annaPage.open(UNIT, 2026);
		expect(await annaPage.page.getByRole('cell', { name: 'Digitala föräldraträffar varannan vecka', exact: true }).count()).toBe(1);

		// He has seen hers and sends his again: now it is his choice, and it is saved.
		await bertilPage.submit(bertilForm.getByRole('button', { name: 'Spara aktiviteten' }));
		await expect.poll(() => bertilPage.notice()).toBe('Aktiviteten "Digitala föräldraträffar en gång i månaden" är sparad.');
		await annaPage.open(UNIT, 2026);
		expect(await annaPage.page.getByRole('cell', { name: 'Digitala föräldraträffar en gång i månaden', exact: true }).count()).toBe(1);
		expect(await annaPage.page.getByRole('cell', { name: 'Digitala föräldraträffar varannan vecka', exact: true }).count()).toBe(0);
	});

	it('shows the first saved amount under the second person’s in the budget cell, and saves theirs when they send again', async () => {
		await annaPage.open(UNIT, 2026);
		await bertilPage.open(UNIT, 2026);

		const annaTable = annaPage.budgetForm(TABLE);
		await annaTable.getByLabel(STAFF_CELL, { exact: true }).fill('20 000');
		await annaPage.submit(annaTable.getByRole('button', { name: 'Spara tabellen' }));
		await expect.poll(() => annaPage.notice()).toBe(`Budgettabellen "${TABLE}" är sparad.`);

		const bertilTable = bertilPage.budgetForm(TABLE);
		const bertilCell = bertilTable.getByLabel(STAFF_CELL, { exact: true });
		await bertilCell.fill('21 500');
		await bertilPage.submit(bertilTable.getByRole('button', { name: 'Spara tabellen' }));
		// Anna's amount stands under his in the same cell, and the cell's input names it.
		await expect.poll(async () => (await bertilTable.locator('.conflict-value').allTextContents()).map((t) => t.replace(/\s/g, ' '))).toEqual(['Deras: 20 000']);
		expect(await bertilCell.inputValue()).toBe('21 500');
		expect(await bertilCell.getAttribute('aria-describedby')).toMatch(/-theirs$/);
		expect(await bertilTable.locator('.error-summary').textContent()).toContain('Någon annan har sparat budgettabellen medan du skrev.');
		await bertilPage.expectAccessible('budget conflict shown');

		await annaPage.open(UNIT, 2026);
		expect(await annaPage.budgetForm(TABLE).getByLabel(STAFF_CELL, { exact: true }).inputValue()).toBe('20 000');

		await bertilPage.submit(bertilTable.getByRole('button', { name: 'Spara tabellen' }));
		await expect.poll(() => bertilPage.notice()).toBe(`Budgettabellen "${TABLE}" är sparad.`);
		await annaPage.open(UNIT, 2026);
		expect(await annaPage.budgetForm(TABLE).getByLabel(STAFF_CELL, { exact: true }).inputValue()).toBe('21 500');
	});

	it('shows the first saved Årsmål under the second person’s, and saves theirs when they send again', async () => {
		await annaPage.open(UNIT, 2026);
		await bertilPage.open(UNIT, 2026);

		await annaPage.setTarget(NAMNDMAL, INDICATOR, '70 %');
		await expect.poll(() => annaPage.notice()).toBe('Årsmålen är sparade.');

		await bertilPage.setTarget(NAMNDMAL, INDICATOR, '75 %');
		const bertilTargets = bertilPage.goal(NAMNDMAL).first().locator('form[action="?/saveTargets"]').first();
		await expect.poll(async () => (await bertilTargets.locator('.conflict-value').allTextContents()).map((t) => t.replace(/\s/g, ' '))).toEqual(['Deras: 70 %']);
		expect(await bertilPage.targetInput(NAMNDMAL, INDICATOR).inputValue()).toBe('75 %');
		await bertilPage.expectAccessible('target conflict shown');

		await annaPage.open(UNIT, 2026);
		expect(await annaPage.targetInput(NAMNDMAL, INDICATOR).inputValue()).toBe('70 %');

		await bertilPage.submit(bertilTargets.getByRole('button', { name: 'Spara årsmålen' }));
		await expect.poll(() => bertilPage.notice()).toBe('Årsmålen är sparade.');
		await annaPage.open(UNIT, 2026);
		expect(await annaPage.targetInput(NAMNDMAL, INDICATOR).inputValue()).toBe('75 %');
	});
});
