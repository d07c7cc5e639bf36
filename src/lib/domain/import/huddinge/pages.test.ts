import { describe, expect, it } from 'vitest';
import { joinPages, lineAt, pageSpan } from './pages';

describe('joinPages', () => {
	const source = 'Titelsida\n\nFörsta sidan slutar här. NÄMNDEN 3\nAndra sidan 4 PLAN 2017\nTredje sidan NÄMNDEN 5\nFjärde sidan 6 PLAN 2017\n';

	it('drops a footer that repeats on two pages and knows each page by its printed number', () => {
		const pages = joinPages(source);
		expect(pages.text).toBe('Titelsida Första sidan slutar här. Andra sidan Tredje sidan Fjärde sidan');
		expect(pages.starts.map((s) => s.page)).toEqual([null, 3, 4, 5, 6]);
		const span = pageSpan(pages, 4);
		expect(span && pages.text.slice(span.start, span.end).trim()).toBe('Andra sidan');
	});

	it('keeps capitals and a number that end only one page (text, not a footer)', () => {
		const pages = joinPages('Lagen LSS 9\nEn annan sida\n');
		expect(pages.text).toBe('Lagen LSS 9 En annan sida');
	});

	it('points an offset at its line in the file, blank lines counted', () => {
		const pages = joinPages(source);
		expect(lineAt(pages, pages.text.indexOf('Tredje'))).toBe(5);
		expect(lineAt(pages, 0)).toBe(1);
	});
});
