import { describe, it, expect } from 'vitest';
import {
	planFileSchema,
	periodicityLabels,
	type GoalDoc,
	type IndicatorDoc,
	type PlanDoc
} from '../../domain/interchange/plan-format';
import { demoCity, type DemoFramework } from './demo-city';

const unitGoalSections = ['Förväntat resultat', 'Arbetssätt', 'Resursanvändning', 'Uppföljning', 'Utveckling'];
const indicatorUnits = ['%', 'st', 'index', 'dagar', 'tkr'];
const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const units = demoCity.committees.flatMap((c) => c.units);
const frameworkFor = (year: number): DemoFramework => {
	const framework = demoCity.frameworks.find((f) => f.year === year);
	if (!framework) throw new Error(`inget ramverk för ${year}`);
	return framework;
};

/** Goals at a given depth (0 = top). */
function atDepth(goals: GoalDoc[], depth: number): GoalDoc[] {
	return depth === 0 ? goals : goals.flatMap((g) => atDepth(g.goals, depth - 1));
}

function allGoals(goals: GoalDoc[]): GoalDoc[] {
	return goals.flatMap((g) => [g, ...allGoals(g.goals)]);
}

function sameIndicatorDefinition(a: IndicatorDoc) {
	return {
		name: a.name,
		councilTarget: a.councilTarget,
		periodicity: a.periodicity,
		unit: a.unit,
		direction: a.direction,
		genderSplit: a.genderSplit
	};
}

function paragraphs(text: string): string[] {
	return text.split('\n\n').map((s) => s.trim());
}

describe('demo city: organisation', () => {
	it('is Exempelstad with one committee and six units with unique slugs', () => {
		expect(demoCity.municipality).toEqual({ name: 'Exempelstad', slug: 'exempelstad', goalModelKey: 'stockholm' });
		expect(demoCity.committees).toHaveLength(1);
		expect(units).toHaveLength(6);
		const slugs = [demoCity.municipality.slug, ...demoCity.committees.map((c) => c.slug), ...units.map((u) => u.slug)];
		expect(new Set(slugs).size).toBe(slugs.length);
		for (const slug of slugs) expect(slug).toMatch(slugPattern);
		for (const unit of units) {
			expect(unit.name.length).toBeGreaterThan(0);
			expect(unit.handler.length).toBeGreaterThan(0);
			expect(unit.phone).toMatch(/^[0-9 -]+$/);
		}
	});

	it('has a framework for 2025 and 2026 and one plan per unit and year', () => {
		expect(demoCity.frameworks.map((f) => f.year).sort()).toEqual([2025, 2026]);
		for (const year of [2025, 2026]) {
			for (const unit of units) {
				expect(demoCity.plans.filter((p) => p.unitSlug === unit.slug && p.year === year)).toHaveLength(1);
			}
		}
		expect(demoCity.plans).toHaveLength(12);
	});
});

