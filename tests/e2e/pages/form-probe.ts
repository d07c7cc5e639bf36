import type { Locator, Page } from 'playwright-core';

/** Text a person types: the fields a payload can go into. */
const textTypes = ['text', 'search', 'tel', 'url', 'email'];

/**
 * Sends form posts from inside the page (same origin, the browser's own cookies), as a form
 * without JavaScript would, for tests that tamper with what a form sends.
 */
export class FormProbe {
	constructor(readonly page: Page) {}

	/** POSTs the fields to a path of the server the page is on; returns the HTTP status. */
	async post(path: string, fields: Record<string, string>): Promise<number> {
		return this.page.evaluate(
			async ({ path, fields }) => (await fetch(path, { method: 'POST', body: new URLSearchParams(fields) })).status,
			{ path, fields }
		);
	}

	/** The index-th form on the page that posts to ?/<action>. */
	form(action: string, index = 0): Locator {
		return this.page.locator(`form[action="?/${action}"]`).nth(index);
	}

	/** What the form would send as it stands. */
	async fields(action: string, index = 0): Promise<Record<string, string>> {
		return this.form(action, index).evaluate((form) => {
			const values: Record<string, string> = {};
			for (const [name, value] of new FormData(form as HTMLFormElement)) if (typeof value === 'string') values[name] = value;
			return values;
		});
	}

	/** The names of the form's fields a person types text into (text inputs and text areas). */
	async textFieldNames(action: string, index = 0): Promise<string[]> {
		return this.form(action, index).evaluate(
			(form, types) =>
				[...(form as HTMLFormElement).elements]
					.filter((e) => e instanceof HTMLTextAreaElement || (e instanceof HTMLInputElement && types.includes(e.type)))
					.map((e) => (e as HTMLInputElement).name),
			textTypes
		);
	}

	/** Sends the form as it stands with some fields changed; returns the HTTP status. */
	async sendChanged(action: string, index: number, changes: Record<string, string>): Promise<number> {
		const path = new URL(`?/${action}`, this.page.url()).pathname + `?/${action}`;
		return this.post(path, { ...(await this.fields(action, index)), ...changes });
	}

	/** Every value of the page's text inputs and text areas. */
	async textValues(): Promise<string[]> {
		return this.page.evaluate(() => [...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value));
	}
}
