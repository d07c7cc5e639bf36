import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GoalDoc } from '../interchange/plan-format';
import { parsePlanText } from './parse-plan-text';

/**
 * kungsholmen-2022-tre-enheter.txt holds three units' plans. No golden yet; the expectations are
 * counted by hand from the document's label lines (L… are its line numbers).
 */
const text = readFileSync(new URL('./seeds/kungsholmen-2022-tre-enheter.txt', import.meta.url), 'utf8');
const { file } = parsePlanText(text);

function countPerDepth(goals: GoalDoc[], depth = 0, counts: number[] = [0, 0, 0, 0]): number[] {
	for (const goal of goals) {
		counts[depth] += 1;
		countPerDepth(goal.goals, depth + 1, counts);
	}
	return counts;
}

const allGoals = (goals: GoalDoc[]): GoalDoc[] => goals.flatMap((g) => [g, ...allGoals(g.goals)]);

describe('the three-unit seed', () => {
	it('is three plans, one per header, named by their title lines', () => {
		// L10, L515, and L1142 "erksamhetsplan …" (the V lost in extraction).
		expect(file.plans.map((p) => [p.title, p.organisation, p.year])).toEqual([
			['Verksamhetsplan 2022 för Enheten för sysselsättning', 'Enheten för sysselsättning', 2022],
			['Verksamhetsplan 2022 för Familjeenheten', 'Familjeenheten', 2022],
			['Verksamhetsplan 2022 för Biståndsbedömning, funktionsnedsättning', 'Biståndsbedömning, funktionsnedsättning', 2022]
		]);
		// L1133: "Wandläggare" is the third plan's "Handläggare".
		expect(file.plans[2].handler).toBe('Sandra Landahl');
	});

	it('has the goals per level that the label lines give', () => {
		// Sysselsättning: inriktningsmål 1–3; KF-mål 1.2, 1.4, 2.4, 2.5, 3.1, 3.2; nämndmål 1.2.1, 1.2.3,
		// 1.4.3, 2.4.1, 2.5.1, 3.1.1, 3.2.1, 3.2.2; enhetsmål L118, 175, 247, 288, 331, 397, 450.
		expect(countPerDepth(file.plans[0].goals)).toEqual([3, 6, 8, 7]);
		// Familjeenheten: KF-mål 1.2, 1.4, 2.5, 3.1, 3.2; nämndmål 1.2.1, 1.2.3, 1.4.1, 2.5.1, 3.1.1,
		// 3.2.1, 3.2.2; enhetsmål L618, 697, 762, 790, 844, 906, 943, 1019, 1081.
		expect(countPerDepth(file.plans[1].goals)).toEqual([3, 5, 7, 9]);
		// Biståndsbedömning: KF-mål 1.2, 1.4, 2.4, 2.5, 3.1, 3.2; nämndmål 1.2.1, 1.2.3, 1.4.1, 1.4.3,
		// 2.4.1, 2.5.1, 3.1.1, 3.2.1, 3.2.2; enhetsmål L1271, 1351, 1408, 1482, 1531, 1589, 1655, 1724.
		expect(countPerDepth(file.plans[2].goals)).toEqual([3, 6, 9, 8]);
	});

	it('joins an indicator row wrapped past a repeated header and drops the ♀ ♂ icons', () => {
		// L151 ends "… till personer med", the header repeats (L153), L154 "♀ funktionsnedsättning)".
		const area = file.plans[0].goals[0].goals[1];
		expect(area.number).toBe('1.4');
		expect(area.indicators[2]).toEqual({
			name: 'Andel personer med funktionsnedsättning som upplever att de blir väl bemötta av stadens personal (stöd och service till personer med funktionsnedsättning)',
			annualTarget: '97 %',
			councilTarget: '90 %',
			periodicity: 'År'
		});
		// L155 "♂ Andel personer … kan påverka …".
		expect(area.indicators[3].name).toBe('Andel personer med funktionsnedsättning som upplever att de kan påverka insatsens utformning (stöd och service till personer med funktionsnedsättning)');
	});

	it('puts an activity table under the unit goal it stands under', () => {
		// L697 Enhetsmål, its table at L759-760; the row starts in lower case but has its dates.
		const goal = allGoals(file.plans[1].goals).find((g) => g.title.startsWith('Familjeenheten har fungerande samarbeten'));
		expect(goal?.label).toBe('Enhetsmål');
		expect(goal?.activities).toEqual([{ title: 'utveckla samverkan runt arbetet med barn med problematisk skolfrånvaro', start: '2022-01-26', end: '2022-12-31' }]);
	});
});
