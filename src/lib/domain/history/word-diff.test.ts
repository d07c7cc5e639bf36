import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff';

describe('wordDiff', () => {
	it('marks inserted words and keeps the rest', () => {
		expect(wordDiff('Fler barn går i förskola', 'Fler barn och unga går i förskola')).toEqual([
			{ kind: 'same', text: 'Fler barn ' },
			{ kind: 'added', text: 'och unga ' },
			{ kind: 'same', text: 'går i förskola' }
		]);
	});

	it('shows a replaced word as removed, then added', () => {
		expect(wordDiff('Tidiga insatser ger resultat', 'Tidiga insatser ger effekt')).toEqual([
			{ kind: 'same', text: 'Tidiga insatser ger ' },
			{ kind: 'removed', text: 'resultat' },
			{ kind: 'added', text: 'effekt' }
		]);
	});

	it('treats punctuation as its own word', () => {
		expect(wordDiff('Alla ska ha tid.', 'Alla ska ha tid!')).toEqual([
			{ kind: 'same', text: 'Alla ska ha tid' },
			{ kind: 'removed', text: '.' },
			{ kind: 'added', text: '!' }
		]);
	});

	it('an empty text before is all added; equal texts are all the same', () => {
		expect(wordDiff('', 'Ny text')).toEqual([{ kind: 'added', text: 'Ny text' }]);
		expect(wordDiff('Samma', 'Samma')).toEqual([{ kind: 'same', text: 'Samma' }]);
		expect(wordDiff('', '')).toEqual([]);
	});
});
