import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';
import { waitForHydration } from '../support/browser';
import { demoPassword } from '../../../src/lib/server/demo/demo-users';

/** The sign-in page (/logga-in). */
export class SignInPage extends BasePage {
	async open(next?: string): Promise<this> {
		return this.goto(next ? `/logga-in?next=${encodeURIComponent(next)}` : '/logga-in');
	}

	get username(): Locator {
		return this.page.getByRole('textbox', { name: /^(Användarnamn|Username)/ });
	}

	get password(): Locator {
		return this.page.getByLabel(/^(Lösenord|Password)/);
	}

	/** Fills in and sends the form; waits for the page that follows. */
	async signIn(username: string, password: string): Promise<void> {
		await this.username.fill(username);
		await this.password.fill(password);
		// The answer is a new page (the next page, or this one with the refusal): wait for it to load and hydrate.
		const loaded = this.page.waitForEvent('load');
		await this.page.getByRole('button', { name: /^(Logga in|Sign in)$/ }).last().click();
		await loaded;
		await waitForHydration(this.page);
	}

	/** Signs in as one of the demo accounts (admin, granskare, redaktor, enhetschef, lasare) and waits until signed in. */
	async signInAsDemo(username: string): Promise<void> {
		await this.open();
		await this.signIn(username, demoPassword);
		await this.page.waitForURL((url) => url.pathname !== '/logga-in');
	}

	/** "Logga in med <the identity provider>", shown when single sign-on is configured. */
	get singleSignOnLink(): Locator {
		return this.page.getByRole('link', { name: /^(Logga in med|Sign in with) / });
	}

	/** The message at the top of a refused form. */
	async error(): Promise<string> {
		return ((await this.page.locator('.error-summary').textContent()) ?? '').trim();
	}
}
