/**
 * The goal matrix (målmatris): goals × organisations, each cell a unit's assessment of the goal
 * for the period, or for a committee (or department) column the count of its units' levels.
 * Colour is never the only carrier: every cell says its level in words.
 */

import { fulfilmentLevels, type FulfilmentLevel } from './fulfilment';

export type LevelCounts = Record<FulfilmentLevel, number>;

/** Counts levels; a unit without an assessment counts as "ej bedömt" (pass 'notJudged' for it). */
export function countLevels(levels: readonly FulfilmentLevel[]): LevelCounts {
	const counts: LevelCounts = { met: 0, partly: 0, notMet: 0, notJudged: 0 };
	for (const level of levels) counts[level] += 1;
	return counts;
}

/** The short words of a count cell: "3 uppfyllt, 1 delvis, 2 ej bedömt". */
export const levelCountWord: Record<FulfilmentLevel, string> = {
	met: 'uppfyllt',
	partly: 'delvis',
	notMet: 'ej uppfyllt',
	notJudged: 'ej bedömt'
};

/** "3 uppfyllt, 1 delvis, 2 ej bedömt": the levels that occur, in the order of the scale. */
export function describeLevelCounts(counts: LevelCounts): string {
	return fulfilmentLevels
		.filter((level) => counts[level] > 0)
		.map((level) => `${counts[level]} ${levelCountWord[level]}`)
		.join(', ');
}

export interface BarSegment {
	level: FulfilmentLevel;
	count: number;
	/** Share of the bar, percent (0–100), for the segment's width. */
	percent: number;
}

/** The colour bar of a count cell: one segment per level that occurs, widths adding up to 100 %. */
export function levelBar(counts: LevelCounts): BarSegment[] {
	const total = fulfilmentLevels.reduce((sum, level) => sum + counts[level], 0);
	if (total === 0) return [];
	return fulfilmentLevels
		.filter((level) => counts[level] > 0)
		.map((level) => ({ level, count: counts[level], percent: (counts[level] / total) * 100 }));
}
