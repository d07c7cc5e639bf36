import type { Page } from 'playwright-core';

/** The dashboards' GET filter form (År, Period, area goal), shared by the roll-up and matrix page objects. */
export class DashboardFiltersForm {
	constructor(private readonly page: Page) {}

	private get form() {
		return this.page.locator('main form.dashboard-filters');
	}

	/** Chooses and sends the filters (a GET form: works without JavaScript); waits for the page that follows. */
	async apply(choice: { year?: number; period?: 'T1' | 'T2' | 'VB'; areaGoal?: string }): Promise<void> {
		if (choice.year !== undefined) await this.form.getByLabel('År').selectOption(String(choice.year));
		if (choice.period) await this.form.getByLabel('Period').selectOption(choice.period.toLowerCase());
		if (choice.areaGoal !== undefined) {
			const select = this.form.locator('select[name="mal"]');
			const option = select.locator('option').filter({ hasText: choice.areaGoal }).first();
			await select.selectOption((await option.getAttribute('value')) ?? '');
		}
		const from = this.page.url();
		await Promise.all([this.page.waitForURL((url) => url.toString() !== from), this.form.getByRole('button', { name: 'Visa' }).click()]);
	}

	/** The chosen options' texts: { year, period, areaGoal }. */
	async chosen(): Promise<{ year: string; period: string; areaGoal: string }> {
		const text = async (name: string) => ((await this.form.locator(`select[name="${name}"] option:checked`).textContent()) ?? '').trim();
		return { year: await text('ar'), period: await text('period'), areaGoal: await text('mal') };
	}

	/** The area goals offered, "Alla" first. */
	async areaGoals(): Promise<string[]> {
		return (await this.form.locator('select[name="mal"] option').allTextContents()).map((s) => s.trim());
	}
}
