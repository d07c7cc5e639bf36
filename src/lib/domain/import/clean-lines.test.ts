import { describe, expect, it } from 'vitest';
import { cleanLines, isPageNumber, splitBoldRuns, stripMarks } from './clean-lines';

const texts = (input: string) => cleanLines(input).map((l) => l.text);

describe('cleaning extracted lines', () => {
	it('recognises page numbers as written by Word and PDF', () => {
		expect(isPageNumber('12')).toBe(true);
		expect(isPageNumber('Sida 3 av 17')).toBe(true);
		expect(isPageNumber('3 (17)')).toBe(true);
		expect(isPageNumber('2014')).toBe(true); // four digits alone: a page number, never content
		expect(isPageNumber('58 %')).toBe(false);
		expect(isPageNumber('1.3 Stockholms livsmiljö är hållbar')).toBe(false);
	});

	it('drops page numbers and keeps blank lines and line numbers', () => {
		const lines = cleanLines('Inledning\n\n3\nText');
		expect(lines).toEqual([
			{ no: 1, text: 'Inledning' },
			{ no: 2, text: '' },
			{ no: 4, text: 'Text' }
		]);
	});

	it('drops a table of contents: entries with dot leaders or a tab and a page number', () => {
		const input = [
			'Innehållsförteckning',
			'',
			'Inledning\t3',
			'1.3 Stockholms livsmiljö är hållbar.....\t5',
			'Övriga frågor\t13',
			'',
			'Bilagor'
		].join('\n');
		expect(texts(input)).toEqual(['Bilagor']);
	});

	it('drops a line repeated next to page numbers (a page header), not a line repeated elsewhere', () => {
		const input = ['Verksamhetsplan 2014', 'Text ett', '2', 'Verksamhetsplan 2014', 'Text två', '3', 'Verksamhetsplan 2014', 'Nämndmål:', 'Nämndmål:'].join('\n');
		expect(texts(input)).toEqual(['Text ett', 'Text två', 'Nämndmål:', 'Nämndmål:']);
	});

	it('removes icon symbols, html marks and single-star emphasis', () => {
		expect(stripMarks('♀ funktionsnedsättning)\t\t\t')).toBe('funktionsnedsättning)\t\t\t');
		expect(stripMarks('♂ Andel personer')).toBe('Andel personer');
		expect(stripMarks('Socialpsykiatri <i>Budget 2014</i>\t')).toBe('Socialpsykiatri Budget 2014\t');
		expect(stripMarks('- *Vi bemöter varandra respektfullt*')).toBe('- Vi bemöter varandra respektfullt');
	});

	it('splits bold runs onto lines of their own, with the line number they came from', () => {
		expect(splitBoldRuns({ no: 7, text: 'ÅTAGANDE:**Titeln.****Förväntat resultat**' })).toEqual([
			{ no: 7, text: 'ÅTAGANDE:' },
			{ no: 7, text: 'Titeln.' },
			{ no: 7, text: 'Förväntat resultat' }
		]);
		expect(splitBoldRuns({ no: 1, text: 'Vanlig rad' })).toEqual([{ no: 1, text: 'Vanlig rad' }]);
	});
});

describe('lines of PDF text from Verksam’s own documents', () => {
	it('drops the "Sid 1 (13)" page footer', () => {
		expect(isPageNumber('Sid 1 (13)')).toBe(true);
	});

	it('drops a contents entry wrapped onto a second line', () => {
		expect(texts('Innehållsförteckning\nKF:s inriktningsmål: 2 Exempelstad är trygg där fler kan\t7\nförsörja sig själva\n\nInledning\t3\n\nInledning\nText')).toEqual([
			'Inledning',
			'Text'
		]);
	});
});
