import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';
import { waitForHydration } from '../support/browser';

/** /org/<committee>/<year>/sammanstallning: which documents, which format, and the button that starts it. */
export class CompilationPage extends BasePage {
	async open(slug: string, year: number): Promise<this> {
		return this.goto(`/org/${slug}/${year}/sammanstallning`);
	}

	/** Chooses the documents ("Verksamhetsplaner 2026") and the format ("PDF", "Word (docx)") and starts; waits for the job's page. */
	async start(documents: string, format: string): Promise<CompilationJobPage> {
		await this.page.getByRole('group', { name: 'Dokument' }).getByRole('radio', { name: documents, exact: true }).check();
		await this.page.getByRole('group', { name: 'Format' }).getByRole('radio', { name: format, exact: true }).check();
		await Promise.all([
			this.page.waitForURL(/\/sammanstallning\/[A-Za-z0-9_-]{22}$/),
			this.page.getByRole('button', { name: 'Skapa sammanställningen' }).click()
		]);
		await waitForHydration(this.page);
		return new CompilationJobPage(this.page, this.baseUrl);
	}
}

/** /org/<committee>/<year>/sammanstallning/<job>: the progress, then the download link. */
export class CompilationJobPage extends BasePage {
	/** The live region saying where the work is ("Enhet 3 av 6: …", "Sammanställningen är klar."). */
	get status(): Locator {
		return this.page.getByRole('status');
	}

	get downloadLink(): Locator {
		return this.page.getByRole('link', { name: /^Ladda ner / });
	}

	/** Waits for the download link (the page updates itself) and downloads the file. */
	async download(): Promise<{ fileName: string; bytes: Buffer }> {
		await this.downloadLink.waitFor({ timeout: 120_000 });
		const [download] = await Promise.all([this.page.waitForEvent('download'), this.downloadLink.click()]);
		const stream = await download.createReadStream();
		const chunks: Buffer[] = [];
		for await (const chunk of stream) chunks.push(chunk as Buffer);
		return { fileName: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
	}
}
