import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

/** /org/<slug>/<year>/utfall/<t1|t2|vb>/import: the template's download links and the upload form. */
export class OutcomeImportPage extends BasePage {
	async open(slug: string, year: number, period: 't1' | 't2' | 'vb'): Promise<this> {
		return this.goto(`/org/${slug}/${year}/utfall/${period}/import`);
	}

	templateLink(format: 'xlsx' | 'csv'): Locator {
		return this.page.locator('nav.outcome-sheet-links').getByRole('link', { name: format === 'xlsx' ? /\(Excel, \.xlsx\)$/ : /\(CSV\)$/ });
	}

	/** Downloads the template: the file name the browser suggests and the bytes. */
	async downloadTemplate(format: 'xlsx' | 'csv'): Promise<{ fileName: string; bytes: Buffer }> {
		const [download] = await Promise.all([this.page.waitForEvent('download'), this.templateLink(format).click()]);
		const stream = await download.createReadStream();
		const chunks: Buffer[] = [];
		for await (const chunk of stream) chunks.push(chunk as Buffer);
		return { fileName: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
	}

	get fileInput(): Locator {
		return this.page.getByLabel('Fil att läsa in (.xlsx eller .csv)');
	}

	get submitButton(): Locator {
		return this.page.getByRole('button', { name: 'Läs in', exact: true });
	}

	/** The live status line under the form ("Skickar filen …", "Kontrollerar raderna …"). */
	get status(): Locator {
		return this.page.locator('main form p[role="status"]');
	}

	get progress(): Locator {
		return this.page.getByRole('progressbar', { name: 'Förlopp' });
	}

	/** The result's heading, shown after the upload ("Resultat" or "Filen har fel – inget har sparats"). */
	get resultHeading(): Locator {
		return this.page.locator('#import-result');
	}

	/** Chooses the file and sends it; waits for the answer and the result it shows. */
	async upload(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
		await this.fileInput.setInputFiles(file);
		const answered = this.page.waitForResponse((r) => r.request().method() === 'POST');
		await this.submitButton.click();
		await answered;
		await this.page.waitForLoadState('load');
		await this.resultHeading.waitFor();
	}

	/** The result's text (success), whitespace collapsed. */
	async result(): Promise<string> {
		return ((await this.page.locator('main section[aria-labelledby="import-result"]').innerText()) ?? '').replace(/\s+/g, ' ').trim();
	}

	/** The error table's rows as [Rad, Kolumn, Fel]. */
	async errorRows(): Promise<string[][]> {
		const rows = this.page.locator('main section.import-errors table tbody tr');
		const result: string[][] = [];
		for (const row of await rows.all()) result.push((await row.locator('td').allInnerTexts()).map((c) => c.trim()));
		return result;
	}
}
