import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

/** /org/<unit>/<year>/status (or a report's …/rapport/<t1|t2|vb>/status): where it stands, the workflow's forms and the history. */
export class StatusPage extends BasePage {
	async open(unitSlug: string, year: number): Promise<this> {
		return this.goto(`/org/${unitSlug}/${year}/status`);
	}

	/** A report's status page (t1, t2, vb): the same workflow. */
	async openReport(unitSlug: string, year: number, report: 't1' | 't2' | 'vb'): Promise<this> {
		return this.goto(`/org/${unitSlug}/${year}/rapport/${report}/status`);
	}

	/** "Status: Inlämnad" → "Inlämnad". */
	async status(): Promise<string> {
		const text = (await this.page.locator('#current-heading').textContent()) ?? '';
		return text.replace(/^[^:]*:\s*/, '').trim();
	}

	button(name: 'Lämna in' | 'Återremittera' | 'Fastställ' | 'Öppna igen'): Locator {
		return this.page.locator('main').getByRole('button', { name, exact: true });
	}

	/** Posts a form and waits until the page shows the answer (with JavaScript, enhance reloads the data). */
	private async send(button: Locator): Promise<void> {
		const posted = this.page.waitForResponse((r) => r.request().method() === 'POST');
		await button.click();
		await posted;
		await this.page.waitForLoadState('load');
	}

	async submitPlan(message = ''): Promise<void> {
		if (message) await this.page.getByLabel('Meddelande till granskaren (valfritt)').fill(message);
		await this.send(this.button('Lämna in'));
	}

	async returnPlan(reason: string): Promise<void> {
		const form = this.page.locator('form[action="?/returnPlan"]');
		await form.getByLabel('Motivering').fill(reason);
		await this.send(this.button('Återremittera'));
	}

	async approvePlan(decision: { decidedOn: string; diaryNumber: string; decidedBy?: string }): Promise<void> {
		const form = this.page.locator('form[action="?/approvePlan"]');
		await form.getByLabel('Beslutsdatum').fill(decision.decidedOn);
		if (decision.decidedBy !== undefined) await form.getByLabel('Beslutat av').fill(decision.decidedBy);
		await form.getByLabel('Diarienummer').fill(decision.diaryNumber);
		await this.send(this.button('Fastställ'));
	}

	async reopenPlan(reason: string): Promise<void> {
		const form = this.page.locator('form[action="?/reopenPlan"]');
		await form.getByLabel('Motivering').fill(reason);
		await this.send(this.button('Öppna igen'));
	}

	/** The value the approval form suggests for "Beslutat av". */
	decidedByInput(): Locator {
		return this.page.locator('form[action="?/approvePlan"]').getByLabel('Beslutat av');
	}

	/** The history table's rows as [when, who, change, reason and decision], whitespace collapsed. */
	async history(): Promise<string[][]> {
		const rows = this.page.locator('table.status-history tbody tr');
		const result: string[][] = [];
		for (const row of await rows.all()) {
			result.push((await row.locator('th, td').allInnerTexts()).map((c) => c.replace(/\s+/g, ' ').trim()));
		}
		return result;
	}

	/** The links to fastställda versions, in the list under "Fastställda versioner". */
	frozenLinks(): Locator {
		return this.page.locator('section[aria-labelledby="frozen-heading"] a');
	}

	async notice(): Promise<string> {
		return ((await this.page.locator('.notice').first().textContent()) ?? '').trim();
	}
}
