import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { randomBytes } from 'node:crypto';
import writeXlsxFile from 'write-excel-file/node';
import readXlsxFile from 'read-excel-file/node';
import { startServer, type RunningServer } from './support/server';
import { openBrowser, type OpenBrowser } from './support/browser';
import { SignInPage } from './pages/sign-in-page';
import { OutcomeImportPage } from './pages/outcome-import-page';

vi.setConfig({ testTimeout: 180_000 });

type Cell = string | number | boolean | Date | null;

/** Opens an XLSX with the library, changes it, and writes it again, as a person would in Excel. */
async function editXlsx(bytes: Buffer, edit: (rows: Cell[][]) => void): Promise<Buffer> {
	const [sheet] = await readXlsxFile(bytes);
	const rows = sheet.data as Cell[][];
	edit(rows);
	return writeXlsxFile(rows.map((r) => r.map((v) => (v === null ? null : (v as string | number))))).toBuffer();
}

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Outcomes as a spreadsheet, end to end: the demo's redaktor (editor for the units of Norrvikens
 * stadsdelsnämnd) downloads Familjeenheten's template for the 2026 verksamhetsberättelse (not
 * started in the demo, so a draft), fills in an outcome, uploads it and is told what was saved; a
 * file with bad rows comes back as a table of errors, also without JavaScript.
 */
