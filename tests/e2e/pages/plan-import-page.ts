import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

/** /org/<slug>/<year>/importera: read a plan document, see its preview, choose where it goes and confirm. */
export class PlanImportPage extends BasePage {
	async open(slug: string, year: number): Promise<this> {
		return this.goto(`/org/${slug}/${year}/importera`);
	}

	get fileInput(): Locator {
		return this.page.getByLabel('Dokument att läsa in (.txt, .docx eller .pdf)');
	}

	/** The file's error message at the field (aria-describedby points at it). */
	get fileError(): Locator {
		return this.page.locator('#plan-file-error');
	}

	/** Step 2's heading ("2. Granska det som hittades i …"). */
	get previewHeading(): Locator {
		return this.page.locator('#plan-import-preview');
	}

	/** Chooses the file and sends it with "Läs dokumentet"; waits for the answer. */
	async read(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
		await this.fileInput.setInputFiles(file);
		const answered = this.page.waitForResponse((r) => r.request().method() === 'POST');
		await this.page.getByRole('button', { name: 'Läs dokumentet' }).click();
		await answered;
		await this.page.waitForLoadState('load');
	}

	/** The headings of the previewed goals, whitespace collapsed ("KF:s inriktningsmål 1 Stockholm är …"). */
	async goalHeadings(): Promise<string[]> {
		// textContent, not innerText: the label is shown in capitals by CSS only.
		const texts = await this.page.locator('section.plan-preview .goal-heading').allTextContents();
		return texts.map((t) => t.replace(/\s+/g, ' ').trim());
	}

	/** The cells of the indicator row whose name is given, as [Indikator, Årsmål, KF:s årsmål, Periodicitet]. */
	async indicatorRow(name: string): Promise<string[]> {
		const row = this.page.locator('section.plan-preview table tbody tr').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) }).first();
		return (await row.locator('th, td').allInnerTexts()).map((c) => c.trim());
	}

	/** An indicator's etappmål table by its caption: the column headers and each row as [row header, ...cells]. */
	async stageTable(caption: string): Promise<{ columns: string[]; rows: string[][] }> {
		const table = this.page.locator('section.plan-preview table').filter({ has: this.page.locator('caption', { hasText: caption }) }).first();
		const columns = (await table.locator('thead th[scope="col"]').allInnerTexts()).map((c) => c.trim());
		const rows: string[][] = [];
		for (const row of await table.locator('tbody tr').all()) rows.push((await row.locator('th[scope="row"], td').allInnerTexts()).map((c) => c.trim()));
		return { columns, rows };
	}

	/** The warnings table as [Rad, Varning]. */
	async warnings(): Promise<string[][]> {
		const rows = this.page.locator('section.warnings table tbody tr');
		const out: string[][] = [];
		for (const row of await rows.all()) out.push((await row.locator('td').allInnerTexts()).map((c) => c.trim()));
		return out;
	}

	get organisationSelect(): Locator {
		return this.page.getByLabel('Organisation', { exact: true });
	}

	get yearInput(): Locator {
		return this.page.getByLabel('År', { exact: true });
	}

	/** Chooses the organisation and year and presses "Importera planen"; waits for the answer (a redirect on success). */
	async confirm(organisation: string, year: number): Promise<void> {
		await this.organisationSelect.selectOption({ label: organisation });
		await this.yearInput.fill(String(year));
		const answered = this.page.waitForResponse((r) => r.request().method() === 'POST');
		await this.page.getByRole('button', { name: 'Importera planen' }).click();
		await answered;
		await this.page.waitForLoadState('load');
	}
}
