import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

/** /org/<unit>/<year>: the unit's verksamhetsplan editor. */
export class PlanEditorPage extends BasePage {
	async open(unitSlug: string, year: number): Promise<this> {
		return this.goto(`/org/${unitSlug}/${year}`);
	}

	/** The card of a goal, found by its heading text (number and title). */
	goal(headingText: string): Locator {
		return this.page.locator('article.goal-card').filter({
			has: this.page.locator(':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6', { hasText: headingText })
		});
	}

	/** Submits a form and waits for the page to settle (works with and without JavaScript). */
	async submit(button: Locator): Promise<void> {
		// Without JavaScript the POST is a navigation; with it, enhance posts and then reloads the data.
		const posted = this.page.waitForResponse((r) => r.request().method() === 'POST');
		await button.click();
		await posted;
		// With JavaScript the page updates in place afterwards: tests poll for what they expect.
		await this.page.waitForLoadState('load');
	}

	private async openDetails(scope: Locator, summaryText: string): Promise<Locator> {
		const details = scope.locator('details').filter({ has: this.page.locator('summary', { hasText: summaryText }) }).last();
		if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
			await details.locator('summary').first().click();
		}
		return details;
	}

	/** Adds a unit goal under a nämndmål, with texts for some of its sections. */
	async addUnitGoal(parentHeading: string, title: string, sections: Record<string, string>): Promise<void> {
		const parent = this.goal(parentHeading).first();
		const details = await this.openDetails(parent, 'Lägg till enhetsmål under');
		await details.getByRole('textbox', { name: 'Rubrik', exact: true }).fill(title);
		for (const [name, text] of Object.entries(sections)) await details.getByRole('textbox', { name, exact: true }).fill(text);
		await this.submit(details.getByRole('button', { name: 'Lägg till målet' }));
	}

	/** Types the unit's Årsmål for an indicator (in the goal's indicator table) and saves that table. */
	async setTarget(goalHeading: string, indicatorName: string, target: string): Promise<void> {
		const goal = this.goal(goalHeading).first();
		const form = goal.locator('form[action="?/saveTargets"]').first();
		await form.getByLabel(`Årsmål för ${indicatorName}`, { exact: true }).fill(target);
		await this.submit(form.getByRole('button', { name: 'Spara årsmålen' }));
	}

	targetInput(goalHeading: string, indicatorName: string): Locator {
		return this.goal(goalHeading).first().getByLabel(`Årsmål för ${indicatorName}`, { exact: true });
	}

	/** Adds an activity under a goal. */
	async addActivity(goalHeading: string, title: string, start: string, end: string): Promise<void> {
		const goal = this.goal(goalHeading).first();
		const details = await this.openDetails(goal, 'Lägg till aktivitet under');
		await details.getByRole('textbox', { name: 'Aktivitet', exact: true }).fill(title);
		await details.getByLabel('Startdatum', { exact: true }).fill(start);
		await details.getByLabel('Slutdatum', { exact: true }).fill(end);
		await this.submit(details.getByRole('button', { name: 'Lägg till aktiviteten' }));
	}

	/** Deletes a goal: the delete button, then "Ja, ta bort" in the confirmation. */
	async deleteGoal(title: string, check?: () => Promise<void>): Promise<void> {
		await this.submit(this.goal(title).first().getByRole('button', { name: `Ta bort målet ${title}` }));
		await this.page.getByRole('heading', { name: 'Bekräfta borttagning' }).waitFor();
		await check?.();
		await this.submit(this.page.getByRole('button', { name: 'Ja, ta bort' }));
	}

	/** A text field of one of the unit's own goals ("Rubrik", "Arbetssätt", …). */
	goalField(goalHeading: string, label: string): Locator {
		return this.goal(goalHeading).first().locator('form[action="?/saveGoal"]').getByRole('textbox', { name: label, exact: true });
	}

	/** Types a new text into a field of a goal and saves the goal. */
	async editGoalField(goalHeading: string, label: string, text: string): Promise<void> {
		await this.goalField(goalHeading, label).fill(text);
		await this.submit(this.goal(goalHeading).first().getByRole('button', { name: 'Spara målet' }));
	}

	/** The form of an Inledning or Övrigt section, by the heading in its Rubrik field. */
	async sectionForm(heading: string): Promise<Locator> {
		const forms = this.page.locator('form[action="?/saveSection"]');
		const index = await forms.evaluateAll(
			(all, wanted) => all.findIndex((f) => (f.querySelector('input[name="heading"]') as HTMLInputElement | null)?.value === wanted),
			heading
		);
		if (index < 0) throw new Error(`No section "${heading}"`);
		return forms.nth(index);
	}

	/** Types a new text into a section and saves it. */
	async editSection(heading: string, text: string): Promise<void> {
		const form = await this.sectionForm(heading);
		await form.getByRole('textbox', { name: 'Text', exact: true }).fill(text);
		await this.submit(form.getByRole('button', { name: 'Spara avsnittet' }));
	}

	/** Opens "Ändra" on an activity (found by its title in the activity table) and returns its form. */
	async activityForm(title: string): Promise<Locator> {
		const row = this.page.locator('tr').filter({ has: this.page.locator('td', { hasText: title }) }).first();
		const details = row.locator('details');
		if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
		return row.locator('form[action="?/saveActivity"]');
	}

	/** The form of a budget table, by its heading (in the table's caption). */
	budgetForm(heading: string): Locator {
		return this.page.locator('form[action="?/saveBudgetTable"]').filter({ has: this.page.locator('caption', { hasText: heading }) });
	}

	/** "Starta <year> från <year - 1>" on a plan that is not started. */
	async startFromPreviousYear(year: number): Promise<void> {
		await this.submit(this.page.getByRole('button', { name: `Starta ${year} från ${year - 1}` }));
	}

	/** The messages shown at fields (class field-error) on the page. */
	async fieldErrors(): Promise<string[]> {
		return (await this.page.locator('.field-error').allTextContents()).map((t) => t.trim());
	}

	async notice(): Promise<string> {
		return ((await this.page.locator('.notice').first().textContent()) ?? '').trim();
	}
}
