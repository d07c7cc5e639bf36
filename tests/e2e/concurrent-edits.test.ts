import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { startServer, type RunningServer } from './support/server';
import { openBrowser, type OpenBrowser } from './support/browser';
import { PlanEditorPage } from './pages/plan-editor-page';
import { SignInPage } from './pages/sign-in-page';

vi.setConfig({ testTimeout: 120_000 });

const UNIT = 'familjeenheten';

/** Two people edit the same section of a plan in two browsers: the later save does not overwrite the first. */
describe('two people editing the same text (end to end)', () => {
	let server: RunningServer;
	let anna: OpenBrowser;
	let bertil: OpenBrowser;

	beforeAll(async () => {
		server = await startServer();
		[anna, bertil] = await Promise.all([openBrowser(), openBrowser()]);
		// Two editors of the unit: the committee's editor and the unit's own.
		await new SignInPage(anna.page, server.url).signInAsDemo('redaktor');
		await new SignInPage(bertil.page, server.url).signInAsDemo('enhetschef');
	});

	afterAll(async () => {
		await Promise.all([anna?.close(), bertil?.close()]);
		await server?.stop();
	});

	it('keeps the first save, shows it beside the second person text, and saves theirs only when they send again', async () => {
		const annaPage = new PlanEditorPage(anna.page, server.url);
		const bertilPage = new PlanEditorPage(bertil.page, server.url);
		await annaPage.open(UNIT, 2026);
		await bertilPage.open(UNIT, 2026);

		await annaPage.editSection('Enhetens uppdrag', 'Annas nya text om uppdraget.');
		await expect.poll(() => annaPage.notice()).toBe('Avsnittet "Enhetens uppdrag" är sparat.');

		await bertilPage.editSection('Enhetens uppdrag', 'Bertils nya text om uppdraget.');
		const bertilForm = await bertilPage.sectionForm('Enhetens uppdrag');
		await expect.poll(async () => (await bertilForm.locator('.conflict').textContent()) ?? '').toContain('Annas nya text om uppdraget.');
		expect(await bertilForm.getByRole('textbox', { name: 'Text', exact: true }).inputValue()).toBe('Bertils nya text om uppdraget.');
		await bertilPage.expectAccessible('conflict shown');

		await annaPage.open(UNIT, 2026);
		expect(await (await annaPage.sectionForm('Enhetens uppdrag')).getByRole('textbox', { name: 'Text', exact: true }).inputValue()).toBe(
			'Annas nya text om uppdraget.'
		);

		// Bertil has seen Anna's text and sends his again: now it is his choice, and it is saved.
		await bertilPage.submit(bertilForm.getByRole('button', { name: 'Spara avsnittet' }));
		await expect.poll(() => bertilPage.notice()).toBe('Avsnittet "Enhetens uppdrag" är sparat.');
		await annaPage.open(UNIT, 2026);
		expect(await (await annaPage.sectionForm('Enhetens uppdrag')).getByRole('textbox', { name: 'Text', exact: true }).inputValue()).toBe(
			'Bertils nya text om uppdraget.'
		);
	});
});
