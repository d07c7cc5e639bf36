import { describe, expect, it } from 'vitest';
import { aggregateAsOutcome, aggregateHolders, chooseTarget, judgeAggregate } from './rollup-fulfilment';
import { aggregateOutcomes, type UnitOutcome } from './aggregation';

const share = (numerator: number, denominator: number): UnitOutcome => ({
	status: 'reported',
	value: (numerator / denominator) * 100,
	numerator,
	denominator
});

describe('chooseTarget', () => {
	const council = { value: 80, text: null };
	it("takes the organisation's own Årsmål, a number or a text", () => {
		expect(chooseTarget({ isUnit: false, own: { value: 82, text: null }, council })).toEqual({ target: { value: 82, text: null }, source: 'own' });
		expect(chooseTarget({ isUnit: true, own: { value: null, text: 'öka' }, council })).toEqual({ target: { value: null, text: 'öka' }, source: 'own' });
	});

	it("falls back to KF:s årsmål for a committee without one (no row, or a blank row)", () => {
		expect(chooseTarget({ isUnit: false, own: null, council })).toEqual({ target: { value: 80, text: null }, source: 'council' });
		expect(chooseTarget({ isUnit: false, own: { value: null, text: '  ' }, council })).toEqual({ target: { value: 80, text: null }, source: 'council' });
		expect(chooseTarget({ isUnit: false, own: null, council: { value: null, text: 'Tas fram av nämnd' } })).toEqual({
			target: { value: null, text: 'Tas fram av nämnd' },
			source: 'council'
		});
	});

	it('gives a unit only its own target, and nothing when neither exists', () => {
		expect(chooseTarget({ isUnit: true, own: { value: null, text: null }, council })).toEqual({ target: { value: null, text: null }, source: 'none' });
		expect(chooseTarget({ isUnit: false, own: undefined, council: { value: null, text: null } }).source).toBe('none');
	});
});

describe('aggregateHolders', () => {
	it('counts only the holding units, a holding unit without an outcome as missing', () => {
		const outcomes = new Map<number, UnitOutcome>([
			[1, share(47, 200)],
			[2, share(30, 50)],
			[4, share(99, 100)]
		]);
		const holding = new Set([1, 2, 3]);
		const r = aggregateHolders('share', [1, 2, 3, 4], (id) => holding.has(id), (id) => outcomes.get(id));
		// Units 1–3 hold it; 4 does not (its 99/100 is left out); 3 has no outcome → missing.
		// (47 + 30) / (200 + 50) = 77 / 250 = 30,8 %.
		expect(r.holders).toBe(3);
		expect(r.aggregate).toMatchObject({ numerator: 77, denominator: 250, reported: 2, missing: 1, complete: false });
		expect(r.aggregate.value).toBeCloseTo(30.8, 10);
	});
});

describe('aggregateAsOutcome', () => {
	it('reads a value as reported, all "mäts inte" as not measured, anything else as missing', () => {
		expect(aggregateAsOutcome(aggregateOutcomes('count', [{ status: 'reported', value: 3 }, { status: 'missing' }]))).toEqual({ status: 'reported', value: 3 });
		expect(aggregateAsOutcome(aggregateOutcomes('count', [{ status: 'notMeasured' }, { status: 'notMeasured' }]))).toEqual({ status: 'notMeasured', value: null });
		expect(aggregateAsOutcome(aggregateOutcomes('count', [{ status: 'notMeasured' }, { status: 'missing' }]))).toEqual({ status: 'missing', value: null });
		expect(aggregateAsOutcome(aggregateOutcomes('count', []))).toEqual({ status: 'missing', value: null });
	});
});

describe('judgeAggregate', () => {
	const base = { direction: 'higher' as const, band: 0.05, unit: '%' };
	it('judges the weighted share, not the mean of the units', () => {
		// 77/250 = 30,8 % against 32 %: 32 − 5 % of 32 = 30,4 ≤ 30,8 < 32 → delvis. The mean (23,5 + 60) / 2 = 41,75 would be met.
		const aggregate = aggregateOutcomes('share', [share(47, 200), share(30, 50)]);
		const f = judgeAggregate({ ...base, aggregate, target: { value: 32, text: null } });
		expect(f.level).toBe('partly');
		expect(f.reason).toBe('Utfallet 30,8 % är lägre än årsmålet 32 % men inom 5 %.'.replace(/ %/g, '\u00a0%'));
	});

	it('judges "öka" against last year\'s aggregate', () => {
		const aggregate = aggregateOutcomes('share', [share(47, 200), share(30, 50)]);
		// Last year 60/250 = 24 %; 30,8 % > 24 % → met.
		const previous = aggregateOutcomes('share', [share(40, 200), share(20, 50)]);
		expect(judgeAggregate({ ...base, aggregate, previous, target: { value: null, text: 'öka' } }).level).toBe('met');
		expect(judgeAggregate({ ...base, aggregate, previous: null, target: { value: null, text: 'öka' } }).level).toBe('notJudged');
	});

	it("shows a unit's override with the computed level beside it", () => {
		const aggregate = aggregateOutcomes('share', [share(47, 200)]);
		const f = judgeAggregate({ ...base, aggregate, target: { value: 32, text: null }, override: { level: 'partly', justification: 'Två ärenden flyttades.' } });
		// 23,5 % < 30,4 % → computed ej uppfyllt; the editor's delvis stands.
		expect(f.level).toBe('partly');
		expect(f.computed.level).toBe('notMet');
		expect(f.reason).toBe('Två ärenden flyttades.');
	});

	it('does not judge a roll-up where every unit is still missing', () => {
		const aggregate = aggregateOutcomes('share', [{ status: 'missing' }]);
		expect(judgeAggregate({ ...base, aggregate, target: { value: 32, text: null } })).toMatchObject({ level: 'notJudged', reason: 'Utfall saknas.' });
	});
});
