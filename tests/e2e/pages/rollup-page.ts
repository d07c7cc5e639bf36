import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';
import { DashboardFiltersForm } from './dashboard-filters';

/** A column of an indicator's roll-up table (Utfall is "Totalt" for indicators without kvinnor/män). */
export type RollupColumn = 'Totalt' | 'Kvinnor' | 'Män' | 'Underlag' | 'Årsmål' | 'Måluppfyllelse';
const columnKey: Record<RollupColumn, string> = {
	Totalt: 'total',
	Kvinnor: 'women',
	Män: 'men',
	Underlag: 'basis',
	Årsmål: 'target',
	Måluppfyllelse: 'fulfilment'
};

/** /org/<slug>/<year>/uppfoljning: each indicator across the organisation's children, with the total. */
export class RollupPage extends BasePage {
	readonly filters = new DashboardFiltersForm(this.page);

	async open(slug: string, year: number, query = ''): Promise<this> {
		return this.goto(`/org/${slug}/${year}/uppfoljning${query}`);
	}

	/** "Visar Tertialrapport 1 2026." */
	async showing(): Promise<string> {
		return ((await this.page.locator('main p.showing').textContent()) ?? '').trim();
	}

	/** The goal headings (h2), without their level labels: "1.1 Barn och unga …". */
	async goals(): Promise<string[]> {
		const headings = this.page.locator('main section.rollup-goal > h2');
		const out: string[] = [];
		for (const h of await headings.all()) {
			const level = (await h.locator('.level-label').textContent()) ?? '';
			out.push(((await h.textContent()) ?? '').replace(level, '').trim());
		}
		return out;
	}

	/** The indicators shown (h3), in order. */
	async indicators(): Promise<string[]> {
		return (await this.page.locator('main section.rollup-indicator h3').allTextContents()).map((s) => s.trim());
	}

	/** The section of one indicator (heading, facts, table). */
	section(indicatorName: string): Locator {
		return this.page.locator('main section.rollup-indicator').filter({ has: this.page.getByRole('heading', { level: 3, name: indicatorName, exact: true }) });
	}

	table(indicatorName: string): Locator {
		return this.section(indicatorName).locator('table.rollup');
	}

	/** The rows' headers of an indicator's table: the children, then "<X> totalt". */
	async rows(indicatorName: string): Promise<string[]> {
		return (await this.table(indicatorName).locator('tbody th[scope="row"]').allTextContents()).map((s) => s.trim());
	}

	/** The row of an organisation ("Familjeenheten", or "Norrvikens stadsdelsnämnd totalt" for the total). */
	row(indicatorName: string, organisationName: string): Locator {
		return this.table(indicatorName)
			.locator('tbody tr')
			.filter({ has: this.page.getByRole('rowheader', { name: organisationName, exact: true }) });
	}

	/** The total row of an indicator's table. */
	totalRow(indicatorName: string): Locator {
		return this.table(indicatorName).locator('tbody tr.total-row');
	}

	/** One cell's text, by organisation (row header) and column. */
	async cell(indicatorName: string, organisationName: string, column: RollupColumn): Promise<string> {
		return this.cellText(this.row(indicatorName, organisationName), column);
	}

	/** One cell of the total row. */
	async totalCell(indicatorName: string, column: RollupColumn): Promise<string> {
		return this.cellText(this.totalRow(indicatorName), column);
	}

	private async cellText(row: Locator, column: RollupColumn): Promise<string> {
		return ((await row.locator(`td[data-col="${columnKey[column]}"]`).innerText()) ?? '').replace(/\s+/g, ' ').trim();
	}

	/** The fulfilment word of a row (Uppfyllt, Delvis uppfyllt, Ej uppfyllt, Ej bedömt). */
	async fulfilment(indicatorName: string, organisationName: string): Promise<string> {
		return ((await this.row(indicatorName, organisationName).locator('td[data-col="fulfilment"] .fulfilment').textContent()) ?? '').trim();
	}

	/** The link target of a committee's (or department's) row: its own roll-up. */
	async organisationHref(indicatorName: string, organisationName: string): Promise<string | null> {
		return this.row(indicatorName, organisationName).getByRole('rowheader').getByRole('link').getAttribute('href');
	}

	/** A unit row's link ("Rapport", "Trend"). */
	unitLink(indicatorName: string, unitName: string, link: 'Rapport' | 'Trend'): Locator {
		return this.row(indicatorName, unitName).getByRole('link', { name: `${link} för ${unitName}`, exact: true });
	}

	/** The sentence naming children that do not hold the indicator, or "". */
	async notHolding(indicatorName: string): Promise<string> {
		const note = this.section(indicatorName).locator('p.not-holding');
		return (await note.count()) ? ((await note.textContent()) ?? '').trim() : '';
	}

	/** Follows a link and waits for the page that follows. */
	async follow(link: Locator): Promise<void> {
		const from = this.page.url();
		await Promise.all([this.page.waitForURL((url) => url.toString() !== from), link.click()]);
	}

	/** Follows an indicator's heading to its trend page. */
	async openIndicator(indicatorName: string): Promise<void> {
		await this.follow(this.section(indicatorName).getByRole('heading', { level: 3 }).getByRole('link'));
	}

	/** The follow-up views' navigation (Uppföljning, Målmatris): the current one and the addresses. */
	async nav(): Promise<{ current: string; links: Record<string, string> }> {
		const nav = this.page.getByRole('navigation', { name: 'Uppföljningens vyer' });
		const links: Record<string, string> = {};
		for (const link of await nav.getByRole('link').all()) links[((await link.textContent()) ?? '').trim()] = (await link.getAttribute('href')) ?? '';
		const current = ((await nav.locator('[aria-current="page"]').textContent()) ?? '').trim();
		return { current, links };
	}
}
