import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

/** /org/<slug>/anvandare: the people with roles in an organisation's subtree, and the forms to manage them. */
export class UsersPage extends BasePage {
	async open(slug: string): Promise<this> {
		return this.goto(`/org/${slug}/anvandare`);
	}

	/** A section of the page by its heading ("Ny användare", "Ge roll"). */
	section(heading: string): Locator {
		return this.page.locator('main section').filter({ has: this.page.getByRole('heading', { name: heading, exact: true }) });
	}

	/** Sends a form and waits for the answer (with JavaScript, enhance then updates the page in place). */
	async submit(button: Locator): Promise<void> {
		const posted = this.page.waitForResponse((r) => r.request().method() === 'POST');
		await button.click();
		await posted;
		await this.page.waitForLoadState('load');
	}

	async createUser(user: { username: string; name: string; email: string; password: string }): Promise<void> {
		const form = this.section('Ny användare');
		await form.getByRole('textbox', { name: /^Användarnamn/ }).fill(user.username);
		await form.getByRole('textbox', { name: /^Namn/ }).fill(user.name);
		await form.getByRole('textbox', { name: /^E-post/ }).fill(user.email);
		await form.getByRole('textbox', { name: /^Tillfälligt lösenord/ }).fill(user.password);
		await this.submit(form.getByRole('button', { name: 'Skapa användaren' }));
	}

	/** Gives a role; the organisation is chosen by its name in the (indented) list. */
	async grantRole(username: string, organisation: string, role: string): Promise<void> {
		const form = this.section('Ge roll');
		await form.getByRole('combobox', { name: 'Användarnamn' }).fill(username);
		const select = form.getByRole('combobox', { name: 'Organisation' });
		const value = await select.locator('option').filter({ hasText: organisation }).first().getAttribute('value');
		await select.selectOption(value!);
		await form.getByRole('combobox', { name: 'Roll' }).selectOption({ label: role });
		await this.submit(form.getByRole('button', { name: 'Ge rollen' }));
	}

	/** The table row of a person, by their name. */
	row(name: string): Locator {
		return this.page.locator('main table tbody tr').filter({ has: this.page.locator('th[scope="row"]', { hasText: name }) });
	}

	async roles(name: string): Promise<string[]> {
		return (await this.row(name).locator('td').nth(1).locator('li').allTextContents()).map((s) => s.trim());
	}

	async status(name: string): Promise<string> {
		return ((await this.row(name).locator('td').nth(2).innerText()) ?? '').replace(/\s+/g, ' ').trim();
	}

	/** Opens the person's "Hantera" panel and returns it. */
	async manage(name: string): Promise<Locator> {
		const details = this.row(name).locator('details');
		if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
		return details;
	}

	async resetPassword(name: string, password: string): Promise<void> {
		const panel = await this.manage(name);
		await panel.getByRole('textbox', { name: `Nytt tillfälligt lösenord för ${name}` }).fill(password);
		await this.submit(panel.getByRole('button', { name: `Återställ lösenordet för ${name}` }));
	}

	async notice(): Promise<string> {
		return ((await this.page.locator('.notice').first().textContent()) ?? '').trim();
	}
}
