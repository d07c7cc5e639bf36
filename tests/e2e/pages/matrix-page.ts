import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';
import { DashboardFiltersForm } from './dashboard-filters';

/** /org/<slug>/<year>/uppfoljning/matris: goals × the organisation's children. */
export class MatrixPage extends BasePage {
	readonly filters = new DashboardFiltersForm(this.page);

	async open(slug: string, year: number, query = ''): Promise<this> {
		return this.goto(`/org/${slug}/${year}/uppfoljning/matris${query}`);
	}

	get table(): Locator {
		return this.page.locator('main table.matrix');
	}

	async caption(): Promise<string> {
		return ((await this.table.locator('caption').textContent()) ?? '').trim();
	}

	/** The column headers after "Mål": the children's names. */
	async columns(): Promise<string[]> {
		return (await this.table.locator('thead th').allTextContents()).map((s) => s.trim()).slice(1);
	}

	/** The goals' rows (row headers), without their level labels: "1.1 Barn och unga …". */
	async goals(): Promise<string[]> {
		const out: string[] = [];
		for (const th of await this.table.locator('tbody th[scope="row"]').all()) {
			const level = (await th.locator('.level-label').textContent()) ?? '';
			out.push(((await th.textContent()) ?? '').replace(level, '').trim());
		}
		return out;
	}

	/** The section headings (KF:s inriktningsmål) without level labels. */
	async sections(): Promise<string[]> {
		const out: string[] = [];
		for (const th of await this.table.locator('tbody th[scope="rowgroup"]').all()) {
			const level = (await th.locator('.level-label').textContent()) ?? '';
			out.push(((await th.textContent()) ?? '').replace(level, '').trim());
		}
		return out;
	}

	/** A goal's row, by the start of its text after the level label ("1.1.1" or the whole "1.1.1 Barn …"). */
	row(goal: string): Locator {
		return this.table.locator('tbody tr[data-goal]').filter({
			has: this.page.locator('th[scope="row"]', { hasText: new RegExp(`(^|\\s)${goal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`) })
		});
	}

	/** The cell of a goal and an organisation, by the column header's name. */
	async cellLocator(goal: string, organisationName: string): Promise<Locator> {
		const columns = await this.columns();
		const index = columns.indexOf(organisationName);
		if (index < 0) throw new Error(`No column ${organisationName} (${columns.join(', ')})`);
		return this.row(goal).locator('td').nth(index);
	}

	/**
	 * What a cell says: a unit's level ("Uppfyllt" … "Ej bedömt"), "Gäller inte", or a committee's
	 * counts ("3 uppfyllt, 1 delvis, 2 ej bedömt").
	 */
	async cell(goal: string, organisationName: string): Promise<string> {
		const td = await this.cellLocator(goal, organisationName);
		const said = td.locator('.fulfilment, .not-applicable, .counts').first();
		return ((await said.textContent()) ?? '').trim();
	}

	/** Under a committee's or department's counts: how many of its units hold the goal ("av 2 enheter"). */
	async unitsCounted(goal: string, organisationName: string): Promise<string> {
		const td = await this.cellLocator(goal, organisationName);
		return ((await td.locator('.units-counted').textContent()) ?? '').trim();
	}

	/** The link from a unit's cell to its report, or null. */
	async cellHref(goal: string, organisationName: string): Promise<string | null> {
		const link = (await this.cellLocator(goal, organisationName)).getByRole('link');
		return (await link.count()) ? link.getAttribute('href') : null;
	}

	/** The legend's entries. */
	async legend(): Promise<string[]> {
		return (await this.page.locator('main .matrix-legend li').allTextContents()).map((s) => s.trim());
	}

	async showing(): Promise<string> {
		return ((await this.page.locator('main p.showing').textContent()) ?? '').trim();
	}
}
