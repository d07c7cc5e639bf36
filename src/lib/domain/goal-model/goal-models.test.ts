import { describe, expect, it } from 'vitest';
import { childLevelIndex, huddingeModel, stockholmModel } from './goal-models';

describe('the level a goal takes under its parent', () => {
	const huddinge = huddingeModel.levels;

	it('follows the label where it names a level reachable by skipping only optional levels', () => {
		// Top: Övergripande mål, or its alias Strategiskt mål.
		expect(childLevelIndex(huddinge, -1, 'Övergripande mål')).toBe(0);
		expect(childLevelIndex(huddinge, -1, 'Strategiskt mål')).toBe(0);
		// Under an övergripande mål: the council's Delmål (level 1, first match).
		expect(childLevelIndex(huddinge, 0, 'Delmål')).toBe(1);
		// Under a council delmål: "Delmål" is the nämnd's own (alias of level 2).
		expect(childLevelIndex(huddinge, 1, 'Delmål')).toBe(2);
		// An åtagande under a council delmål skips the optional nämnd delmål; under a nämnd delmål it is the next level.
		expect(childLevelIndex(huddinge, 1, 'Utvecklingsåtagande')).toBe(3);
		expect(childLevelIndex(huddinge, 2, 'utvecklingsåtagande')).toBe(3);
	});

	it('falls back to the level right below when the label names no reachable level', () => {
		// Delmål cannot be skipped: an åtagande straight under an övergripande mål takes level 1.
		expect(childLevelIndex(huddinge, 0, 'Utvecklingsåtagande')).toBe(1);
		expect(childLevelIndex(huddinge, 0, 'Något annat')).toBe(1);
		expect(childLevelIndex(huddinge, 3, null)).toBe(4);
		// Past the last level: the caller refuses it.
		expect(childLevelIndex(huddinge, 4, 'Delmål')).toBe(5);
	});

	it('keeps Stockholm strictly by depth', () => {
		expect(childLevelIndex(stockholmModel.levels, -1, 'Nämndmål')).toBe(0);
		expect(childLevelIndex(stockholmModel.levels, 0, 'Enhetsmål')).toBe(1);
		expect(childLevelIndex(stockholmModel.levels, 2, 'Enhetsmål')).toBe(3);
	});
});
