import { describe, expect, it } from 'vitest';
import { outcomeMessages, outcomeToInput, parseOutcome, sameOutcome, type OutcomeIndicator, type OutcomeParse } from './outcome';

const share: OutcomeIndicator = { kind: 'share', unit: '%', genderSplit: false };
const shareByGender: OutcomeIndicator = { kind: 'share', unit: '%', genderSplit: true };
const count: OutcomeIndicator = { kind: 'count', unit: 'st', genderSplit: false };
const countByGender: OutcomeIndicator = { kind: 'count', unit: 'st', genderSplit: true };
const amount: OutcomeIndicator = { kind: 'amount', unit: 'tkr', genderSplit: false };
const index: OutcomeIndicator = { kind: 'index', unit: 'index', genderSplit: false };
const indexByGender: OutcomeIndicator = { kind: 'index', unit: 'index', genderSplit: true };

function ok(result: OutcomeParse) {
	if (!result.ok) throw new Error(`expected a parsed outcome, got ${JSON.stringify(result.errors)}`);
	return result.outcome;
}
function errors(result: OutcomeParse) {
	if (result.ok) throw new Error('expected field errors');
	return result.errors;
}

describe('status', () => {
	it('is missing when nothing is entered, keeping a comment', () => {
		expect(ok(parseOutcome({}, share))).toEqual({
			status: 'missing',
			value: null,
			numerator: null,
			denominator: null,
			respondents: null,
			women: null,
			men: null,
			totalFromParts: false,
			comment: null
		});
		const o = ok(parseOutcome({ value: '  ', comment: ' Siffran kommer i september ' }, count));
		expect(o.status).toBe('missing');
		expect(o.comment).toBe('Siffran kommer i september');
	});

	it('keeps "not measured this period" apart from missing, with its comment', () => {
		const o = ok(parseOutcome({ notMeasured: true, comment: 'Enkäten görs vartannat år' }, share));
		expect(o.status).toBe('notMeasured');
		expect(o.value).toBeNull();
		expect(o.comment).toBe('Enkäten görs vartannat år');
	});

	it('refuses figures with "not measured"', () => {
		expect(errors(parseOutcome({ notMeasured: true, value: '12' }, count))).toEqual({
			notMeasured: outcomeMessages.notMeasuredWithFigures
		});
		expect(errors(parseOutcome({ notMeasured: true, women: { value: '3' } }, countByGender))).toEqual({
			notMeasured: outcomeMessages.notMeasuredWithFigures
		});
	});

	it('treats a blank comment as none', () => {
		expect(ok(parseOutcome({ value: '3', comment: '   ' }, count)).comment).toBeNull();
	});
});

describe('shares', () => {
	it('computes the percentage from numerator and denominator, unrounded', () => {
		const o = ok(parseOutcome({ numerator: '49', denominator: '200' }, share));
		expect(o).toMatchObject({ status: 'reported', value: 24.5, numerator: 49, denominator: 200 });
		// 1/3 = 33,333… %, not 33,3.
		expect(ok(parseOutcome({ numerator: '1', denominator: '3' }, share)).value).toBeCloseTo(100 / 3, 12);
	});

	it('accepts 0 of n and n of n', () => {
		expect(ok(parseOutcome({ numerator: '0', denominator: '12' }, share)).value).toBe(0);
		expect(ok(parseOutcome({ numerator: '12', denominator: '12' }, share)).value).toBe(100);
	});

	it('accepts the percentage alone, with or without a percent sign', () => {
		expect(ok(parseOutcome({ value: '5,5 %' }, share))).toMatchObject({
			status: 'reported',
			value: 5.5,
			numerator: null,
			denominator: null
		});
		expect(ok(parseOutcome({ value: '24' }, share)).value).toBe(24);
	});

	it('refuses a denominator of zero or less', () => {
		expect(errors(parseOutcome({ numerator: '0', denominator: '0' }, share))).toEqual({
			denominator: 'Nämnaren måste vara större än noll.'
		});
		expect(errors(parseOutcome({ numerator: '1', denominator: '-4' }, share)).denominator).toBe(
			'Nämnaren måste vara större än noll.'
		);
	});

	it('refuses a numerator above the denominator, or below zero', () => {
		expect(errors(parseOutcome({ numerator: '201', denominator: '200' }, share))).toEqual({
			numerator: 'Täljaren kan inte vara större än nämnaren.'
		});
		expect(errors(parseOutcome({ numerator: '-1', denominator: '200' }, share))).toEqual({
			numerator: 'Täljaren kan inte vara negativ.'
		});
	});

	it('asks for both numerator and denominator', () => {
		expect(errors(parseOutcome({ numerator: '4' }, share))).toEqual({ denominator: outcomeMessages.bothCounts });
		expect(errors(parseOutcome({ denominator: '4' }, share))).toEqual({ numerator: outcomeMessages.bothCounts });
	});

	it('refuses a percentage outside 0–100', () => {
		expect(errors(parseOutcome({ value: '100,1' }, share))).toEqual({ value: 'En andel måste ligga mellan 0 och 100 %.' });
		expect(errors(parseOutcome({ value: '-0,5' }, share)).value).toBe(outcomeMessages.shareRange);
	});

	it('refuses text that is not a number', () => {
		expect(errors(parseOutcome({ numerator: 'tolv', denominator: '20' }, share))).toEqual({
			numerator: 'Skriv ett tal, till exempel 5,5.'
		});
		expect(errors(parseOutcome({ value: '5,5,5' }, share))).toEqual({ value: 'Skriv ett tal, till exempel 5,5.' });
	});

	it('accepts a percentage beside the counts when it agrees to the precision written', () => {
		// 47/200 = 23,5 %; "24" stands for 23,5–24,5.
		const o = ok(parseOutcome({ value: '24', numerator: '47', denominator: '200' }, share));
		expect(o.value).toBe(23.5);
		// "23,5 %" exactly.
		expect(ok(parseOutcome({ value: '23,5 %', numerator: '47', denominator: '200' }, share)).value).toBe(23.5);
		// "24,0" stands for 23,95–24,05: 23,5 is outside.
		expect(errors(parseOutcome({ value: '24,0', numerator: '47', denominator: '200' }, share))).toEqual({
			value: 'Andelen stämmer inte med täljare och nämnare (23,5\u00a0%).'
		});
		// "25" stands for 24,5–25,5: 23,5 is outside.
		expect(errors(parseOutcome({ value: '25', numerator: '47', denominator: '200' }, share)).value).toContain(
			'stämmer inte'
		);
	});
});

