import { describe, expect, it } from 'vitest';
import { countLevels, describeLevelCounts, levelBar } from './goal-matrix';

describe('the goal matrix count cell', () => {
	const counts = countLevels(['met', 'notJudged', 'met', 'partly', 'met', 'notJudged']);

	it('counts each level', () => {
		expect(counts).toEqual({ met: 3, partly: 1, notMet: 0, notJudged: 2 });
	});

	it('says the counts in words, in the order of the scale, leaving out levels that do not occur', () => {
		expect(describeLevelCounts(counts)).toBe('3 uppfyllt, 1 delvis, 2 ej bedömt');
		expect(describeLevelCounts(countLevels(['notMet']))).toBe('1 ej uppfyllt');
		expect(describeLevelCounts(countLevels([]))).toBe('');
	});

	it('gives a bar whose segments are the shares of the units', () => {
		// 6 units: 3/6 = 50 %, 1/6 ≈ 16,67 %, 2/6 ≈ 33,33 %.
		const bar = levelBar(counts);
		expect(bar.map((s) => [s.level, s.count])).toEqual([
			['met', 3],
			['partly', 1],
			['notJudged', 2]
		]);
		expect(bar[0].percent).toBe(50);
		expect(bar[1].percent).toBeCloseTo(16.6667, 4);
		expect(bar[2].percent).toBeCloseTo(33.3333, 4);
		expect(levelBar(countLevels([]))).toEqual([]);
	});
});
