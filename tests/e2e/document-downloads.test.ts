import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { startServer, type RunningServer } from './support/server';
import { openBrowser, type OpenBrowser } from './support/browser';
import { SignInPage } from './pages/sign-in-page';
import { DocumentPage } from './pages/document-page';
import { ReportDocumentPage } from './pages/report-document-page';
import { PlanEditorPage } from './pages/plan-editor-page';
import { ReportEditorPage } from './pages/report-editor-page';
import { StatusPage } from './pages/status-page';
import { DocumentDownloads } from './pages/document-downloads';

vi.setConfig({ testTimeout: 180_000 });

/**
 * Documents as files, end to end: the demo's redaktor finds "Ladda ner PDF" and "Ladda ner Word
 * (docx)" on the plan's and a report's pages and on a fastställd version, named for the document
 * they download, and the browser saves a PDF (starting with %PDF-) under a readable file name.
 */
describe.sequential('document downloads (end to end)', () => {
	let server: RunningServer;
	let browser: OpenBrowser;

	beforeAll(async () => {
		server = await startServer();
		browser = await openBrowser();
		await new SignInPage(browser.page, server.url).signInAsDemo('redaktor');
	});

	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	it('downloads the plan document as a PDF; the plan editor offers the same files', async () => {
		const title = 'Verksamhetsplan 2026 – Familjeenheten';
		const document = await new DocumentPage(browser.page, server.url).open('familjeenheten', 2026);
		await document.expectAccessible('plan document with downloads');
		const downloads = new DocumentDownloads(browser.page);
		expect(await downloads.link('docx', title).getAttribute('href')).toBe('/org/familjeenheten/2026/dokument/docx');
		const pdf = await downloads.download('pdf', title);
		expect(pdf.fileName).toBe('verksamhetsplan-2026-familjeenheten.pdf');
		expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

		const editor = await new PlanEditorPage(browser.page, server.url).open('familjeenheten', 2026);
		await editor.expectAccessible('plan editor with downloads');
		expect(await downloads.link('pdf', title).getAttribute('href')).toBe('/org/familjeenheten/2026/dokument/pdf');
	});

	it('downloads a report as a PDF and as Word from its document page; the report editor offers them too', async () => {
		const title = 'Tertialrapport 1 2026 – Familjeenheten';
		const document = await new ReportDocumentPage(browser.page, server.url).openReport('familjeenheten', 2026, 't1');
		await document.expectAccessible('report document with downloads');
		const downloads = new DocumentDownloads(browser.page);
		const pdf = await downloads.download('pdf', title);
		expect(pdf.fileName).toBe('tertialrapport-1-2026-familjeenheten.pdf');
		expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		const docx = await downloads.download('docx', title);
		expect(docx.fileName).toBe('tertialrapport-1-2026-familjeenheten.docx');
		// A zip: the local file header's signature.
		expect(docx.bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

		const editor = await new ReportEditorPage(browser.page, server.url).open('familjeenheten', 2026, 't1');
		await editor.expectAccessible('report editor with downloads');
		expect(await downloads.link('docx', title).getAttribute('href')).toBe('/org/familjeenheten/2026/rapport/t1/dokument/docx');
	});

	it('answers with the file type, as an attachment, never cached', async () => {
		const response = await browser.page.request.get(new URL('/org/familjeenheten/2026/rapport/t1/dokument/docx', server.url).toString());
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
		expect(response.headers()['content-disposition']).toBe(
			`attachment; filename="tertialrapport-1-2026-familjeenheten.docx"; filename*=UTF-8''tertialrapport-1-2026-familjeenheten.docx`
		);
		expect(response.headers()['cache-control']).toBe('private, no-store');
	});

	it('lets a signed-out visitor download what they may read on the page, and nothing more', async () => {
		// The demo publishes fastställda plans: Familjeenheten's 2025 plan is fastställd, its 2026 plan a draft.
		const anonymous = (path: string) => fetch(new URL(path, server.url), { redirect: 'manual' }).then((r) => [r.status, r.headers.get('location')]);
		for (const [page, status] of [
			['/org/familjeenheten/2025/dokument', 200],
			['/org/familjeenheten/2026/dokument', 303]
		] as const) {
			const [pageStatus] = await anonymous(page);
			expect([page, pageStatus]).toEqual([page, status]);
			const [fileStatus, location] = await anonymous(`${page}/pdf`);
			expect([page, fileStatus]).toEqual([page, status]);
			if (status === 303) expect(location).toBe(`/logga-in?next=${encodeURIComponent(`${page}/pdf`)}`);
		}
		// Not a format a download offers: no such page.
		const [json] = await anonymous('/org/familjeenheten/2025/dokument/json');
		expect(json).toBe(404);
	});

	it('downloads a fastställd version as it was decided, named by the decision\'s date', async () => {
		// The demo's 2025 verksamhetsberättelse is fastställd on 2026-02-19.
		const status = await new StatusPage(browser.page, server.url).openReport('familjeenheten', 2025, 'vb');
		await status.frozenLinks().first().click();
		await browser.page.waitForURL(/\/faststalld\/\d+$/);
		await status.expectAccessible('fastställd version with downloads');
		const downloads = new DocumentDownloads(browser.page);
		const pdf = await downloads.download('pdf', 'Fastställd version – Verksamhetsberättelse 2025 – Familjeenheten');
		expect(pdf.fileName).toBe('verksamhetsberattelse-2025-familjeenheten-faststalld-2026-02-19.pdf');
		expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	});
});
