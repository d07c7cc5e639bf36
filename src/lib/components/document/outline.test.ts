import { describe, expect, it } from 'vitest';
import type { PlanGoal } from '$lib/server/plans/load-plan';
import { documentOutline, headingTag } from './outline';
import { hasOwnGoals } from '$lib/domain/document/own-goals';

const level = (name: string, depth: number) =>
	({ id: depth + 1, modelId: 1, depth, name, ownerKind: 'unit', numbered: true, sections: [], optional: false, aliases: [] }) as PlanGoal['level'];

function goal(id: number, name: string, depth: number, number: string | null, title: string, children: PlanGoal[] = [], ownedHere = false): PlanGoal {
	return { id, parentId: null, level: level(name, depth), number, title, sections: [], version: 1, ownedHere, indicators: [], activities: [], children };
}

const unitGoal = goal(4, 'Enhetsmål', 3, null, 'Enhetens mål', [], true);
const cascade = [
	goal(1, 'KF:s inriktningsmål', 0, '1', 'En modern storstad', [
		goal(2, 'KF:s mål för verksamhetsområdet', 1, '1.4', 'Stöd i tid', [goal(3, 'Nämndmål', 2, '1.4.1', 'Barn får stöd', [unitGoal])])
	])
];
const labels = { introduction: 'Inledning', economy: 'Redovisning av ekonomi', other: 'Övrigt', attachments: 'Bilagor' };
const section = (id: number, heading: string) => ({ id, planId: 1, area: 'introduction' as const, heading, text: '', position: 0, version: 1 });

describe('document outline', () => {
	it('lists the parts that have content, and the top two goal levels', () => {
		const outline = documentOutline(
			{
				introduction: [section(10, 'Enhetens uppdrag')],
				cascade,
				budget: [{ id: 7, heading: 'Budget 2026' }],
				other: [],
				attachments: [{ id: 1, planId: 1, title: 'Internkontrollplan', position: 0 }]
			},
			labels
		);
		expect(outline).toEqual([
			{ id: 'inledning', label: 'Inledning', children: [{ id: 'inledning-10', label: 'Enhetens uppdrag', children: [] }] },
			{
				id: 'mal-1',
				label: 'KF:s inriktningsmål: 1 En modern storstad',
				children: [{ id: 'mal-2', label: 'KF:s mål för verksamhetsområdet: 1.4 Stöd i tid', children: [] }]
			},
			{ id: 'ekonomi', label: 'Redovisning av ekonomi', children: [{ id: 'budget-7', label: 'Budget 2026', children: [] }] },
			{ id: 'bilagor', label: 'Bilagor', children: [] }
		]);
	});

	it('is empty for an empty plan', () => {
		expect(documentOutline({ introduction: [], cascade: [], budget: [], other: [], attachments: [] }, labels)).toEqual([]);
	});

	it('knows whether the organisation wrote goals of its own, at any depth', () => {
		expect(hasOwnGoals(cascade)).toBe(true);
		expect(hasOwnGoals([goal(1, 'KF:s inriktningsmål', 0, '1', 'x')])).toBe(false);
		expect(hasOwnGoals([])).toBe(false);
	});

	it('gives h2 at the top, one level deeper per depth, at most h6', () => {
		expect([0, 1, 2, 3, 4, 5, 9].map((d) => headingTag(d))).toEqual(['h2', 'h3', 'h4', 'h5', 'h6', 'h6', 'h6']);
		expect(headingTag(0, 3)).toBe('h3');
	});
});
