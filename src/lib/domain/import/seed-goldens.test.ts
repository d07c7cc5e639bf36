import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanDoc } from '../interchange/plan-format';
import type { GoldenPlan } from './golden/golden-plan';
import { hagerstenLiljeholmenBestallarenheten2013 } from './golden/hagersten-liljeholmen-bestallarenheten-2013';
import { kungsholmenVuxenenheten2014 } from './golden/kungsholmen-vuxenenheten-2014';
import { parsePlanText } from './parse-plan-text';
import { toGolden } from './to-golden';

/**
 * The parser against the goldens written by hand from the seed documents. The seeds are copied
 * into ./seeds (public documents) so the test runs where ../shared does not exist.
 */

function read(golden: GoldenPlan): PlanDoc {
	const text = readFileSync(new URL(`./seeds/${golden.seed}`, import.meta.url), 'utf8');
	const { file } = parsePlanText(text);
	expect(file.plans).toHaveLength(1);
	return file.plans[0];
}

describe.each([kungsholmenVuxenenheten2014, hagerstenLiljeholmenBestallarenheten2013])('seed $seed against its golden', (golden) => {
	const plan = read(golden);

	it('has the title, organisation and year', () => {
		expect({ title: plan.title, organisation: plan.organisation, year: plan.year }).toEqual({
			title: golden.title,
			organisation: golden.organisation,
			year: golden.year
		});
	});

	it('has every goal per level with label, number and title, and every indicator and activity', () => {
		expect(plan.goals.map(toGolden)).toEqual(golden.goals);
	});

	it('has the budget rows', () => {
		expect(plan.budget).toEqual(golden.budget);
	});

	it('has the introduction and other headings and the attachments', () => {
		expect(plan.introduction.map((s) => s.heading)).toEqual(golden.introductionHeadings);
		expect(plan.other.map((s) => s.heading)).toEqual(golden.otherHeadings);
		expect(plan.attachments).toEqual(golden.attachments);
	});
});
