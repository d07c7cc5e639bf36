import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

/** "/": the list (tree) of organisations. */
export class HomePage extends BasePage {
	async open(): Promise<this> {
		return this.goto('/');
	}

	/** Links to the organisations, in the order shown. */
	get organisationLinks(): Locator {
		return this.page.locator('main ul a');
	}

	async organisationNames(): Promise<string[]> {
		return (await this.organisationLinks.allTextContents()).map((name) => name.trim());
	}

	/** The link to one organisation, by its exact name. */
	organisationLink(name: string): Locator {
		return this.page.locator('main').getByRole('link', { name, exact: true });
	}

	/** Follows the link to an organisation and waits for its page. */
	async openOrganisation(name: string): Promise<void> {
		const link = this.organisationLink(name);
		const href = await link.getAttribute('href');
		await Promise.all([this.page.waitForURL((url) => url.pathname === href), link.click()]);
	}
}
