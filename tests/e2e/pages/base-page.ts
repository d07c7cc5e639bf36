import type { Locator, Page } from 'playwright-core';
import { expectAccessible } from '../support/axe';
import { waitForHydration } from '../support/browser';

/** What every page of the app has: the layout (skip link, header) and a main heading. */
export class BasePage {
	constructor(
		readonly page: Page,
		/** The server's base URL, e.g. http://127.0.0.1:PORT. */
		readonly baseUrl: string
	) {}

	/** Opens a path (e.g. "/" or "/sprak?lang=en&to=/") and fails if the answer is not 2xx/3xx. */
	async goto(path: string): Promise<this> {
		const response = await this.page.goto(new URL(path, this.baseUrl).toString());
		if (!response) throw new Error(`No response for ${path}`);
		if (response.status() >= 400) throw new Error(`${path} answered HTTP ${response.status()}`);
		await waitForHydration(this.page);
		return this;
	}

	get mainHeading(): Locator {
		return this.page.locator('main h1').first();
	}

	/** The text of the main heading (h1 in main). */
	async heading(): Promise<string> {
		return ((await this.mainHeading.textContent()) ?? '').trim();
	}

	/** The document's language (<html lang>). */
	async lang(): Promise<string | null> {
		return this.page.locator('html').getAttribute('lang');
	}

	get skipLink(): Locator {
		return this.page.locator('a.skip-link');
	}

	/** No serious or critical axe-core violation (label names the page in the error). */
	async expectAccessible(label = new URL(this.page.url()).pathname): Promise<void> {
		await expectAccessible(this.page, label);
	}
}