describe.each([2025, 2026])('demo city: framework %i', (year) => {
	const framework = frameworkFor(year);
	const directions = atDepth(framework.goals, 0);
	const areas = atDepth(framework.goals, 1);
	const committeeGoals = atDepth(framework.goals, 2);

	it('has the cascade KF → nämnd with the expected counts', () => {
		expect(directions).toHaveLength(3);
		expect(directions.map((g) => g.number)).toEqual(['1', '2', '3']);
		expect(directions.every((g) => g.label === 'KF:s inriktningsmål')).toBe(true);
		expect(areas.length).toBeGreaterThanOrEqual(5);
		expect(areas.length).toBeLessThanOrEqual(7);
		expect(areas.every((g) => g.label === 'KF:s mål för verksamhetsområdet')).toBe(true);
		const kfIndicators = areas.flatMap((g) => g.indicators);
		expect(kfIndicators.length).toBeGreaterThanOrEqual(10);
		expect(kfIndicators.length).toBeLessThanOrEqual(14);
		expect(areas.flatMap((g) => g.activities).length).toBeGreaterThan(0);
		expect(committeeGoals.length).toBeGreaterThanOrEqual(6);
		expect(committeeGoals.length).toBeLessThanOrEqual(10);
		expect(atDepth(framework.goals, 3)).toHaveLength(0);
	});

	it('numbers each goal under its parent', () => {
		for (const direction of directions) {
			for (const area of direction.goals) {
				expect(area.number).toMatch(new RegExp(`^${direction.number}\\.\\d+$`));
				for (const goal of area.goals) expect(goal.number).toMatch(new RegExp(`^${area.number}\\.\\d+$`));
			}
		}
		const numbers = allGoals(framework.goals).map((g) => g.number);
		expect(new Set(numbers).size).toBe(numbers.length);
	});

	it('gives every nämndmål a description and an expected result', () => {
		for (const goal of committeeGoals) {
			expect(goal.label).toBe('Nämndmål');
			expect(Object.keys(goal.sections).sort()).toEqual(['Beskrivning', 'Förväntat resultat']);
			expect(goal.sections['Beskrivning'].length).toBeGreaterThan(200);
			expect(goal.sections['Förväntat resultat'].length).toBeGreaterThan(80);
			expect(goal.indicators.length + goal.activities.length).toBeGreaterThan(0);
		}
	});

	it('defines indicators completely, without annual targets', () => {
		for (const goal of allGoals(framework.goals)) {
			for (const indicator of goal.indicators) {
				expect(indicator.annualTarget).toBeNull();
				expect(periodicityLabels).toContain(indicator.periodicity);
				expect(indicatorUnits).toContain(indicator.unit);
				expect(['higher', 'lower', 'exact']).toContain(indicator.direction);
				expect(typeof indicator.genderSplit).toBe('boolean');
			}
			for (const activity of goal.activities) {
				expect(activity.start?.startsWith(`${year}-`)).toBe(true);
				expect(activity.end?.startsWith(`${year}-`)).toBe(true);
				expect(activity.end! >= activity.start!).toBe(true);
			}
		}
		const names = allGoals(framework.goals).flatMap((g) => g.indicators.map((i) => i.name));
		expect(new Set(names).size).toBe(names.length);
		const lower = names.filter((n) => /sjukfrånvaro|på nytt blir föremål för anmälan|avhysningar/i.test(n));
		for (const goal of allGoals(framework.goals)) {
			for (const indicator of goal.indicators) {
				if (lower.includes(indicator.name)) expect(indicator.direction).toBe('lower');
			}
		}
	});

	it('applies every nämndmål to known units and gives each unit 4–6 of them', () => {
		const slugs = units.map((u) => u.slug);
		expect(Object.keys(framework.applicability).sort()).toEqual(committeeGoals.map((g) => g.number).sort());
		for (const applied of Object.values(framework.applicability)) {
			for (const slug of applied) expect(slugs).toContain(slug);
		}
		for (const slug of slugs) {
			const count = Object.values(framework.applicability).filter((s) => s.includes(slug)).length;
			expect(count).toBeGreaterThanOrEqual(4);
			expect(count).toBeLessThanOrEqual(6);
		}
	});
});

