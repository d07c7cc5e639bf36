import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

/** /org/<committee>/<year>/oversikt: every unit's plan with status, last change and open comments. */
export class OverviewPage extends BasePage {
	async open(slug: string, year: number): Promise<this> {
		return this.goto(`/org/${slug}/${year}/oversikt`);
	}

	/** The table row of a unit, by its name in the row header. */
	row(unitName: string): Locator {
		return this.page.locator('main tbody tr').filter({ has: this.page.getByRole('rowheader', { name: unitName, exact: true }) });
	}

	/** A column's cell of a unit's row, by the column header's text. */
	async cell(unitName: string, column: string): Promise<string> {
		const headers = (await this.page.locator('main thead th').allTextContents()).map((s) => s.trim());
		const index = headers.indexOf(column);
		if (index < 0) throw new Error(`No column ${column} (${headers.join(', ')})`);
		return ((await this.row(unitName).locator('th, td').nth(index).textContent()) ?? '').trim();
	}

	async openComments(unitName: string): Promise<string> {
		return this.cell(unitName, 'Öppna kommentarer');
	}

	/** Follows a unit's link ("Dokument", "Planen", "Kommentarer"). */
	async follow(unitName: string, link: 'Dokument' | 'Planen' | 'Kommentarer'): Promise<void> {
		const from = new URL(this.page.url()).pathname;
		await Promise.all([
			this.page.waitForURL((url) => url.pathname !== from),
			this.row(unitName).getByRole('link', { name: `${link} för ${unitName}`, exact: true }).click()
		]);
	}
}
