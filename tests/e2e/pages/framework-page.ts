import { BasePage } from './base-page';

/** /org/<municipality or committee>/<year>/ramverk: the goal framework editor. */
export class FrameworkPage extends BasePage {
	async open(slug: string, year: number): Promise<this> {
		return this.goto(`/org/${slug}/${year}/ramverk`);
	}

	/** "Kopiera målramverket från <year - 1>". */
	async copyFromPreviousYear(year: number): Promise<void> {
		const posted = this.page.waitForResponse((r) => r.request().method() === 'POST');
		await this.page.getByRole('button', { name: `Kopiera målramverket från ${year - 1}` }).click();
		await posted;
	}

	async message(): Promise<string> {
		return ((await this.page.locator('.notice, .error-summary').first().textContent()) ?? '').trim();
	}
}
