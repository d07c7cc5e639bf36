import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { startServer, type RunningServer } from './support/server';
import { openBrowser, type OpenBrowser } from './support/browser';
import { SignInPage } from './pages/sign-in-page';
import { PlanEditorPage } from './pages/plan-editor-page';
import { PlanImportPage } from './pages/plan-import-page';

vi.setConfig({ testTimeout: 180_000 });

const seedName = 'kungsholmen-vuxenenheten-2014.txt';
const seed = readFileSync(new URL(`../../src/lib/domain/import/seeds/${seedName}`, import.meta.url));

/**
 * Importing a plan document, end to end: the demo's redaktor (editor for Norrvikens units) opens
 * Vuxenenheten's 2027 plan (empty in the demo, whose plans are 2025 and 2026), follows the link to
 * import, reads Kungsholmen's Vuxenenheten plan of 2014 (a public plan as text), checks the preview
 * and confirms it into Vuxenenheten 2027. A file without a plan is refused at the field, also
 * without JavaScript.
 */
describe.sequential('importing a plan from a document (end to end)', () => {
	let server: RunningServer;
	let browser: OpenBrowser;
	let noScript: OpenBrowser;

	beforeAll(async () => {
		server = await startServer();
		[browser, noScript] = await Promise.all([openBrowser(), openBrowser({ javaScriptEnabled: false })]);
		await new SignInPage(browser.page, server.url).signInAsDemo('redaktor');
		await new SignInPage(noScript.page, server.url).signInAsDemo('redaktor');
	});

	afterAll(async () => {
		await Promise.all([browser?.close(), noScript?.close()]);
		await server?.stop();
	});

	it('reads the document, shows the cascade, tables and warnings, and stores nothing until confirmed', async () => {
		const editor = new PlanEditorPage(browser.page, server.url);
		await editor.open('vuxenenheten', 2027);
		await editor.expectAccessible('empty plan editor');
		await browser.page.getByRole('link', { name: 'Importera en plan från ett dokument' }).click();
		await browser.page.waitForURL((url) => url.pathname === '/org/vuxenenheten/2027/importera');

		const importer = new PlanImportPage(browser.page, server.url);
		expect(await importer.heading()).toBe('Importera en plan från ett dokument – Vuxenenheten 2027');
		await importer.expectAccessible('plan import page');
		await importer.read({ name: seedName, mimeType: 'text/plain', buffer: seed });
		await importer.previewHeading.waitFor();
		expect(await importer.previewHeading.textContent()).toBe(`2. Granska det som hittades i ${seedName}`);

		// From the document: KF:s mål 2.3 with its title, and the Åtagande under nämndmål "Kungsholmens
		// stadsdelsförvaltnings arbetsplatser är medskapande" (the document's pages 5–12).
		const headings = await importer.goalHeadings();
		expect(headings).toContain('KF:s mål för verksamhetsområdet 2.3 Stockholmarna upplever att de får god service och omsorg');
		expect(headings).toContain('Åtagande Medskapande präglar Vuxenenhetens arbetsklimat');
		// The first row of the table under 2.3 (the document's line 147).
		expect(await importer.indicatorRow('Andel enskilda som ökat sin funktionsförmåga inom socialpsykiatrin')).toEqual([
			'Andel enskilda som ökat sin funktionsförmåga inom socialpsykiatrin',
			'58 %',
			'tas fram av nämnden',
			'År'
		]);
		// Line 94 is a lone "-" where the title of a nämndmål under 1.3 should be.
		const warnings = await importer.warnings();
		expect(warnings.find(([line]) => line === '94')?.[1]).toMatch(/Nämndmål/);
		// The plan names Vuxenenheten, which this editor may import into: chosen already; the year is the document's.
		expect(await importer.organisationSelect.inputValue()).toBe('vuxenenheten');
		expect(await importer.yearInput.inputValue()).toBe('2014');
		await importer.expectAccessible('plan import preview');

		// Nothing was written by reading: the plan editor still offers the import.
		const check = await browser.context.newPage();
		await check.goto(new URL('/org/vuxenenheten/2027', server.url).toString());
		expect(await check.getByRole('link', { name: 'Importera en plan från ett dokument' }).count()).toBe(1);
		await check.close();
	});

	it("previews Huddinge's plan in its own model, each etappmål table as a table with headers", async () => {
		const page = await browser.context.newPage();
		const importer = new PlanImportPage(page, server.url);
		await importer.open('vuxenenheten', 2027);
		const huddingeName = 'huddinge-socialnamnden-2017.txt';
		await importer.read({ name: huddingeName, mimeType: 'text/plain', buffer: readFileSync(new URL(`../../src/lib/domain/import/seeds/${huddingeName}`, import.meta.url)) });
		await importer.previewHeading.waitFor();
		const headings = await importer.goalHeadings();
		expect(headings).toContain('Övergripande mål Fler i jobb');
		expect(headings).toContain('Delmål Fler i egen försörjning');
		expect(headings).toContain('Utvecklingsåtagande aktivt delta i kommunens samhällsplaneringsprocess');
		// The document's page 11: Huddingejobb 2014–2016 and the Etappmål 2017 column ("71-60" is 71, -, 60).
		expect(await importer.stageTable('Etappmålstabell för Huddingejobb')).toEqual({
			columns: ['Redovisas för', '2014', '2015', '2016', 'Etappmål 2017'],
			rows: [
				['Totalt (antal)', '151', '90', 'VB', '100'],
				['Kvinnor', '74', '44', 'VB', '-'],
				['Män', '77', '46', 'VB', '-'],
				['Barnfamiljer', '-', '48', 'VB', '50'],
				['Vårby, Flemingsberg', '75', '49', 'VB', '-'],
				['Varav självförsörjande efter insatsen, Totalt (%)', '69', '71', '-', '60']
			]
		});
		await importer.expectAccessible('Huddinge plan preview');
		await page.close();
	});

	it('confirms into Vuxenenheten 2027 and lands in the plan editor with the imported goals', async () => {
		const importer = new PlanImportPage(browser.page, server.url);
		await importer.confirm('Vuxenenheten', 2027);
		await browser.page.waitForURL((url) => url.pathname === '/org/vuxenenheten/2027');
		const editor = new PlanEditorPage(browser.page, server.url);
		const notice = browser.page.locator('.imported-notice');
		await notice.waitFor();
		// The golden of this document (kungsholmen-vuxenenheten-2014.ts) has 22 goals and 16 indicators.
		expect(await notice.locator('p').first().textContent()).toBe('Planen är inläst: 22 mål, 16 indikatorer. Kontrollera den och rätta det som behövs.');
		// Demo 2027 has no framework yet: the importer created KF:s and the nämnd's goals, and says so.
		expect(await notice.locator('p').nth(1).textContent()).toBe('Att kontrollera:');
		expect((await notice.locator('li').allTextContents()).length).toBeGreaterThan(0);
		expect(await editor.goal('Medskapande präglar Vuxenenhetens arbetsklimat').count()).toBeGreaterThan(0);
		await editor.expectAccessible('plan editor after import');
		// Said once: reloading shows only the short notice.
		await browser.page.reload();
		expect(await notice.locator('li').count()).toBe(0);
		expect(await notice.textContent()).toBe('Planen är importerad från dokumentet. Kontrollera den och rätta det som behövs.');
	});

	it('refuses the same document into the plan that now has content, at the form, with the preview still there', async () => {
		const importer = new PlanImportPage(browser.page, server.url);
		await importer.open('vuxenenheten', 2027);
		await importer.read({ name: seedName, mimeType: 'text/plain', buffer: seed });
		await importer.previewHeading.waitFor();
		await importer.confirm('Vuxenenheten', 2027);
		const summary = browser.page.locator('form.confirm-form .error-summary');
		await summary.waitFor();
		expect(await summary.textContent()).toContain('Import görs bara till en tom plan.');
		expect(await importer.previewHeading.count()).toBe(1);
		await importer.expectAccessible('plan import refused');
	});

	it('refuses a file without a plan with a Swedish message at the field, with and without JavaScript', async () => {
		for (const [label, open] of [['without JavaScript', noScript], ['with JavaScript', browser]] as const) {
			const importer = new PlanImportPage(open.page, server.url);
			await importer.open('familjeenheten', 2027);
			await importer.read({ name: 'anteckningar.txt', mimeType: 'text/plain', buffer: Buffer.from('Inköpslista\nmjölk\nbröd\n') });
			await importer.fileError.waitFor();
			expect(await importer.fileError.textContent(), label).toBe('Ingen plan hittades i anteckningar.txt: inga mål med rubriker som ”Nämndmål” eller ”Åtagande”.');
			expect(await importer.fileInput.getAttribute('aria-invalid'), label).toBe('true');
			expect(await importer.previewHeading.count(), label).toBe(0);
			// axe runs in the page: only where JavaScript runs.
			if (label === 'with JavaScript') await importer.expectAccessible('plan import refused file');
		}
	});

	it('works without JavaScript: the preview, then the confirm into another unit, matching the framework now there', async () => {
		const importer = new PlanImportPage(noScript.page, server.url);
		await importer.open('familjeenheten', 2027);
		await importer.read({ name: seedName, mimeType: 'text/plain', buffer: seed });
		expect(await importer.goalHeadings()).toContain('Åtagande Medskapande präglar Vuxenenhetens arbetsklimat');
		await importer.confirm('Familjeenheten', 2027);
		expect(new URL(noScript.page.url()).pathname).toBe('/org/familjeenheten/2027');
		expect(await noScript.page.locator('.imported-notice p').first().textContent()).toBe(
			'Planen är inläst: 22 mål, 16 indikatorer. Kontrollera den och rätta det som behövs.'
		);
		expect(await new PlanEditorPage(noScript.page, server.url).goal('Medskapande präglar Vuxenenhetens arbetsklimat').count()).toBeGreaterThan(0);
	});
});
