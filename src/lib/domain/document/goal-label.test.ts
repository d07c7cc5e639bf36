import { describe, expect, it } from 'vitest';
import { goalLabel, paragraphs, shorten } from './goal-label';

describe('goal labels', () => {
	it('puts the number before the title when there is one', () => {
		expect(goalLabel({ number: '1.4', title: 'Stöd i tid' })).toBe('1.4 Stöd i tid');
		expect(goalLabel({ number: null, title: 'Enhetens mål' })).toBe('Enhetens mål');
	});

	it('shortens at a word boundary', () => {
		expect(shorten('En modern storstad', 40)).toBe('En modern storstad');
		// 'En modern storstad med möjligheter och valfrihet för alla' (57 characters): the first 19
		// are 'En modern storstad ', the last space at 18 → 'En modern storstad…'.
		expect(shorten('En modern storstad med möjligheter och valfrihet för alla', 20)).toBe('En modern storstad…');
		// No space in the first half: cut inside the word.
		expect(shorten('Verksamhetsplaneringsprocessen', 10)).toBe('Verksamhe…');
		// Punctuation before the cut is dropped: 'Trygg, säker' → first 9 'Trygg, sä', space at 6 → 'Trygg,' → 'Trygg'.
		expect(shorten('Trygg, säker och ren', 10)).toBe('Trygg…');
	});

	it('splits text into paragraphs at blank lines', () => {
		expect(paragraphs('Första stycket.\nSamma stycke.\n\n  \nAndra stycket.\r\n\r\nTredje.')).toEqual([
			'Första stycket.\nSamma stycke.',
			'Andra stycket.',
			'Tredje.'
		]);
		expect(paragraphs('')).toEqual([]);
		expect(paragraphs(null)).toEqual([]);
		expect(paragraphs('\n\n')).toEqual([]);
	});
});
