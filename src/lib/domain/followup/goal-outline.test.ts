import { describe, expect, it } from 'vitest';
import { areaGoalChoice, goalOutline } from './goal-outline';

const levels = [
	{ id: 10, depth: 0, name: 'KF:s inriktningsmål' },
	{ id: 11, depth: 1, name: 'KF:s mål för verksamhetsområdet' },
	{ id: 12, depth: 2, name: 'Nämndmål' }
];
const goal = (id: number, parentId: number | null, levelId: number, number: string) => ({ id, parentId, levelId, number, organisationId: 1, position: 0 });

describe('goalOutline', () => {
	it('orders goals depth first by number and names each one\'s area goal', () => {
		const outline = goalOutline(
			[goal(5, 2, 12, '1.4.1'), goal(1, null, 10, '1'), goal(3, 1, 11, '1.5'), goal(2, 1, 11, '1.4'), goal(4, null, 10, '2')],
			levels
		);
		expect(outline.map((o) => [o.goal.number, o.depth, o.areaGoalId])).toEqual([
			['1', 0, null],
			['1.4', 1, 2],
			['1.4.1', 2, 2],
			['1.5', 1, 3],
			['2', 0, null]
		]);
		expect(outline[2].levelName).toBe('Nämndmål');
	});

	it('lets a goal whose parent is not in the set stand at the top with its own depth', () => {
		// A committee goal under an area goal the page does not load: still depth 2, no area goal known.
		const outline = goalOutline([goal(5, 2, 12, '1.4.1')], levels);
		expect(outline).toEqual([{ goal: goal(5, 2, 12, '1.4.1'), depth: 2, levelName: 'Nämndmål', areaGoalId: null }]);
	});

	it('offers the area goals as choices and keeps only a choice that is one of them', () => {
		const outline = goalOutline([goal(1, null, 10, '1'), goal(2, 1, 11, '1.4'), goal(5, 2, 12, '1.4.1')], levels);
		expect(areaGoalChoice(outline, 2)).toMatchObject({ chosen: 2, choices: [{ goal: { number: '1.4' } }] });
		// A nämndmål or a direction goal is no area goal: all goals.
		expect(areaGoalChoice(outline, 5).chosen).toBeNull();
		expect(areaGoalChoice(outline, 1).chosen).toBeNull();
		expect(areaGoalChoice(outline, null).chosen).toBeNull();
	});
});
