import { describe, expect, it } from 'vitest';
import { findCommitmentLists } from './commitments';

const find = (text: string) => findCommitmentLists(text, 0, text.length);

describe('findCommitmentLists', () => {
	it('reads each "- " item, the last one ending where a heading begins', () => {
		const text = 'Text. Utvecklingsåtaganden - effektivisera processerna - utveckla metoder på arbetsmarknaden God omsorg för individen Kommunfullmäktiges mål';
		const [list] = find(text);
		expect(list.items).toEqual(['effektivisera processerna', 'utveckla metoder på arbetsmarknaden']);
		expect(list.forGoal).toBeNull();
		expect(text.slice(list.end)).toBe(' God omsorg för individen Kommunfullmäktiges mål');
	});

	it('keeps a name of several capitalized words inside the item and stops at a footnote number', () => {
		const [list] = find('Utvecklingsåtaganden - vidareutveckla webbplatsen Anhörig Huddinge utifrån behoven 13 IBIC betyder');
		expect(list.items).toEqual(['vidareutveckla webbplatsen Anhörig Huddinge utifrån behoven']);
	});

	it('ends at a capitalized word followed by an acronym (a heading "Fortsatt HBTQ")', () => {
		const [list] = find('Utvecklingsåtaganden - genomför en aktivitet Fortsatt HBTQ 3 -arbete');
		expect(list.items).toEqual(['genomför en aktivitet']);
	});

	it('reads the delmål a singular list names', () => {
		const [list] = find('Utvecklingsåtagande för delmålet Gott bemötande - analysera och vidta åtgärder Totalt (%) - VB');
		expect(list.forGoal).toBe('Gott bemötande');
		expect(list.items).toEqual(['analysera och vidta åtgärder']);
	});

	it('is not a list when the word stands in a sentence', () => {
		expect(find('nämnden har ett särskilt utvecklingsåtagande kring detta.')).toEqual([]);
	});
});