describe('counts, amounts and indexes', () => {
	it('reads a count with thousands separated and the unit written after it', () => {
		expect(ok(parseOutcome({ value: '21 024' }, count)).value).toBe(21024);
		expect(ok(parseOutcome({ value: '12 st' }, count)).value).toBe(12);
	});

	it('refuses a negative count but keeps a negative amount', () => {
		expect(errors(parseOutcome({ value: '-1' }, count))).toEqual({ value: 'Ett antal kan inte vara negativt.' });
		expect(ok(parseOutcome({ value: '-1 400 tkr' }, amount)).value).toBe(-1400);
	});

	it('ignores fields the kind does not use', () => {
		const o = ok(parseOutcome({ value: '7', numerator: 'x', denominator: '0' }, count));
		expect(o).toMatchObject({ value: 7, numerator: null, denominator: null });
	});

	it('reads an index with its respondents', () => {
		expect(ok(parseOutcome({ value: '83', respondents: '40' }, index))).toMatchObject({
			value: 83,
			respondents: 40
		});
		expect(ok(parseOutcome({ value: '83' }, index)).respondents).toBeNull();
	});

	it('refuses respondents that are not a whole number above zero', () => {
		expect(errors(parseOutcome({ value: '83', respondents: '2,5' }, index))).toEqual({
			respondents: 'Antalet svarande måste vara ett heltal större än noll.'
		});
		expect(errors(parseOutcome({ value: '83', respondents: '0' }, index)).respondents).toBe(
			outcomeMessages.respondents
		);
	});

	it('asks for the value when only the respondents are entered', () => {
		expect(errors(parseOutcome({ respondents: '40' }, index))).toEqual({ value: 'Fyll i värdet.' });
	});
});