describe.each(demoCity.plans.map((entry) => [`${entry.unitSlug} ${entry.year}`, entry] as const))(
	'demo city: plan %s',
	(_name, { unitSlug, year, plan }) => {
		const unit = units.find((u) => u.slug === unitSlug)!;
		const framework = frameworkFor(year);
		const unitGoals = atDepth(plan.goals, 3);
		const goals = allGoals(plan.goals);
		const indicators = goals.flatMap((g) => g.indicators);
		const activities = goals.flatMap((g) => g.activities);

		it('passes the interchange schema unchanged', () => {
			const parsed = planFileSchema.parse({ format: 'verksam-plan', version: 1, plans: [plan] });
			expect(parsed.plans[0]).toEqual(plan);
		});

		it('has the header of a verksamhetsplan', () => {
			expect(unit).toBeDefined();
			expect(plan.kind).toBe('verksamhetsplan');
			expect(plan.year).toBe(year);
			expect(plan.title).toBe(`Verksamhetsplan ${year} för ${unit.name}`);
			expect(plan.organisation).toBe(unit.name);
			expect(plan.handler).toBe(unit.handler);
			expect(plan.phone).toBe(unit.phone);
			expect(plan.recipient).toBe(demoCity.committees[0].name);
		});

		it('has an introduction, other texts and attachments', () => {
			expect(plan.introduction.length).toBeGreaterThanOrEqual(4);
			expect(plan.introduction.length).toBeLessThanOrEqual(7);
			expect(plan.other.length).toBeGreaterThanOrEqual(3);
			expect(plan.other.length).toBeLessThanOrEqual(5);
			for (const section of [...plan.introduction, ...plan.other]) {
				expect(section.heading.length).toBeGreaterThan(0);
				expect(section.text.length).toBeGreaterThan(100);
				expect(section.text).not.toMatch(/\{(år|fjol|nästa)\}/);
			}
			expect(plan.attachments.length).toBeGreaterThanOrEqual(1);
			expect(plan.attachments.length).toBeLessThanOrEqual(4);
		});

		it('has 4–10 unit goals, each with all five sections', () => {
			expect(unitGoals.length).toBeGreaterThanOrEqual(4);
			expect(unitGoals.length).toBeLessThanOrEqual(10);
			for (const goal of unitGoals) {
				expect(goal.label).toBe('Enhetsmål');
				expect(goal.number).toBeNull();
				expect(goal.goals).toHaveLength(0);
				expect(Object.keys(goal.sections).sort()).toEqual([...unitGoalSections].sort());
				for (const name of unitGoalSections) expect(goal.sections[name].trim().length).toBeGreaterThan(20);
				for (const indicator of goal.indicators) expect(indicator.councilTarget).toBeNull();
			}
			expect(atDepth(plan.goals, 4)).toHaveLength(0);
		});

		it('has 8–16 indicators and 4–11 activities within the year', () => {
			expect(indicators.length).toBeGreaterThanOrEqual(8);
			expect(indicators.length).toBeLessThanOrEqual(16);
			expect(indicators.some((i) => i.annualTarget !== null)).toBe(true);
			expect(activities.length).toBeGreaterThanOrEqual(4);
			expect(activities.length).toBeLessThanOrEqual(11);
			for (const activity of activities) {
				expect(activity.start).toMatch(new RegExp(`^${year}-\\d{2}-\\d{2}$`));
				expect(activity.end).toMatch(new RegExp(`^${year}-\\d{2}-\\d{2}$`));
				expect(activity.end! >= activity.start!).toBe(true);
			}
		});

		it('has a budget in tkr without sum rows', () => {
			expect(plan.budget.length).toBeGreaterThanOrEqual(1);
			for (const table of plan.budget) {
				expect(table.columns.length).toBeGreaterThanOrEqual(1);
				expect(table.rows.length).toBeGreaterThanOrEqual(4);
				for (const row of table.rows) {
					expect(row.label).not.toMatch(/netto|summa/i);
					expect(row.values).toHaveLength(table.columns.length);
					for (const value of row.values) expect(Number.isInteger(value)).toBe(true);
				}
				const income = table.rows.find((r) => r.label === 'Intäkter');
				expect(income?.values.every((v) => v !== null && v < 0)).toBe(true);
			}
		});

		it('repeats the framework exactly for the KF levels and the nämndmål it works with', () => {
			const frameworkGoals = allGoals(framework.goals);
			const find = (number: string | null) => frameworkGoals.find((g) => g.number === number);
			for (const depth of [0, 1, 2]) {
				for (const goal of atDepth(plan.goals, depth)) {
					const original = find(goal.number);
					expect(original, `mål ${goal.number}`).toBeDefined();
					expect(goal.label).toBe(original!.label);
					expect(goal.title).toBe(original!.title);
					expect(goal.sections).toEqual(original!.sections);
					for (const indicator of goal.indicators) {
						const defined = original!.indicators.find((i) => i.name === indicator.name);
						expect(defined, indicator.name).toBeDefined();
						expect(sameIndicatorDefinition(indicator)).toEqual(sameIndicatorDefinition(defined!));
					}
					for (const activity of goal.activities) {
						expect(original!.activities).toContainEqual(activity);
					}
					if (depth < 2) {
						for (const child of goal.goals) expect(child.number?.startsWith(`${goal.number}.`)).toBe(true);
					}
				}
			}
			for (const goal of atDepth(plan.goals, 2)) {
				expect(framework.applicability[goal.number!]).toContain(unitSlug);
			}
			const applied = Object.entries(framework.applicability)
				.filter(([, slugs]) => slugs.includes(unitSlug))
				.map(([number]) => number)
				.sort();
			expect(atDepth(plan.goals, 2).map((g) => g.number).sort()).toEqual(applied);
		});
	}
);

describe('demo city: the texts', () => {
	const plans2026 = demoCity.plans.filter((p) => p.year === 2026).map((p) => p.plan);

	function ownTexts(plan: PlanDoc): string[] {
		return [
			...plan.introduction.map((s) => s.text),
			...plan.other.map((s) => s.text),
			...atDepth(plan.goals, 3).flatMap((g) => Object.values(g.sections))
		];
	}

	it('does not repeat a paragraph within or across the units’ plans', () => {
		const all = plans2026.flatMap((plan) => ownTexts(plan).flatMap(paragraphs));
		const seen = new Set<string>();
		const repeated = all.filter((paragraph) => (seen.has(paragraph) ? true : (seen.add(paragraph), false)));
		expect(repeated).toEqual([]);
	});

	it('writes the 2025 plans partly differently from the 2026 plans', () => {
		for (const unit of units) {
			const plan = (year: number) => demoCity.plans.find((p) => p.unitSlug === unit.slug && p.year === year)!.plan;
			const texts2025 = ownTexts(plan(2025));
			const texts2026 = ownTexts(plan(2026));
			expect(texts2026.filter((t) => !texts2025.includes(t)).length).toBeGreaterThanOrEqual(3);
			const targets = (p: PlanDoc) => allGoals(p.goals).flatMap((g) => g.indicators.map((i) => `${i.name}: ${i.annualTarget}`));
			expect(targets(plan(2026))).not.toEqual(targets(plan(2025)));
			expect(plan(2026).budget).not.toEqual(plan(2025).budget);
		}
	});

	it('varies the framework between the years', () => {
		const titles = (year: number) => allGoals(frameworkFor(year).goals).map((g) => g.title);
		expect(titles(2025)).not.toEqual(titles(2026));
		const targets = (year: number) =>
			allGoals(frameworkFor(year).goals).flatMap((g) => g.indicators.map((i) => i.councilTarget));
		expect(targets(2025)).not.toEqual(targets(2026));
	});
});
