import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

/** /org/<unit>/<year>/kommentarer: the comment threads on a unit's plan. */
export class CommentsPage extends BasePage {
	async open(unitSlug: string, year: number): Promise<this> {
		return this.goto(`/org/${unitSlug}/${year}/kommentarer`);
	}

	/** Submits a form and waits for the page to settle (with and without JavaScript). */
	async submit(button: Locator): Promise<void> {
		const posted = this.page.waitForResponse((r) => r.request().method() === 'POST');
		await button.click();
		await posted;
		await this.page.waitForLoadState('load');
	}

	get newThreadForm(): Locator {
		return this.page.locator('form[action="?/startThread"]');
	}

	/** Starts a thread about the option of the "Gäller" select with this label. */
	async startThread(targetLabel: string, body: string): Promise<void> {
		const form = this.newThreadForm;
		await form.getByLabel('Gäller', { exact: true }).selectOption({ label: targetLabel });
		await form.getByRole('textbox', { name: 'Kommentar' }).fill(body);
		await this.submit(form.getByRole('button', { name: 'Skicka kommentaren' }));
	}

	/** The threads in the open or the resolved section. */
	threads(state: 'open' | 'resolved'): Locator {
		return this.page.locator(`section[aria-labelledby="${state}-heading"] article.thread`);
	}

	/** A thread by its heading ("Mål: …", "Hela planen", "Inledning: …"), in either section. */
	thread(heading: string): Locator {
		return this.page.locator('article.thread').filter({ has: this.page.getByRole('heading', { name: heading, exact: true }) });
	}

	/** The comments of a thread, first comment first: author and text (line breaks kept). */
	async comments(thread: Locator): Promise<{ author: string; body: string }[]> {
		return thread.locator('li.comment').evaluateAll((items) =>
			items.map((li) => ({
				author: (li.querySelector('.comment-meta strong')?.textContent ?? '').trim(),
				body: (li.querySelector('.comment-body') as HTMLElement | null)?.innerText ?? ''
			}))
		);
	}

	async reply(thread: Locator, body: string): Promise<void> {
		await thread.getByRole('textbox', { name: 'Ditt svar' }).fill(body);
		await this.submit(thread.getByRole('button', { name: 'Svara' }));
	}

	async resolve(thread: Locator): Promise<void> {
		await this.submit(thread.getByRole('button', { name: 'Markera som löst' }));
	}

	async reopen(thread: Locator): Promise<void> {
		await this.submit(thread.getByRole('button', { name: 'Öppna igen' }));
	}

	/** The thread's state line: "Öppen" or "Löst av … <time>". */
	async state(thread: Locator): Promise<string> {
		return ((await thread.locator('.thread-state').textContent()) ?? '').replace(/\s+/g, ' ').trim();
	}

	/** The status message after a save. */
	async notice(): Promise<string> {
		return ((await this.page.locator('.notice').first().textContent()) ?? '').trim();
	}

	/** The messages at the fields of a refused form. */
	async fieldErrors(): Promise<string[]> {
		return (await this.page.locator('.field-error').allTextContents()).map((s) => s.trim());
	}

	/** How many forms the main content offers (none for a reader). */
	async formCount(): Promise<number> {
		return this.page.locator('main form').count();
	}

	/** The id of the element that has focus. */
	async focusedId(): Promise<string> {
		return this.page.evaluate(() => document.activeElement?.id ?? '');
	}
}
