import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

/** /org/[slug]/installningar: a municipality's settings (publicity, the delvis uppfyllt band). */
export class SettingsPage extends BasePage {
	async open(slug: string): Promise<this> {
		return this.goto(`/org/${slug}/installningar`);
	}

	get bandField(): Locator {
		return this.page.getByLabel('Gräns för delvis uppfyllt (procent)');
	}

	/** The help text tied to the band field (its hint, by aria-describedby). */
	async bandHint(): Promise<string> {
		return ((await this.page.locator('#partly-band-hint').textContent()) ?? '').trim();
	}

	/** The error message tied to the band field, or '' when there is none. */
	async bandError(): Promise<string> {
		const error = this.page.locator('#partly-band-error');
		return (await error.count()) ? ((await error.textContent()) ?? '').trim() : '';
	}

	/** Types the band and saves the form; waits for the answer. */
	async saveBand(typed: string): Promise<void> {
		await this.bandField.fill(typed);
		const posted = this.page.waitForResponse((r) => r.request().method() === 'POST');
		await this.page.getByRole('button', { name: 'Spara inställningarna' }).click();
		await posted;
		await this.page.waitForLoadState('load');
	}

	async notice(): Promise<string> {
		return ((await this.page.locator('.notice').first().textContent()) ?? '').trim();
	}
}
