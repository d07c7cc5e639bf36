import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

export type ReportSlug = 't1' | 't2' | 'vb';
type Part = 'Totalt' | 'Kvinnor' | 'Män';

/** /org/<unit>/<year>/rapport/<t1|t2|vb>: a unit's report editor (outcomes, assessments, activity status, budget). */
export class ReportEditorPage extends BasePage {
	async open(unitSlug: string, year: number, report: ReportSlug): Promise<this> {
		return this.goto(`/org/${unitSlug}/${year}/rapport/${report}`);
	}

	/** Whether the report is editable here: it has forms (an inlämnad or fastställd report, or a reader, gets the document). */
	async editable(): Promise<boolean> {
		return (await this.page.locator('main form[method="POST"]').count()) > 0;
	}

	/** The card of an indicator's outcome, by the indicator's name. */
	outcome(indicatorName: string): Locator {
		return this.page.locator('section.outcome-form').filter({ has: this.page.locator('.outcome-heading', { hasText: indicatorName }) });
	}

	/** An outcome field: in a part's fieldset (Totalt, Kvinnor, Män) for a gender-split indicator. */
	outcomeField(indicatorName: string, label: string, part?: Part): Locator {
		const scope = part ? this.outcome(indicatorName).getByRole('group', { name: part, exact: true }) : this.outcome(indicatorName);
		return scope.getByLabel(label, { exact: true });
	}

	/** The message at an outcome field (its aria-describedby error). */
	async fieldError(field: Locator): Promise<string> {
		const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter((id) => id.endsWith('-error'));
		if (ids.length === 0) return '';
		return ((await this.page.locator(`[id="${ids[0]}"]`).textContent()) ?? '').trim();
	}

	/** Types figures into an indicator's outcome form (by part and label) and saves it. */
	async enterOutcome(indicatorName: string, figures: { part?: Part; label: string; value: string }[], comment?: string): Promise<void> {
		for (const figure of figures) await this.outcomeField(indicatorName, figure.label, figure.part).fill(figure.value);
		if (comment !== undefined) await this.outcome(indicatorName).getByLabel('Kommentar', { exact: true }).fill(comment);
		await this.submit(this.outcome(indicatorName).getByRole('button', { name: 'Spara utfallet' }));
	}

	/** A fact beside the outcome form ("Beräknad måluppfyllelse", "Sparat utfall"), as text. */
	async outcomeFact(indicatorName: string, term: string): Promise<string> {
		const facts = this.outcome(indicatorName).locator('dl.facts');
		const text = await facts.evaluate(
			(dl, wanted) => {
				for (const dt of dl.querySelectorAll('dt')) if (dt.textContent?.trim() === wanted) return (dt.nextElementSibling as HTMLElement | null)?.innerText ?? '';
				return '';
			},
			term
		);
		return text.replace(/\s+/g, ' ').trim();
	}

	/** The "Beräknad andel" line of a part of a share. */
	async computedShare(indicatorName: string, part: Part): Promise<string> {
		const text = await this.outcome(indicatorName).getByRole('group', { name: part, exact: true }).locator('.computed').innerText();
		return text.replace(/\s+/g, ' ').trim();
	}

	/** A goal's card, by the goal's heading text. */
	goal(goalTitle: string): Locator {
		return this.page.locator('article.report-goal').filter({ has: this.page.locator(':scope > :is(h2, h3, h4, h5, h6)', { hasText: goalTitle }) }).first();
	}

	/** The assessment form of a goal. */
	assessment(goalTitle: string): Locator {
		return this.goal(goalTitle).locator(':scope > .assessment > form[action="?/saveAssessment"]');
	}

	/** The goal's indicators beside its assessment, as text. */
	async support(goalTitle: string): Promise<string> {
		return (await this.goal(goalTitle).locator(':scope > .assessment > aside.support').innerText()).replace(/\s+/g, ' ').trim();
	}

	/** Assesses a goal: level, Analys and Planerade åtgärder, then saves. */
	async assess(goalTitle: string, level: string, analysis: string, measures = ''): Promise<void> {
		const form = this.assessment(goalTitle);
		await form.getByLabel('Bedömning', { exact: true }).selectOption({ label: level });
		await form.getByLabel('Analys', { exact: true }).fill(analysis);
		await form.getByLabel('Planerade åtgärder', { exact: true }).fill(measures);
		await this.submit(form.getByRole('button', { name: 'Spara bedömningen' }));
	}

	/** Submits a form and waits for the page to settle (works with and without JavaScript). */
	async submit(button: Locator): Promise<void> {
		const posted = this.page.waitForResponse((r) => r.request().method() === 'POST');
		await button.click();
		await posted;
		await this.page.waitForLoadState('load');
	}

	/** The ids the page's forms of an action name (hidden "id"), e.g. every indicator with an outcome form. */
	async formIds(action: string): Promise<string[]> {
		return this.page.locator(`form[action="?/${action}"] input[name="id"]`).evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((i) => i.value));
	}
}
