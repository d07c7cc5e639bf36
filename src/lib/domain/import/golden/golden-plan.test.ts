import { describe, expect, it } from 'vitest';
import {
	activityDocSchema,
	indicatorDocSchema,
	periodicityLabels
} from '$lib/domain/interchange/plan-format';
import type { GoldenGoal, GoldenPlan } from './golden-plan';
import { hagerstenLiljeholmenBestallarenheten2013 } from './hagersten-liljeholmen-bestallarenheten-2013';
import { kungsholmenVuxenenheten2014 } from './kungsholmen-vuxenenheten-2014';

/**
 * Sanity checks of the hand-written goldens themselves (not of any importer). The expected counts
 * were counted by hand in the seed documents; where they come from is noted beside each.
 */

/** The cascade's levels, top first, as these two Stockholm plans name them. */
const levelLabels = [
	'KF:s inriktningsmål',
	'KF:s mål för verksamhetsområdet',
	'Nämndmål',
	'Åtagande'
] as const;

function goalsAtDepth(goals: GoldenGoal[], depth: number): GoldenGoal[] {
	return depth === 0 ? goals : goals.flatMap((g) => goalsAtDepth(g.children, depth - 1));
}

function allGoals(goals: GoldenGoal[]): GoldenGoal[] {
	return goals.flatMap((g) => [g, ...allGoals(g.children)]);
}

function countPerLevel(plan: GoldenPlan): number[] {
	return levelLabels.map((_, depth) => goalsAtDepth(plan.goals, depth).length);
}

const totalIndicators = (plan: GoldenPlan) =>
	allGoals(plan.goals).reduce((n, g) => n + g.indicators.length, 0);
const totalActivities = (plan: GoldenPlan) =>
	allGoals(plan.goals).reduce((n, g) => n + g.activities.length, 0);

function findGoal(plan: GoldenPlan, title: string): GoldenGoal {
	const goal = allGoals(plan.goals).find((g) => g.title === title);
	if (!goal) throw new Error(`no goal titled ${title}`);
	return goal;
}

function budgetValue(plan: GoldenPlan, heading: string, label: string): number | null {
	const row = plan.budget.find((t) => t.heading === heading)?.rows.find((r) => r.label === label);
	if (!row) throw new Error(`no budget row ${heading} / ${label}`);
	return row.values[0];
}

const goldens: GoldenPlan[] = [kungsholmenVuxenenheten2014, hagerstenLiljeholmenBestallarenheten2013];

