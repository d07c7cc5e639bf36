import { BasePage } from './base-page';

/** /org/<unit>/<year>/dokument: the plan as the committee reads it. */
export class DocumentPage extends BasePage {
	async open(unitSlug: string, year: number): Promise<this> {
		return this.goto(`/org/${unitSlug}/${year}/dokument`);
	}

	/** The main content's text, whitespace collapsed, to find things in document order. */
	async text(): Promise<string> {
		const text = (await this.page.locator('main').innerText()) ?? '';
		return text.replace(/\s+/g, ' ');
	}

	/** The cells of the table row whose first cell is the given text. */
	async rowCells(firstCell: string): Promise<string[]> {
		const row = this.page.locator('main tr').filter({ has: this.page.locator(':scope > :first-child', { hasText: firstCell }) }).first();
		return (await row.locator('th, td').allInnerTexts()).map((c) => c.replace(/\s+/g, ' ').trim());
	}
}
