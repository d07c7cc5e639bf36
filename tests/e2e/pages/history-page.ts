import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

/** /org/<slug>/<year>/historik: the changes to a plan's items for the year. */
export class PlanHistoryPage extends BasePage {
	async open(slug: string, year: number): Promise<this> {
		return this.goto(`/org/${slug}/${year}/historik`);
	}

	/** The rows of the change table, newest first. */
	get rows(): Locator {
		return this.page.locator('main table tbody tr');
	}

	/** The first (newest) row naming the item. */
	row(itemTitle: string): Locator {
		return this.rows.filter({ has: this.page.locator('th', { hasText: itemTitle }) }).first();
	}

	/** Opens the item's own history from the newest row that names it. */
	async openItem(itemTitle: string): Promise<ItemHistoryPage> {
		await Promise.all([this.page.waitForURL(/\/historik\/[a-z_]+\/[\d:]+$/), this.row(itemTitle).getByRole('link').click()]);
		return new ItemHistoryPage(this.page, this.baseUrl);
	}
}

/** /org/<slug>/<year>/historik/<table>/<key>: one item's versions, newest first. */
export class ItemHistoryPage extends BasePage {
	get versions(): Locator {
		return this.page.locator('main article.version');
	}

	/** The version at a place in the list: 0 is the newest. */
	version(index: number): Locator {
		return this.versions.nth(index);
	}

	/** "2026-11-24 10:15 – Rut Redaktör" of a version. */
	async versionHeading(index: number): Promise<string> {
		return ((await this.version(index).locator('h2').textContent()) ?? '').replace(/\s+/g, ' ').trim();
	}

	/** The words a version removed and added (<del>, <ins>), with their hidden "borttaget"/"tillagt". */
	async diffWords(index: number): Promise<{ removed: string[]; added: string[] }> {
		const texts = async (selector: string) =>
			(await this.version(index).locator(selector).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
		return { removed: await texts('del'), added: await texts('ins') };
	}

	/** Presses "Återställ den här versionen" on a version and waits for the answer. */
	async restore(index: number): Promise<void> {
		const posted = this.page.waitForResponse((r) => r.request().method() === 'POST');
		await this.version(index).getByRole('button', { name: 'Återställ den här versionen' }).click();
		await posted;
		await this.page.waitForLoadState('load');
	}

	async notice(): Promise<string> {
		return ((await this.page.locator('.notice').first().textContent()) ?? '').trim();
	}
}

/** /org/<slug>/logg: the audit log for a period. */
export class AuditLogPage extends BasePage {
	async open(slug: string, from?: string, to?: string): Promise<this> {
		const query = from && to ? `?from=${from}&to=${to}` : '';
		return this.goto(`/org/${slug}/logg${query}`);
	}

	get rows(): Locator {
		return this.page.locator('main table tbody tr');
	}

	get exportLink(): Locator {
		return this.page.getByRole('link', { name: 'Exportera CSV' });
	}

	/** Clicks "Exportera CSV" and returns the file's bytes as text (the BOM kept). */
	async downloadCsv(): Promise<{ fileName: string; text: string }> {
		const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportLink.click()]);
		const stream = await download.createReadStream();
		const chunks: Buffer[] = [];
		for await (const chunk of stream) chunks.push(chunk as Buffer);
		return { fileName: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
	}
}
