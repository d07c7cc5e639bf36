import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { startServer, type RunningServer } from './support/server';
import { openBrowser, type OpenBrowser } from './support/browser';
import { SignInPage } from './pages/sign-in-page';
import { OverviewPage } from './pages/overview-page';
import { CompilationPage } from './pages/compilation-page';

vi.setConfig({ testTimeout: 240_000 });

const COMMITTEE = 'norrvikens-stadsdelsnamnd';
const TITLE = 'Verksamhetsplaner 2026 – Norrvikens stadsdelsnämnd';

/**
 * The committee's reviewer compiles the units' verksamhetsplaner 2026 from the overview: the job's
 * page shows the progress, then a download link for the PDF. Nobody else sees the job; without
 * JavaScript the page reloads itself until the file is ready.
 */
describe.sequential('the committee compilation (end to end)', () => {
	let server: RunningServer;
	let granskare: OpenBrowser;
	let jobPath = '';

	beforeAll(async () => {
		server = await startServer();
		granskare = await openBrowser();
		await new SignInPage(granskare.page, server.url).signInAsDemo('granskare');
	});

	afterAll(async () => {
		await granskare?.close();
		await server?.stop();
	});

	it('the reviewer starts a compilation from the overview, follows its progress and downloads the PDF', async () => {
		const overview = await new OverviewPage(granskare.page, server.url).open(COMMITTEE, 2026);
		await Promise.all([granskare.page.waitForURL(/\/sammanstallning$/), granskare.page.getByRole('link', { name: 'Sammanställning som PDF eller Word' }).click()]);
		const form = new CompilationPage(overview.page, server.url);
		expect(await form.heading()).toBe('Sammanställning 2026 – Norrvikens stadsdelsnämnd');
		await form.expectAccessible('compilation form');

		const job = await form.start('Verksamhetsplaner 2026', 'PDF');
		jobPath = new URL(granskare.page.url()).pathname;
		expect(await job.heading()).toBe(`Sammanställning: ${TITLE}`);
		// Running ("Enhet 3 av 6: …") or already done: the live region says which.
		expect(await job.status.innerText()).toMatch(/^(Väntar|Förbereder|Enhet \d+ av 6: |Alla 6 enheter är klara|Sammanställningen är klar)/);
		await job.expectAccessible('compilation job (progress)');

		const file = await job.download();
		await expect.poll(() => job.status.innerText()).toBe('Sammanställningen är klar.');
		await job.expectAccessible('compilation job (done)');
		expect(file.fileName).toBe('verksamhetsplaner-2026-norrvikens-stadsdelsnamnd.pdf');
		expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

		// The JSON the page polls: the demo's six units, all built.
		const status = await granskare.page.request.get(`${server.url}${jobPath}/status`);
		expect(status.ok()).toBe(true);
		expect(await status.json()).toMatchObject({ status: 'done', done: 6, total: 6, key: { year: 2026, kind: 'vp', format: 'pdf' } });
	});

	it('the job is nobody else’s: the administrator, who may review the committee too, gets 404', async () => {
		const admin = await openBrowser();
		try {
			await new SignInPage(admin.page, server.url).signInAsDemo('admin');
			for (const path of [jobPath, `${jobPath}/status`, `${jobPath}/fil`]) {
				const response = await admin.page.request.get(`${server.url}${path}`);
				expect(response.status(), path).toBe(404);
			}
		} finally {
			await admin.close();
		}
	});

	it('without JavaScript the form starts a Word compilation and the page shows the link once done', async () => {
		const plain = await openBrowser({ javaScriptEnabled: false });
		try {
			await new SignInPage(plain.page, server.url).signInAsDemo('granskare');
			const form = await new CompilationPage(plain.page, server.url).open(COMMITTEE, 2026);
			const job = await form.start('Tertialrapporter 1 2026', 'Word (docx)');
			expect(await job.heading()).toBe('Sammanställning: Tertialrapporter 1 2026 – Norrvikens stadsdelsnämnd');
			// (axe needs JavaScript; this page was checked with it above.)
			const file = await job.download();
			expect(file.fileName).toBe('tertialrapporter-1-2026-norrvikens-stadsdelsnamnd.docx');
			expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a .docx is a zip file
		} finally {
			await plain.close();
		}
	});
});
