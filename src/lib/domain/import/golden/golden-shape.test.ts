import { describe, expect, it } from 'vitest';
import { activityDocSchema, indicatorDocSchema, periodicityLabels } from '$lib/domain/interchange/plan-format';
import type { GoldenGoal, GoldenPlan } from './golden-plan';
import { huddingeSocialnamnden2017 } from './huddinge-socialnamnden-2017';
import { kungsholmen2022TreEnheter } from './kungsholmen-2022-tre-enheter';

/**
 * Structural facts of the hand-written goldens, counted by hand in the seed documents (not from
 * any importer): how many goals per level, indicator rows and activities each plan has.
 */

function goalsAtDepth(goals: GoldenGoal[], depth: number): GoldenGoal[] {
	return depth === 0 ? goals : goals.flatMap((g) => goalsAtDepth(g.children, depth - 1));
}
function allGoals(goals: GoldenGoal[]): GoldenGoal[] {
	return goals.flatMap((g) => [g, ...allGoals(g.children)]);
}
const countPerLevel = (plan: GoldenPlan, levels: number) =>
	Array.from({ length: levels + 1 }, (_, depth) => goalsAtDepth(plan.goals, depth).length);
const totalIndicators = (plan: GoldenPlan) => allGoals(plan.goals).reduce((n, g) => n + g.indicators.length, 0);
const totalActivities = (plan: GoldenPlan) => allGoals(plan.goals).reduce((n, g) => n + g.activities.length, 0);

const stockholm2022Levels = ['KF:s inriktningsmål', 'KF:s mål för verksamhetsområdet', 'Nämndmål', 'Enhetsmål'];

describe('Kungsholmen 2022, three units in one file', () => {
	const [sysselsattning, familjeenheten, bistand] = kungsholmen2022TreEnheter;

	it('holds three plans, in file order, all for 2022', () => {
		expect(kungsholmen2022TreEnheter.map((p) => p.organisation)).toEqual([
			'Enheten för sysselsättning',
			'Familjeenheten',
			'Biståndsbedömning, funktionsnedsättning'
		]);
		expect(kungsholmen2022TreEnheter.every((p) => p.year === 2022)).toBe(true);
	});

	it('each level carries its label, the KF levels and nämndmål numbered, Enhetsmål not', () => {
		for (const plan of kungsholmen2022TreEnheter) {
			stockholm2022Levels.forEach((label, depth) => {
				for (const goal of goalsAtDepth(plan.goals, depth)) {
					expect(goal.label).toBe(label);
					expect(goal.number === null).toBe(label === 'Enhetsmål');
				}
			});
		}
	});

	it('indicators and activities fit verksam-plan/1 (periodicity from the list, real ISO dates in order)', () => {
		for (const goal of kungsholmen2022TreEnheter.flatMap((p) => allGoals(p.goals))) {
			for (const indicator of goal.indicators) {
				expect(indicatorDocSchema.safeParse(indicator).success).toBe(true);
				expect(periodicityLabels).toContain(indicator.periodicity);
			}
			for (const activity of goal.activities) {
				expect(activityDocSchema.safeParse(activity).success).toBe(true);
				for (const date of [activity.start!, activity.end!]) {
					expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
				}
				expect(activity.start! <= activity.end!).toBe(true);
			}
		}
	});

	it('Enheten för sysselsättning: goals, rows and the budget as counted', () => {
		// KF 1, 2, 3; 1.2 1.4 2.4 2.5 3.1 3.2; nämndmål 1.2.1 1.2.3 1.4.3 2.4.1 2.5.1 3.1.1 3.2.1 3.2.2;
		// one Enhetsmål under each nämndmål but 1.2.1 → 7.
		expect(countPerLevel(sysselsattning, 4)).toEqual([3, 6, 8, 7, 0]);
		// 1.4: 4 (one row split over a page), 2.5: 1, 3.2: 3, 3.2.1: 3.
		expect(totalIndicators(sysselsattning)).toBe(11);
		// 1.2.3's Enhetsmål 1, 1.4.3: 2, 2.5.1: 1, 3.2.1: 1, 3.2.2: 1.
		expect(totalActivities(sysselsattning)).toBe(6);
		const [budget] = sysselsattning.budget;
		const netto = budget.rows.find((r) => r.label === 'Netto')!.values[0];
		const parts = budget.rows.filter((r) => r.label !== 'Netto').map((r) => r.values[0] ?? 0);
		// -21 024 + 13 609 + 7 415 = 0.
		expect(parts.reduce((a, b) => a + b, 0)).toBe(netto);
		expect(netto).toBe(0);
	});

	it('Familjeenheten: goals and rows as counted, no budget table', () => {
		// No 2.4 here; nämndmål 1.2.1 1.2.3 1.4.1 2.5.1 3.1.1 3.2.1 3.2.2; 1.4.1 has four Enhetsmål.
		expect(countPerLevel(familjeenheten, 4)).toEqual([3, 5, 7, 9, 0]);
		// 1.4: 6, 2.5: 1, 3.2: 3, 3.2.1: 3.
		expect(totalIndicators(familjeenheten)).toBe(13);
		// 1.2.3: 1 + 1, 1.4.1: 2 + 1 + 2, 2.5.1's Enhetsmål 1, 3.2.1: 1 + 1, 3.2.2: 1.
		expect(totalActivities(familjeenheten)).toBe(11);
		expect(familjeenheten.budget).toEqual([]);
		expect(familjeenheten.attachments).toEqual(['budgetruta 22']);
	});

	it('Biståndsbedömning: goals and rows as counted, no budget table', () => {
		// Nämndmål 1.2.1 1.2.3 1.4.1 1.4.3 2.4.1 2.5.1 3.1.1 3.2.1 3.2.2; one Enhetsmål each but 1.2.1.
		expect(countPerLevel(bistand, 4)).toEqual([3, 6, 9, 8, 0]);
		// 1.4: 2, 2.5: 1, 3.2: 3, 3.2.1: 3.
		expect(totalIndicators(bistand)).toBe(9);
		// 1.2.3, 1.4.3, 3.2.1, 3.2.2: one each.
		expect(totalActivities(bistand)).toBe(4);
		expect(bistand.budget).toEqual([]);
	});
});

