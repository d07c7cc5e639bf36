import { BasePage } from './base-page';

/** /konto (my account) and /konto/losenord (choosing a new password after an administrator's reset). */
export class AccountPage extends BasePage {
	async open(): Promise<this> {
		return this.goto('/konto');
	}

	/** Fills in the password form (current, new, new again) and sends it; waits for what follows. */
	async changePassword(current: string, next: string, repeat = next): Promise<void> {
		const form = this.page.locator('main form').filter({ has: this.page.locator('#repeat-password') });
		await form.getByLabel(/^Nuvarande/).fill(current);
		await form.locator('#new-password').fill(next);
		await form.locator('#repeat-password').fill(repeat);
		const posted = this.page.waitForResponse((r) => r.request().method() === 'POST');
		await form.getByRole('button', { name: 'Byt lösenord' }).click();
		await posted;
		await this.page.waitForLoadState('load');
	}

	/** "Logga ut överallt": every session of mine ends; this browser lands on the sign-in page. */
	async signOutEverywhere(): Promise<void> {
		await Promise.all([
			this.page.waitForURL((url) => url.pathname === '/logga-in'),
			this.page.locator('main').getByRole('button', { name: 'Logga ut överallt' }).click()
		]);
	}

	/** My roles as "Organisation: Roll". */
	async roles(): Promise<string[]> {
		const rows = this.page.locator('main table tbody tr');
		return (await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim()).join(': '))));
	}
}