describe('golden plans: hand counts', () => {
	it('Kungsholmen Vuxenenheten 2014 has the goals, rows and tables counted in the document', () => {
		const plan = kungsholmenVuxenenheten2014;
		// KF:s inriktningsmål 1, 2, 3 → 3.
		// KF:s mål för verksamhetsområdet 1.3, 1.7, 2.3, 2.4, 3.1 → 5.
		// Nämndmål: 1.3 none ("-"), 1.7: 1, 2.3: 4, 2.4: 1, 3.1: 1 → 7; one Åtagande under each → 7.
		expect(countPerLevel(plan)).toEqual([3, 5, 7, 7]);
		expect(goalsAtDepth(plan.goals, 4)).toEqual([]);
		// Indicators: 2.3: 4 (one row split over a page), missbruk nämndmål: 1 + 1,
		// DUR åtagande: 4, 2.4: 4, its nämndmål: 1, budget åtagande: 1 → 4+2+4+4+1+1 = 16.
		expect(totalIndicators(plan)).toBe(16);
		// Activities: 1.3: 1, 1.7's nämndmål: 4 + 3 → 8.
		expect(totalActivities(plan)).toBe(8);
		// Budget 2014: Socialpsykiatri and Missbruk side by side, 5 rows each.
		expect(plan.budget.map((t) => [t.heading, t.rows.length])).toEqual([
			['Socialpsykiatri', 5],
			['Missbruk', 5]
		]);
		expect(plan.introductionHeadings).toHaveLength(5);
		expect(plan.otherHeadings).toHaveLength(4);
		expect(plan.attachments).toHaveLength(3);
	});

	it('Hägersten-Liljeholmen Beställarenheten 2013 has the goals, rows and tables counted in the document', () => {
		const plan = hagerstenLiljeholmenBestallarenheten2013;
		// KF:s inriktningsmål 1, 2, 3 → 3.
		// KF:s mål för verksamhetsområdet 1.3, 1.7, 2.1, 2.3, 2.4, 3.1, 3.2 → 7.
		// Nämndmål: 1.3: 1, 1.7: 1, 2.1: 0, 2.3: 4, 2.4: 2, 3.1: 1, 3.2: 1 → 10.
		// Åtagande: one per nämndmål, two under "Den enskilde ska få insatser av god kvalitet…" → 11.
		expect(countPerLevel(plan)).toEqual([3, 7, 10, 11]);
		expect(goalsAtDepth(plan.goals, 4)).toEqual([]);
		// Indicators (all KF:s indicators on the KF goals): 1.3: 1, 2.1: 1, 2.3: 1 + 10 + 1,
		// 2.4: 5, 3.1: 1 → 1+1+12+5+1 = 20.
		expect(totalIndicators(plan)).toBe(20);
		expect(findGoal(plan, 'Stockholmarna upplever att de får god service och omsorg').indicators).toHaveLength(12);
		// Nämndens aktiviteter: 2.4's first nämndmål 3 + 1, the sick-leave nämndmål 8, 3.2's: 1 → 13.
		expect(totalActivities(plan)).toBe(13);
		expect(findGoal(plan, 'Sjukfrånvaron ska minska jämfört med 2012').activities).toHaveLength(8);
		// Budget 2013: Socialpsykiatri and Funktionsnedsättning, 15 rows each (two of them group rows).
		expect(plan.budget.map((t) => [t.heading, t.rows.length])).toEqual([
			['Socialpsykiatri', 15],
			['Funktionsnedsättning', 15]
		]);
		expect(plan.attachments).toEqual(['RoV-analys', 'Internkontrollplan']);
	});
});

describe('golden plans: budget arithmetic (the document\'s own sums)', () => {
	it('Kungsholmen: the Totalt rows are the sums of the rows above', () => {
		const plan = kungsholmenVuxenenheten2014;
		for (const heading of ['Socialpsykiatri', 'Missbruk']) {
			const table = plan.budget.find((t) => t.heading === heading)!;
			const parts = table.rows.filter((r) => r.label !== 'Totalt').map((r) => r.values[0] ?? 0);
			// Socialpsykiatri: -3 736 + 2 476 + 19 808 + 3 952 = 22 500; Missbruk: -2 + 5 + 5 + 3 = 11.
			expect(parts.reduce((a, b) => a + b, 0)).toBe(budgetValue(plan, heading, 'Totalt'));
		}
		expect(budgetValue(plan, 'Socialpsykiatri', 'Totalt')).toBe(22500);
		expect(budgetValue(plan, 'Missbruk', 'Totalt')).toBe(11);
	});

	it('Hägersten-Liljeholmen: Summa intäkter, Summa kostnader and Summa netto add up', () => {
		const plan = hagerstenLiljeholmenBestallarenheten2013;
		const income = ['Förvaltningsinterna intäkter', 'Bidrag', 'Försäljning av verksamhet', 'Övriga externa intäkter'];
		const costs = [
			'Förvaltningsinterna kostnader',
			'Personalkostnader',
			'Övriga personalkostnader',
			'Lokalkostnader',
			'Entreprenader och köp av verksamhet',
			'Övriga kostnader'
		];
		const sum = (heading: string, labels: string[]) =>
			labels.reduce((n, label) => n + (budgetValue(plan, heading, label) ?? 0), 0);
		// Socialpsykiatri: 3 300; 14 120 + 4 616 + 160 + 0 + 26 924 + 93 = 45 913; 45 913 − 3 300 = 42 613.
		// Funktionsnedsättning: 8 000; 97 030 + 7 930 + 120 + 1 000 + 153 243 − 3 571 = 255 752;
		// 255 752 − 8 000 = 247 752.
		const expected = {
			Socialpsykiatri: [3300, 45913, 42613],
			Funktionsnedsättning: [8000, 255752, 247752]
		};
		for (const [heading, [summaIntakter, summaKostnader, summaNetto]] of Object.entries(expected)) {
			expect(sum(heading, income)).toBe(summaIntakter);
			expect(budgetValue(plan, heading, 'Summa intäkter')).toBe(summaIntakter);
			expect(sum(heading, costs)).toBe(summaKostnader);
			expect(budgetValue(plan, heading, 'Summa kostnader')).toBe(summaKostnader);
			expect(summaKostnader - summaIntakter).toBe(summaNetto);
			expect(budgetValue(plan, heading, 'Summa netto')).toBe(summaNetto);
			// The italic group rows carry no value.
			expect(budgetValue(plan, heading, 'Intäkter')).toBeNull();
			expect(budgetValue(plan, heading, 'Kostnader')).toBeNull();
		}
	});
});