describe('Huddinge socialnämnden 2017', () => {
	const plan = huddingeSocialnamnden2017;
	const goals = allGoals(plan.goals);
	const indicators = goals.flatMap((g) => g.indicators);

	it('has the goals per level counted in the document', () => {
		// Four övergripande and three strategiska mål (contents, P2).
		expect(goalsAtDepth(plan.goals, 0).map((g) => g.label)).toEqual([
			...Array(4).fill('Övergripande mål'),
			...Array(3).fill('Strategiskt mål')
		]);
		// Delmål: Bra att leva och bo 6, Fler i jobb 2, God omsorg för individen 2.
		expect(goalsAtDepth(plan.goals, 1).map((g) => g.label)).toEqual(Array(10).fill('Delmål'));
		// Depth 2: the nämnd's four delmål under Fler upplever god vård och omsorg, and the
		// utvecklingsåtaganden: bostadsbyggande 1, jämlikhet 1, valfrihet 1, företag 1, försörjning 3, hälsa 2.
		const depth2 = goalsAtDepth(plan.goals, 2);
		expect(depth2.filter((g) => g.label === 'Delmål')).toHaveLength(4);
		expect(depth2.filter((g) => g.label === 'Utvecklingsåtagande')).toHaveLength(9);
		// Depth 3: the utvecklingsåtagande "för delmålet Gott bemötande" (P16).
		expect(goalsAtDepth(plan.goals, 3).map((g) => g.label)).toEqual(['Utvecklingsåtagande']);
		expect(goalsAtDepth(plan.goals, 4)).toEqual([]);
		expect(goals.every((g) => g.number === null && g.activities.length === 0)).toBe(true);
	});

	it('has the fourteen etappmål tables, ten of them split by gender', () => {
		// Jämlikhet 1, företag 2, försörjning 2, hälsa 1, tillgänglighet 2, bemötande 2, delaktighet 2,
		// kvalitet 2 (the last four on P16).
		expect(indicators).toHaveLength(14);
		// Försörjning 2 and the eight brukarundersökning tables.
		expect(indicators.filter((i) => i.genderSplit)).toHaveLength(10);
		expect(indicators.map((i) => i.annualTarget)).toEqual([
			'100', '100', '100', '100', '50', '<2', null, null, null, null, null, null, null, null
		]);
	});

	it('each stage table is consistent with its target and gender flag', () => {
		for (const indicator of indicators) {
			const table = indicator.stageTable!;
			for (const row of table.rows) expect(row.values).toHaveLength(table.columns.length);
			const etappmalColumn = table.columns.findIndex((c) => c.startsWith('Etappmål'));
			expect(etappmalColumn).toBe(table.columns.length - 1);
			const totalt = table.rows.find((r) => r.label.startsWith('Totalt')) ?? table.rows[0];
			const cell = totalt.values[etappmalColumn];
			expect(indicator.annualTarget).toBe(cell === '-' || cell === 'VB' ? null : cell);
			const labels = table.rows.map((r) => r.label);
			expect(indicator.genderSplit).toBe(labels.includes('Kvinnor') && labels.includes('Män'));
			expect(indicator.councilTarget).toBeNull();
			expect(indicator.periodicity).toBeNull();
		}
	});
});