describe('gender split', () => {
	it('computes a share total from the parts: Σ numerators / Σ denominators', () => {
		// Women 30/50, men 20/50: (30 + 20) / (50 + 50) = 50 %.
		const o = ok(
			parseOutcome({ women: { numerator: '30', denominator: '50' }, men: { numerator: '20', denominator: '50' } }, shareByGender)
		);
		expect(o).toMatchObject({ status: 'reported', value: 50, numerator: 50, denominator: 100, totalFromParts: true });
		expect(o.women).toMatchObject({ value: 60, numerator: 30, denominator: 50 });
		expect(o.men).toMatchObject({ value: 40, numerator: 20, denominator: 50 });
	});

	it('weights by the denominators, not the mean of the percentages', () => {
		// Women 9/10 = 90 %, men 10/90 ≈ 11,1 %: total 19/100 = 19 %, not (90 + 11,1) / 2.
		const o = ok(
			parseOutcome({ women: { numerator: '9', denominator: '10' }, men: { numerator: '10', denominator: '90' } }, shareByGender)
		);
		expect(o.value).toBe(19);
	});

	it('computes a count total as the sum and an index total weighted by respondents', () => {
		expect(ok(parseOutcome({ women: { value: '7' }, men: { value: '5' } }, countByGender)).value).toBe(12);
		// (80 · 30 + 90 · 10) / 40 = 3300 / 40 = 82,5.
		const o = ok(
			parseOutcome({ women: { value: '80', respondents: '30' }, men: { value: '90', respondents: '10' } }, indexByGender)
		);
		expect(o).toMatchObject({ value: 82.5, respondents: 40, totalFromParts: true });
	});

	it('keeps an entered total as entered, even when the parts do not add up to it', () => {
		const o = ok(parseOutcome({ value: '13', women: { value: '7' }, men: { value: '5' } }, countByGender));
		expect(o).toMatchObject({ value: 13, totalFromParts: false });
		expect(o.women?.value).toBe(7);
		expect(o.men?.value).toBe(5);
	});

	it('accepts a total without parts, and one part beside a total', () => {
		expect(ok(parseOutcome({ value: '13' }, countByGender))).toMatchObject({ value: 13, women: null, men: null });
		expect(ok(parseOutcome({ value: '13', women: { value: '7' } }, countByGender))).toMatchObject({
			value: 13,
			men: null
		});
	});

	it('asks for the total when it cannot be computed from the parts', () => {
		expect(errors(parseOutcome({ women: { value: '7' } }, countByGender))).toEqual({ value: outcomeMessages.totalNeeded });
		// Percentages alone cannot be combined without their denominators.
		expect(errors(parseOutcome({ women: { value: '60' }, men: { value: '40' } }, shareByGender))).toEqual({
			value: outcomeMessages.totalNeeded
		});
	});

	it("keys a part's errors by the part", () => {
		expect(
			errors(parseOutcome({ value: '50', women: { numerator: '30', denominator: '0' }, men: { value: 'x' } }, shareByGender))
		).toEqual({
			'women.denominator': outcomeMessages.denominatorPositive,
			'men.value': outcomeMessages.notANumber
		});
	});

	it('ignores women and men for an indicator without a gender split', () => {
		const o = ok(parseOutcome({ value: '12', women: { value: 'x' }, men: { value: '5' } }, count));
		expect(o).toMatchObject({ value: 12, women: null, men: null });
		// Parts alone on such an indicator are not an outcome.
		expect(ok(parseOutcome({ women: { value: '7' } }, count)).status).toBe('missing');
	});
});

describe('a stored outcome back in the form', () => {
	it('shows a share with counts as its counts, leaving the computed percentage to be computed again', () => {
		const stored = ok(parseOutcome({ numerator: '47', denominator: '200' }, share));
		const input = outcomeToInput(stored, share);
		expect(input).toMatchObject({ value: '', numerator: '47', denominator: '200', notMeasured: false, comment: '' });
		expect(sameOutcome(ok(parseOutcome(input, share)), stored)).toBe(true);
	});

	it('writes decimals with a comma and no thousands spaces, so "21 024,5" reads back the same', () => {
		const stored = ok(parseOutcome({ value: '21 024,5' }, amount));
		expect(outcomeToInput(stored, amount).value).toBe('21024,5');
		expect(sameOutcome(ok(parseOutcome(outcomeToInput(stored, amount), amount)), stored)).toBe(true);
	});

	it('leaves a total computed from kvinnor and män empty, and keeps the parts', () => {
		const stored = ok(parseOutcome({ women: { value: '12' }, men: { value: '9' } }, countByGender));
		expect(stored.value).toBe(21);
		const input = outcomeToInput(stored, countByGender);
		expect(input).toMatchObject({ value: '', women: { value: '12' }, men: { value: '9' } });
		expect(sameOutcome(ok(parseOutcome(input, countByGender)), stored)).toBe(true);
	});

	it('keeps "not measured" and the comment', () => {
		const stored = ok(parseOutcome({ notMeasured: true, comment: 'Mäts vartannat år' }, index));
		expect(outcomeToInput(stored, index)).toMatchObject({ notMeasured: true, comment: 'Mäts vartannat år', value: '' });
	});

	it('tells a changed figure, status or comment from the same outcome', () => {
		const a = ok(parseOutcome({ value: '83', respondents: '40' }, index));
		expect(sameOutcome(a, ok(parseOutcome({ value: '83,0', respondents: '40' }, index)))).toBe(true);
		expect(sameOutcome(a, ok(parseOutcome({ value: '84', respondents: '40' }, index)))).toBe(false);
		expect(sameOutcome(a, ok(parseOutcome({ value: '83', respondents: '41' }, index)))).toBe(false);
		expect(sameOutcome(a, ok(parseOutcome({ value: '83', respondents: '40', comment: 'Ny enkät' }, index)))).toBe(false);
		expect(sameOutcome(a, ok(parseOutcome({ notMeasured: true }, index)))).toBe(false);
	});
});