describe.sequential('outcome spreadsheets (end to end)', () => {
	let server: RunningServer;
	let browser: OpenBrowser;
	let noScript: OpenBrowser;
	let template: Buffer;
	let header: Cell[];

	beforeAll(async () => {
		// As `verksam serve` starts it: adapter-node's own limit on a request's body raised for uploads.
		server = await startServer();
		[browser, noScript] = await Promise.all([openBrowser(), openBrowser({ javaScriptEnabled: false })]);
		await new SignInPage(browser.page, server.url).signInAsDemo('redaktor');
		await new SignInPage(noScript.page, server.url).signInAsDemo('redaktor');
	});

	afterAll(async () => {
		await Promise.all([browser?.close(), noScript?.close()]);
		await server?.stop();
	});

	it('downloads the template with a Swedish file name, one row per indicator of the report', async () => {
		const page = new OutcomeImportPage(browser.page, server.url);
		await page.open('familjeenheten', 2026, 'vb');
		expect(await page.heading()).toBe('Läs in utfall – Verksamhetsberättelse 2026 – Familjeenheten');
		await page.expectAccessible('outcome import page');
		const file = await page.downloadTemplate('xlsx');
		expect(file.fileName).toBe('Utfall VB 2026 Familjeenheten.xlsx');
		template = file.bytes;
		const [sheet] = await readXlsxFile(template);
		expect(sheet.sheet).toBe('Utfall');
		header = sheet.data[0] as Cell[];
		expect(header.slice(0, 4)).toEqual(['Indikator-id', 'Enhet (id)', 'Period', 'Version']);
		expect(sheet.data.length).toBeGreaterThan(2);
		expect(sheet.data.slice(1).every((row) => row[header.indexOf('Organisation')] === 'Familjeenheten' && row[header.indexOf('Period')] === 'VB')).toBe(true);
		const csv = await page.downloadTemplate('csv');
		expect(csv.fileName).toBe('Utfall VB 2026 Familjeenheten.csv');
		expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
	});

	it('uploads a filled-in file with a progress bar and says what was saved; the same file again changes nothing', async () => {
		const page = new OutcomeImportPage(browser.page, server.url);
		await page.open('familjeenheten', 2026, 'vb');
		const rows = (await readXlsxFile(template))[0].data.length - 1;
		const filled = await editXlsx(template, (data) => {
			data[1][header.indexOf('Utfall')] = 50;
			data[1][header.indexOf('Kommentar')] = 'Inläst från kalkylark';
			// Columns of the user's own, which the import ignores, make the file about 1 MB: large
			// enough for the browser to report the upload's progress along the way.
			data.forEach((row, i) => {
				for (let k = 1; k <= 4; k++) row.push(i === 0 ? `Bilaga ${k}` : randomBytes(18_000).toString('base64'));
			});
		});
		expect(filled.length).toBeGreaterThan(800_000);
		// A slow connection, so the upload takes a couple of seconds; every state the form shows is recorded.
		const cdp = await browser.context.newCDPSession(browser.page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: -1, uploadThroughput: 400 * 1024 });
		await browser.page.evaluate(() => {
			const seen = { status: [] as string[], progress: [] as string[] };
			(window as unknown as { seen: typeof seen }).seen = seen;
			const form = document.querySelector('main form.import-form')!;
			const record = () => {
				const status = form.querySelector('p[role="status"]')?.textContent ?? '';
				if (seen.status.at(-1) !== status) seen.status.push(status);
				const bar = form.querySelector('progress');
				const progress = !bar || bar.closest('[hidden]') ? 'hidden' : (bar.getAttribute('value') ?? 'indeterminate');
				if (seen.progress.at(-1) !== progress) seen.progress.push(progress);
			};
			new MutationObserver(record).observe(form, { subtree: true, childList: true, attributes: true, characterData: true });
		});
		await page.fileInput.setInputFiles({ name: 'utfall.xlsx', mimeType: xlsx, buffer: filled });
		await page.submitButton.click();
		await expect.poll(() => page.status.textContent()).toMatch(/^Skickar filen/);
		expect(await page.progress.isVisible()).toBe(true);
		await page.expectAccessible('outcome import page, uploading');
		await page.resultHeading.waitFor();
		await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
		const seen = await browser.page.evaluate(() => (window as unknown as { seen: { status: string[]; progress: string[] } }).seen);
		// A real progress bar during the upload, then an indeterminate one while the rows are checked.
		expect(seen.status).toContain('Skickar filen …');
		expect(seen.status).toContain('Kontrollerar raderna …');
		expect(seen.progress.some((p) => /^\d+$/.test(p) && Number(p) > 0 && Number(p) < 100)).toBe(true);
		expect(seen.progress).toContain('indeterminate');
		expect(seen.progress.at(-1)).toBe('hidden');
		// One row filled in, the others as exported (nothing stored in VB 2026 yet).
		expect(await page.result()).toBe(`Resultat 1 utfall sparade, ${rows - 1} oförändrade.`);
		await page.expectAccessible('outcome import page, imported');

		await page.upload({ name: 'utfall.xlsx', mimeType: xlsx, buffer: filled });
		expect(await page.result()).toBe(`Resultat 0 utfall sparade, ${rows} oförändrade.`);
	});

	it('shows every bad row of a bad file in a table, without JavaScript too, and saves nothing', async () => {
		const bad = await editXlsx(template, (data) => {
			data[1][header.indexOf('Utfall')] = 'många';
			data[2][header.indexOf('Indikator-id')] = 'abc';
			data[3][header.indexOf('Mäts inte (ja/nej)')] = 'kanske';
		});
		for (const [label, session] of [
			['with JavaScript', browser],
			['without JavaScript', noScript]
		] as const) {
			const page = new OutcomeImportPage(session.page, server.url);
			await page.open('familjeenheten', 2026, 'vb');
			await page.upload({ name: 'fel.xlsx', mimeType: xlsx, buffer: bad });
			expect(await page.resultHeading.innerText()).toBe('Filen har fel – inget har sparats');
			expect(await page.errorRows()).toEqual([
				['2', 'Utfall', 'Skriv ett tal, till exempel 5,5.'],
				['3', 'Indikator-id', 'Indikatorns id saknas eller är inte ett heltal. Ändra inte de grå kolumnerna.'],
				['4', 'Mäts inte (ja/nej)', 'Skriv ja eller nej.']
			]);
			// axe runs in the page: only where JavaScript runs.
			if (label === 'with JavaScript') await page.expectAccessible('outcome import page, errors');
		}
		// Nothing was written: the template still has the outcome saved before.
		const page = new OutcomeImportPage(browser.page, server.url);
		await page.open('familjeenheten', 2026, 'vb');
		const again = await page.downloadTemplate('xlsx');
		const [sheet] = await readXlsxFile(again.bytes);
		// A share's percentage cell is text in the template (see outcome-sheet-file.ts); other kinds are numbers.
		expect(String(sheet.data[1][header.indexOf('Utfall')])).toBe('50');
		expect(sheet.data[1][header.indexOf('Version')]).toBe(1);
	});

	it('refuses a file that is not a spreadsheet at the field', async () => {
		for (const session of [noScript, browser]) {
			const page = new OutcomeImportPage(session.page, server.url);
			await page.open('familjeenheten', 2026, 'vb');
			await page.fileInput.setInputFiles({ name: 'kvitto.xlsx', mimeType: xlsx, buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
			await page.submitButton.click();
			const error = session.page.locator('#import-file-error');
			await error.waitFor();
			expect(await error.innerText()).toBe('Filen är varken en Excel-arbetsbok (.xlsx) eller en CSV-fil. Ladda ner mallen, fyll i den och läs in den här.');
			expect(await page.fileInput.getAttribute('aria-describedby')).toBe('import-file-hint import-file-error');
		}
		await new OutcomeImportPage(browser.page, server.url).expectAccessible('outcome import page, refused file');
	});

	it('refuses a file over 5 MB at the field before sending it, with JavaScript', async () => {
		const page = new OutcomeImportPage(browser.page, server.url);
		await page.open('familjeenheten', 2026, 'vb');
		const posts: string[] = [];
		const recordPost = (request: { method(): string; url(): string }) => {
			if (request.method() === 'POST') posts.push(request.url());
		};
		browser.page.on('request', recordPost);
		// 5,5 MB: 5.5 × 1 048 576 bytes.
		await page.fileInput.setInputFiles({ name: 'stor.xlsx', mimeType: xlsx, buffer: Buffer.alloc(5_767_168) });
		await page.submitButton.click();
		const error = browser.page.locator('#import-file-error');
		await error.waitFor();
		browser.page.off('request', recordPost);
		expect(await error.innerText()).toBe('Filen är för stor (5,5 MB). Den får vara högst 5 MB.');
		expect(await page.fileInput.getAttribute('aria-describedby')).toBe('import-file-hint import-file-error');
		expect(posts).toEqual([]);
		await page.expectAccessible('outcome import page, file too large');
	});
});
