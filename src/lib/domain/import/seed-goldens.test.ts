import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanDoc } from '../interchange/plan-format';
import type { GoldenPlan } from './golden/golden-plan';
import { hagerstenLiljeholmenBestallarenheten2013 } from './golden/hagersten-liljeholmen-bestallarenheten-2013';
import { huddingeSocialnamnden2017 } from './golden/huddinge-socialnamnden-2017';
import { kungsholmen2022TreEnheter } from './golden/kungsholmen-2022-tre-enheter';
import { kungsholmenVuxenenheten2014 } from './golden/kungsholmen-vuxenenheten-2014';
import { parsePlanText } from './parse-plan-text';
import { toGolden } from './to-golden';

/**
 * The parser against the goldens written by hand from the seed documents. The seeds are copied
 * into ./seeds (public documents) so the test runs where ../shared does not exist.
 */

/** The plans parsed from a seed, read once per file. */
const parsed = new Map<string, PlanDoc[]>();
function plansOf(seed: string): PlanDoc[] {
	if (!parsed.has(seed)) {
		const text = readFileSync(new URL(`./seeds/${seed}`, import.meta.url), 'utf8');
		parsed.set(seed, parsePlanText(text).file.plans);
	}
	return parsed.get(seed) ?? [];
}

function read(golden: GoldenPlan): PlanDoc {
	const plans = plansOf(golden.seed);
	expect(plans).toHaveLength(1);
	return plans[0];
}

/** Stockholm's one-plan seeds, and each plan of the three-unit file (matched by its place in the file). */
const cases: { golden: GoldenPlan; plan: () => PlanDoc }[] = [
	...[kungsholmenVuxenenheten2014, hagerstenLiljeholmenBestallarenheten2013].map((golden) => ({ golden, plan: () => read(golden) })),
	...kungsholmen2022TreEnheter.map((golden, i) => ({ golden, plan: () => plansOf(golden.seed)[i] })),
	{ golden: huddingeSocialnamnden2017, plan: () => read(huddingeSocialnamnden2017) }
];

it('reads three plans from the three-unit seed', () => {
	expect(plansOf(kungsholmen2022TreEnheter[0].seed)).toHaveLength(kungsholmen2022TreEnheter.length);
});

describe.each(cases.map((c) => ({ ...c, seed: c.golden.seed, organisation: c.golden.organisation })))('seed $seed ($organisation) against its golden', ({ golden, plan: parse }) => {
	const plan = parse();

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
