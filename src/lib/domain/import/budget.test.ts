import { describe, expect, it } from 'vitest';
import { isBudgetHeading, parseBudgetBlock } from './budget';

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));

describe('budget tables', () => {
	it('sees the budget heading', () => {
		expect(isBudgetHeading('Budget 2014')).toBe(true);
		expect(isBudgetHeading('Budget')).toBe(true);
		expect(isBudgetHeading('Budget i balans.')).toBe(false);
	});

	it('reads a table in tkr with its heading, header row and grouping rows', () => {
		const result = parseBudgetBlock(
			lines('Budget 2013', '', 'Socialpsykiatri', '', 'Beloppen anges i TKr\tBudget', 'Intäkter\t', 'Bidrag\t0', 'Försäljning av verksamhet\t3 300', 'Övriga kostnader\t-3 571')
		);
		expect(result.warnings).toEqual([]);
		expect(result.tables).toEqual([
			{
				heading: 'Socialpsykiatri',
				columns: ['Budget'],
				rows: [
					{ label: 'Intäkter', values: [null] },
					{ label: 'Bidrag', values: [0] },
					{ label: 'Försäljning av verksamhet', values: [3300] },
					{ label: 'Övriga kostnader', values: [-3571] }
				]
			}
		]);
	});

	it('reads two tables standing side by side', () => {
		const result = parseBudgetBlock(lines('Budget 2014', 'Socialpsykiatri Budget 2014\t\tMissbruk Budget 2014\t', 'Intäkter\t-3 736\tIntäkter\t-2', 'Totalt\t22 500\tTotalt\t11'));
		expect(result.tables).toEqual([
			{ heading: 'Socialpsykiatri', columns: ['Budget 2014'], rows: [{ label: 'Intäkter', values: [-3736] }, { label: 'Totalt', values: [22500] }] },
			{ heading: 'Missbruk', columns: ['Budget 2014'], rows: [{ label: 'Intäkter', values: [-2] }, { label: 'Totalt', values: [11] }] }
		]);
	});

	it('reads a table without a header row, dropping the markdown header copy above the rule', () => {
		const result = parseBudgetBlock(lines('Budget 2022', 'Intäkter\t-21 024', '----------\t---------', '', 'Intäkter\t-21 024', 'Löner\t13 609', 'Netto\t0'));
		expect(result.tables).toEqual([
			{
				heading: 'Budget 2022',
				columns: ['Budget 2022'],
				rows: [
					{ label: 'Intäkter', values: [-21024] },
					{ label: 'Löner', values: [13609] },
					{ label: 'Netto', values: [0] }
				]
			}
		]);
	});

	it('warns about a value that is not a number', () => {
		// The first row without numbers is the header; a later one is a row with a bad value.
		const result = parseBudgetBlock(lines('Budget 2014', 'Belopp i tkr\tBudget', 'Personal\tx12'));
		expect(result.tables[0].rows).toEqual([{ label: 'Personal', values: [null] }]);
		expect(result.warnings).toEqual([{ line: 3, message: 'Budgetvärdet "x12" kunde inte läsas som ett tal.' }]);
	});
});

describe('budget tables in Verksam’s own documents', () => {
	it('a lower-case "budget" is no heading (the end of a wrapped title)', () => {
		expect(isBudgetHeading('budget')).toBe(false);
		expect(isBudgetHeading('BUDGET 2014')).toBe(true);
	});

	it('takes the caption without "(tkr)" as the heading and drops the computed Netto row', () => {
		const result = parseBudgetBlock(
			lines('Utredning och placeringar', 'Utredning och placeringar (tkr)', 'Post\tBudget 2026', 'Intäkter\t-1 200', 'Personal\t19 400', '', 'Netto\t18 200')
		);
		// -1 200 + 19 400 = 18 200: the Netto row is the sum, so it goes.
		expect(result.tables).toEqual([
			{ heading: 'Utredning och placeringar', columns: ['Budget 2026'], rows: [{ label: 'Intäkter', values: [-1200] }, { label: 'Personal', values: [19400] }] }
		]);
	});

	it('keeps a Netto row that is the sum when the table has no header row (not Verksam\'s own layout)', () => {
		const result = parseBudgetBlock(lines('Budget 2022', 'Intäkter\t-1 000', 'Löner\t600', 'Övrigt\t400', 'Netto\t0'));
		// -1 000 + 600 + 400 = 0, but only Verksam's tables (with a "Post" header row) compute Netto.
		expect(result.tables[0].rows.map((r) => [r.label, r.values[0]])).toEqual([
			['Intäkter', -1000],
			['Löner', 600],
			['Övrigt', 400],
			['Netto', 0]
		]);
	});

	it('keeps a Netto row that is not the sum of the rows above', () => {
		const result = parseBudgetBlock(lines('Post\tBudget', 'Intäkter\t-1 200', 'Netto\t500'));
		expect(result.tables[0].rows.map((r) => r.label)).toEqual(['Intäkter', 'Netto']);
	});
});