describe.each(goldens.map((plan) => [plan.seed, plan] as const))('golden %s: well-formed', (_seed, plan) => {
	it('labels follow the depth of the cascade', () => {
		levelLabels.forEach((label, depth) => {
			for (const goal of goalsAtDepth(plan.goals, depth)) expect(goal.label).toBe(label);
		});
	});

	it('numbers are unique among siblings and extend the parent number', () => {
		const check = (goals: GoldenGoal[], parentNumber: string | null) => {
			const numbers = goals.map((g) => g.number).filter((n): n is string => n !== null);
			expect(new Set(numbers).size).toBe(numbers.length);
			for (const goal of goals) {
				if (goal.number !== null && parentNumber !== null) {
					expect(goal.number.startsWith(`${parentNumber}.`)).toBe(true);
				}
				check(goal.children, goal.number);
			}
		};
		check(plan.goals, null);
		// The KF levels are numbered in both plans; nämndmål and åtaganden are not.
		expect(goalsAtDepth(plan.goals, 0).every((g) => g.number !== null)).toBe(true);
		expect(goalsAtDepth(plan.goals, 1).every((g) => g.number !== null)).toBe(true);
	});

	it('no goal title repeats at one level', () => {
		levelLabels.forEach((_, depth) => {
			const titles = goalsAtDepth(plan.goals, depth).map((g) => g.title);
			expect(new Set(titles).size).toBe(titles.length);
		});
	});

	it('text carries no extraction artefacts (markup, tabs, line breaks, padding)', () => {
		const texts = [
			plan.title,
			plan.organisation,
			...plan.introductionHeadings,
			...plan.otherHeadings,
			...plan.attachments,
			...allGoals(plan.goals).flatMap((g) => [
				g.label,
				g.title,
				...g.indicators.flatMap((i) => [i.name, i.annualTarget, i.councilTarget, i.periodicity]),
				...g.activities.map((a) => a.title)
			]),
			...plan.budget.flatMap((t) => [t.heading, ...t.columns, ...t.rows.map((r) => r.label)])
		].filter((s): s is string => s !== null);
		for (const text of texts) {
			expect(text, text).not.toMatch(/\*\*|<\/?i>|[\t\n]|^\s|\s$|\s{2}/);
			expect(text.length, 'empty text').toBeGreaterThan(0);
		}
	});

	it('indicators and activities fit verksam-plan/1, with valid ISO dates in order', () => {
		for (const goal of allGoals(plan.goals)) {
			for (const indicator of goal.indicators) {
				expect(indicatorDocSchema.safeParse(indicator).success).toBe(true);
				expect(periodicityLabels).toContain(indicator.periodicity);
			}
			for (const activity of goal.activities) {
				expect(activityDocSchema.safeParse(activity).success).toBe(true);
				for (const date of [activity.start, activity.end]) {
					expect(date).not.toBeNull();
					// A real calendar day: it survives a round trip through Date unchanged.
					expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
				}
				expect(activity.start! <= activity.end!).toBe(true);
			}
		}
	});

	it('budget rows have one value per column', () => {
		for (const table of plan.budget) {
			for (const row of table.rows) expect(row.values).toHaveLength(table.columns.length);
		}
	});

	it('the year is the one the activities run in', () => {
		const years = allGoals(plan.goals).flatMap((g) => g.activities.map((a) => Number(a.end!.slice(0, 4))));
		expect(years).toContain(plan.year);
	});
});
