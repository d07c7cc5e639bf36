import { describe, expect, it } from 'vitest';
import { readContents } from './contents';

describe('readContents', () => {
	it('reads titles and page numbers, and a lost page number as null', () => {
		expect(readContents('Innehåll Vision och mål... 3 Bra att leva och bo... 6 Organisation... Fel! Bokmärket är inte definierat. Källor... 40')).toEqual([
			{ title: 'Vision och mål', page: 3 },
			{ title: 'Bra att leva och bo', page: 6 },
			{ title: 'Organisation', page: null },
			{ title: 'Källor', page: 40 }
		]);
	});

	it('is not a contents page without "Innehåll" and dot leaders', () => {
		expect(readContents('Innehåll och form är viktiga.')).toBeNull();
		expect(readContents('Vision och mål... 3')).toBeNull();
	});
});
