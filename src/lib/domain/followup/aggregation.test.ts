import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	addParts,
	aggregateFromParts,
	aggregateOutcomes,
	emptyParts,
	partsOfOutcome,
	rollUp,
	rollUpById,
	type Aggregate,
	type OrgNode,
	type UnitOutcome
} from './aggregation';
import { indicatorKinds } from '../indicators/indicator';

const EPS = 1e-9;
/** Fixed seed: the properties use integer inputs and are exact up to EPS, the seed only makes runs reproducible. */
const params = { seed: 20261124, numRuns: 300 };

const share = (numerator: number, denominator: number): UnitOutcome => ({
	status: 'reported',
	value: (numerator / denominator) * 100,
	numerator,
	denominator
});
const valued = (value: number, respondents?: number): UnitOutcome => ({ status: 'reported', value, respondents });
const missing: UnitOutcome = { status: 'missing' };
const notMeasured: UnitOutcome = { status: 'notMeasured' };

describe('aggregateOutcomes — hand-worked examples', () => {
	it('share: 3/4 and 1/2 give 4/6 = 66,67 %, not the mean 62,5 %', () => {
		const a = aggregateOutcomes('share', [share(3, 4), share(1, 2)]);
		expect(a.numerator).toBe(4);
		expect(a.denominator).toBe(6);
		expect(a.value).toBeCloseTo(66.6667, 4);
		expect(a.value).not.toBeCloseTo(62.5, 4);
		expect(a).toMatchObject({ reported: 2, missing: 0, notMeasured: 0, unweighted: 0, complete: true });
	});

	it('share: a small unit does not weigh as much as a large one', () => {
		// 1/1 = 100 % and 10/100 = 10 %: mean 55 %, true share 11/101 ≈ 10,89 %.
		const a = aggregateOutcomes('share', [share(1, 1), share(10, 100)]);
		expect(a.value).toBeCloseTo((11 / 101) * 100, 9);
	});

	it('share: a percentage without numerator/denominator is left out and counted as unweighted', () => {
		const a = aggregateOutcomes('share', [share(3, 4), { status: 'reported', value: 10 }, share(1, 2)]);
		expect(a.value).toBeCloseTo((4 / 6) * 100, 9);
		expect(a.reported).toBe(3);
		expect(a.unweighted).toBe(1);
		expect(a.complete).toBe(true);
	});

	it('share: only unweighted reports give no value', () => {
		const a = aggregateOutcomes('share', [{ status: 'reported', value: 40 }]);
		expect(a).toMatchObject({ value: null, numerator: null, denominator: null, reported: 1, unweighted: 1 });
	});

	it('share: a zero sum of denominators gives no value but keeps the sums', () => {
		const a = aggregateOutcomes('share', [
			{ status: 'reported', numerator: 0, denominator: 0 },
			{ status: 'reported', numerator: 0, denominator: 0 }
		]);
		expect(a).toMatchObject({ value: null, numerator: 0, denominator: 0, reported: 2, unweighted: 0 });
	});

	it('share: a unit with denominator 0 adds nothing to the others', () => {
		const a = aggregateOutcomes('share', [share(3, 4), { status: 'reported', numerator: 0, denominator: 0 }]);
		expect(a.value).toBe(75);
		expect(a.unweighted).toBe(0);
	});

	it('count: summed', () => {
		const a = aggregateOutcomes('count', [valued(12), valued(30), valued(0)]);
		expect(a).toMatchObject({ value: 42, numerator: null, denominator: null, respondents: null, reported: 3 });
	});

	it('amount: summed (tkr, negative allowed)', () => {
		const a = aggregateOutcomes('amount', [valued(21024), valued(-1400), valued(376)]);
		expect(a.value).toBe(20000);
	});

	it('count: a reported row without a value is left out and counted as unweighted', () => {
		const a = aggregateOutcomes('count', [valued(5), { status: 'reported', value: null }]);
		expect(a).toMatchObject({ value: 5, reported: 2, unweighted: 1 });
	});

	it('index: weighted by respondents', () => {
		// 80 from 10 respondents, 60 from 30: (800 + 1800) / 40 = 65, not the mean 70.
		const a = aggregateOutcomes('index', [valued(80, 10), valued(60, 30)]);
		expect(a.value).toBe(65);
		expect(a.respondents).toBe(40);
	});

	it('index: a unit without respondents is left out and counted as unweighted', () => {
		const a = aggregateOutcomes('index', [valued(80, 10), valued(20), valued(60, 30)]);
		expect(a.value).toBe(65);
		expect(a.unweighted).toBe(1);
	});

	it('index: zero respondents in all gives no value', () => {
		const a = aggregateOutcomes('index', [valued(80, 0)]);
		expect(a).toMatchObject({ value: null, respondents: 0, unweighted: 0 });
	});

	it('counts missing and not measured units; complete only when every unit reported', () => {
		const a = aggregateOutcomes('count', [valued(4), missing, notMeasured, missing]);
		expect(a).toMatchObject({ value: 4, reported: 1, missing: 2, notMeasured: 1, complete: false });
	});

	it('values on units that did not report are ignored', () => {
		const a = aggregateOutcomes('count', [valued(4), { status: 'missing', value: 100 }, { status: 'notMeasured', value: 7 }]);
		expect(a.value).toBe(4);
	});

	it('no reported units → value null', () => {
		for (const kind of indicatorKinds) {
			const a = aggregateOutcomes(kind, [missing, notMeasured]);
			expect(a).toMatchObject({ value: null, reported: 0, missing: 1, notMeasured: 1, complete: false });
		}
	});

	it('empty input → value null, nothing counted, not complete', () => {
		for (const kind of indicatorKinds) {
			expect(aggregateOutcomes(kind, [])).toEqual({
				value: null,
				numerator: null,
				denominator: null,
				respondents: null,
				reported: 0,
				missing: 0,
				notMeasured: 0,
				unweighted: 0,
				complete: false,
				women: null,
				men: null
			});
		}
	});
});

describe('aggregateOutcomes — women and men', () => {
	const withGender = (n: number, d: number, wn: number, wd: number, mn: number, md: number): UnitOutcome => ({
		...share(n, d),
		women: { numerator: wn, denominator: wd },
		men: { numerator: mn, denominator: md }
	});

	it('share: women and men aggregated the same way as the total', () => {
		const a = aggregateOutcomes('share', [withGender(3, 4, 2, 2, 1, 2), withGender(1, 2, 0, 1, 1, 1)]);
		expect(a.women).toMatchObject({ numerator: 2, denominator: 3 });
		expect(a.women?.value).toBeCloseTo((2 / 3) * 100, 9);
		expect(a.men).toMatchObject({ numerator: 2, denominator: 3 });
	});

	it('null when a reported unit lacks them', () => {
		const a = aggregateOutcomes('share', [withGender(3, 4, 2, 2, 1, 2), share(1, 2)]);
		expect(a.women).toBeNull();
		expect(a.men).toBeNull();
		expect(a.value).toBeCloseTo((4 / 6) * 100, 9);
	});

	it('units that did not report do not need them', () => {
		const a = aggregateOutcomes('count', [{ ...valued(5), women: { value: 3 }, men: { value: 2 } }, missing]);
		expect(a.women?.value).toBe(3);
		expect(a.men?.value).toBe(2);
	});

	it('index: gender parts weighted by their own respondents', () => {
		const a = aggregateOutcomes('index', [
			{ ...valued(70, 20), women: { value: 80, respondents: 10 }, men: { value: 60, respondents: 10 } },
			{ ...valued(50, 10), women: { value: 50, respondents: 5 }, men: { value: 50 } }
		]);
		expect(a.women).toMatchObject({ value: 70, respondents: 15 });
		expect(a.men).toBeNull(); // the second unit's men lack respondents
	});
});

// ——— Properties ———

/** A unit's share with integer numerator ≤ denominator (denominator ≥ 1). */
const shareUnit = fc
	.integer({ min: 1, max: 1000 })
	.chain((d) => fc.integer({ min: 0, max: d }).map((n) => share(n, d)));

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('aggregateOutcomes — properties', () => {
	it('share equals Σnumerator / Σdenominator × 100', () => {
		fc.assert(
			fc.property(fc.array(shareUnit, { minLength: 1, maxLength: 40 }), (units) => {
				const num = units.reduce((s, u) => s + (u.numerator as number), 0);
				const den = units.reduce((s, u) => s + (u.denominator as number), 0);
				const a = aggregateOutcomes('share', units);
				expect(a.numerator).toBe(num);
				expect(a.denominator).toBe(den);
				expect(Math.abs((a.value as number) - (num / den) * 100)).toBeLessThan(EPS);
				expect(a.value).toBeGreaterThanOrEqual(0);
				expect(a.value).toBeLessThanOrEqual(100 + EPS);
			}),
			params
		);
	});

	it('share equals the mean of the unit percentages when all denominators are equal', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 1000 }).chain((d) =>
					fc.array(
						fc.integer({ min: 0, max: d }).map((n) => share(n, d)),
						{ minLength: 1, maxLength: 40 }
					)
				),
				(units) => {
					const a = aggregateOutcomes('share', units);
					expect(Math.abs((a.value as number) - mean(units.map((u) => u.value as number)))).toBeLessThan(EPS);
				}
			),
			params
		);
	});

	it('share differs from the mean of percentages by exactly the denominator-weighted covariance', () => {
		// Σdᵢpᵢ/D − p̄ = Σ(dᵢ − d̄)(pᵢ − p̄)/D: zero when sizes or percentages are all alike, not otherwise.
		fc.assert(
			fc.property(fc.array(shareUnit, { minLength: 1, maxLength: 40 }), (units) => {
				const ps = units.map((u) => u.value as number);
				const ds = units.map((u) => u.denominator as number);
				const pBar = mean(ps);
				const dBar = mean(ds);
				const D = ds.reduce((s, d) => s + d, 0);
				const cov = ps.reduce((s, p, i) => s + (ds[i] - dBar) * (p - pBar), 0) / D;
				const a = aggregateOutcomes('share', units);
				expect(Math.abs((a.value as number) - pBar - cov)).toBeLessThan(1e-7);
			}),
			params
		);
	});

	it('two units with unequal denominators and unequal percentages: share ≠ mean of percentages', () => {
		fc.assert(
			fc.property(shareUnit, shareUnit, (u1, u2) => {
				fc.pre(u1.denominator !== u2.denominator);
				// Unequal percentages, compared exactly: n1·d2 ≠ n2·d1.
				fc.pre((u1.numerator as number) * (u2.denominator as number) !== (u2.numerator as number) * (u1.denominator as number));
				const a = aggregateOutcomes('share', [u1, u2]);
				const p1 = u1.value as number;
				const p2 = u2.value as number;
				const d1 = u1.denominator as number;
				const d2 = u2.denominator as number;
				// The difference is (p1 − p2)(d1 − d2) / (2(d1 + d2)); with d ≤ 1000, |p1 − p2| ≥ 100/(1000·999)
				// and |d1 − d2| ≥ 1, so it is at least about 2,5·10⁻⁸ — far above rounding error (~10⁻¹⁴).
				const expected = ((p1 - p2) * (d1 - d2)) / (2 * (d1 + d2));
				expect(Math.abs((a.value as number) - (p1 + p2) / 2 - expected)).toBeLessThan(EPS);
				expect(Math.abs((a.value as number) - (p1 + p2) / 2)).toBeGreaterThan(1e-9);
			}),
			params
		);
	});

	const statusUnit = (value: fc.Arbitrary<UnitOutcome>) =>
		fc.oneof(
			{ weight: 4, arbitrary: value },
			{ weight: 1, arbitrary: fc.constant(missing) },
			{ weight: 1, arbitrary: fc.constant(notMeasured) }
		);
	const countUnit = statusUnit(fc.integer({ min: -100000, max: 100000 }).map((v) => valued(v)));

	it('counts and amounts are additive under splitting a list in two', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('count' as const, 'amount' as const),
				fc.array(countUnit, { maxLength: 40 }),
				fc.array(countUnit, { maxLength: 40 }),
				(kind, left, right) => {
					const a = aggregateOutcomes(kind, left);
					const b = aggregateOutcomes(kind, right);
					const whole = aggregateOutcomes(kind, [...left, ...right]);
					if (a.value === null && b.value === null) expect(whole.value).toBeNull();
					else expect(whole.value).toBe((a.value ?? 0) + (b.value ?? 0));
					expect(whole.reported).toBe(a.reported + b.reported);
					expect(whole.missing).toBe(a.missing + b.missing);
					expect(whole.notMeasured).toBe(a.notMeasured + b.notMeasured);
					expect(whole.complete).toBe(left.length + right.length > 0 && whole.reported === left.length + right.length);
				}
			),
			params
		);
	});

	it('index lies between the smallest and largest index of the units that carry weight', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 500 })).map(([v, r]) => valued(v, r)),
					{ minLength: 1, maxLength: 30 }
				),
				(units) => {
					const a = aggregateOutcomes('index', units);
					const vs = units.map((u) => u.value as number);
					expect(a.value).toBeGreaterThanOrEqual(Math.min(...vs) - EPS);
					expect(a.value).toBeLessThanOrEqual(Math.max(...vs) + EPS);
					expect(a.respondents).toBe(units.reduce((s, u) => s + (u.respondents as number), 0));
				}
			),
			params
		);
	});
});

// ——— Parts: what a group of units contributes, added up elsewhere (per committee, or by the database) ———

describe('partsOfOutcome and aggregateFromParts', () => {
	it('a reported share brings its numerator and denominator; women without a denominator bring nothing', () => {
		const parts = partsOfOutcome('share', { status: 'reported', value: 75, numerator: 3, denominator: 4, women: { numerator: 2 }, men: { numerator: 1, denominator: 2 } });
		expect(parts).toEqual({
			units: 1,
			reported: 1,
			missing: 0,
			notMeasured: 0,
			total: { count: 1, value: 0, numerator: 3, denominator: 4, weighted: 0, respondents: 0 },
			women: { count: 0, value: 0, numerator: 0, denominator: 0, weighted: 0, respondents: 0 },
			men: { count: 1, value: 0, numerator: 1, denominator: 2, weighted: 0, respondents: 0 }
		});
	});

	it('an index brings value × respondents: 60 from 10 respondents is 600', () => {
		expect(partsOfOutcome('index', valued(60, 10)).total).toMatchObject({ count: 1, weighted: 600, respondents: 10 });
	});

	it('a missing or not measured unit brings no figures, even if it carries some', () => {
		expect(partsOfOutcome('count', { status: 'missing', value: 5 })).toEqual({ ...emptyParts, units: 1, missing: 1 });
		expect(partsOfOutcome('count', { status: 'notMeasured', value: 5 })).toEqual({ ...emptyParts, units: 1, notMeasured: 1 });
	});

	it('two committees added: 3/4 + 1/2 in one and 0/4 in the other give 4/10 = 40 %, one unit missing', () => {
		const first = addParts(partsOfOutcome('share', share(3, 4)), partsOfOutcome('share', share(1, 2)));
		const second = addParts(partsOfOutcome('share', share(0, 4)), partsOfOutcome('share', missing));
		const whole = aggregateFromParts('share', addParts(first, second));
		expect(whole).toMatchObject({ value: 40, numerator: 4, denominator: 10, reported: 3, missing: 1, unweighted: 0, complete: false });
	});

	it('women are aggregated only when every reported unit of both groups has them', () => {
		const withWomen: UnitOutcome = { ...share(1, 2), women: { numerator: 1, denominator: 1 } };
		const without = share(1, 2);
		const parts = addParts(partsOfOutcome('share', withWomen), partsOfOutcome('share', without));
		expect(aggregateFromParts('share', parts).women).toBeNull();
		const both = addParts(partsOfOutcome('share', withWomen), partsOfOutcome('share', withWomen));
		expect(aggregateFromParts('share', both).women).toMatchObject({ value: 100, numerator: 2, denominator: 2 });
	});

	const anyFigures = fc.record({
		value: fc.option(fc.integer({ min: -1000, max: 1000 })),
		numerator: fc.option(fc.integer({ min: 0, max: 500 })),
		denominator: fc.option(fc.integer({ min: -5, max: 500 })),
		respondents: fc.option(fc.integer({ min: -5, max: 500 }))
	});
	const anyOutcome: fc.Arbitrary<UnitOutcome> = fc.record({
		status: fc.constantFrom('reported' as const, 'reported' as const, 'missing' as const, 'notMeasured' as const),
		value: fc.option(fc.integer({ min: -1000, max: 1000 })),
		numerator: fc.option(fc.integer({ min: 0, max: 500 })),
		denominator: fc.option(fc.integer({ min: -5, max: 500 })),
		respondents: fc.option(fc.integer({ min: -5, max: 500 })),
		women: fc.option(anyFigures),
		men: fc.option(anyFigures)
	});

	it('adding the parts of any split of the units gives the aggregate of all of them, for every kind', () => {
		fc.assert(
			fc.property(fc.constantFrom(...indicatorKinds), fc.array(anyOutcome, { maxLength: 30 }), fc.array(fc.nat(3), { maxLength: 30 }), (kind, units, groupOf) => {
				// Units into up to four groups, each group's parts summed on its own, then the groups added.
				const groups = [emptyParts, emptyParts, emptyParts, emptyParts];
				units.forEach((u, i) => {
					const g = groupOf[i] ?? 0;
					groups[g] = addParts(groups[g], partsOfOutcome(kind, u));
				});
				const added = aggregateFromParts(kind, groups.reduce(addParts, emptyParts));
				expect(added).toEqual(aggregateOutcomes(kind, units));
			}),
			params
		);
	});
});

// ——— Tree roll-up ———

describe('rollUp — examples', () => {
	// Council K: committees N1 (units E1, E2) and N2 (department A with unit E3; unit E4).
	const tree: OrgNode<string> = {
		id: 'K',
		children: [
			{ id: 'N1', children: [{ id: 'E1' }, { id: 'E2' }] },
			{ id: 'N2', children: [{ id: 'A', children: [{ id: 'E3' }] }, { id: 'E4', children: [] }] }
		]
	};

	it('every level is aggregated from its own units, and a unit without a row counts as missing', () => {
		const outcomes = new Map<string, UnitOutcome>([
			['E1', share(3, 4)],
			['E2', share(1, 2)],
			['E3', share(1, 100)]
			// E4 has no row
		]);
		const r = rollUp('share', tree, outcomes);
		expect(r.id).toBe('K');
		expect(r.children.map((c) => c.id)).toEqual(['N1', 'N2']);
		const [n1, n2] = r.children;
		expect(n1.aggregate.value).toBeCloseTo((4 / 6) * 100, 9);
		expect(n1.aggregate.complete).toBe(true);
		expect(n2.aggregate).toMatchObject({ value: 1, numerator: 1, denominator: 100, reported: 1, missing: 1, complete: false });
		expect(n2.children[0].children[0].aggregate.value).toBe(1);
		expect(n2.children[1].aggregate).toMatchObject({ value: null, missing: 1 });
		// Council: 5/106, not the mean of the committees' 66,67 % and 1 %.
		expect(r.aggregate).toMatchObject({ numerator: 5, denominator: 106, reported: 3, missing: 1 });
		expect(r.aggregate.value).toBeCloseTo((5 / 106) * 100, 9);
	});

	it('rollUpById gives the same aggregates by id', () => {
		const outcomes = new Map<string, UnitOutcome>([['E1', valued(2)], ['E3', valued(5)]]);
		const byId = rollUpById('count', tree, outcomes);
		expect([...byId.keys()].sort()).toEqual(['A', 'E1', 'E2', 'E3', 'E4', 'K', 'N1', 'N2']);
		expect(byId.get('K')?.value).toBe(7);
		expect(byId.get('N1')).toMatchObject({ value: 2, missing: 1 });
		expect(byId.get('A')?.value).toBe(5);
	});
});

describe('rollUp — properties', () => {
	const anyOutcome: fc.Arbitrary<UnitOutcome> = fc.oneof(
		{ weight: 4, arbitrary: shareUnit.chain((u) => fc.integer({ min: 0, max: 300 }).map((r) => ({ ...u, respondents: r }))) },
		{ weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }).map((v) => ({ status: 'reported' as const, value: v })) },
		{ weight: 1, arbitrary: fc.constant(missing) },
		{ weight: 1, arbitrary: fc.constant(notMeasured) }
	);

	/** council → committees → (optional department →) units; each unit with an outcome or none. */
	type CouncilShape = { units: (UnitOutcome | undefined)[]; departments: (UnitOutcome | undefined)[][] }[];
	const unitsArb = fc.array(fc.option(anyOutcome, { nil: undefined }), { minLength: 1, maxLength: 5 });
	const committeeArb = fc.record({
		units: unitsArb,
		departments: fc.array(unitsArb, { maxLength: 2 })
	});
	const councilArb: fc.Arbitrary<CouncilShape> = fc.array(committeeArb, { minLength: 1, maxLength: 4 });

	function build(council: CouncilShape) {
		let next = 1;
		const outcomes = new Map<number, UnitOutcome>();
		const all: UnitOutcome[] = [];
		const unit = (o: UnitOutcome | undefined): OrgNode<number> => {
			const id = next++;
			if (o) outcomes.set(id, o);
			all.push(o ?? missing);
			return { id };
		};
		const root: OrgNode<number> = {
			id: 0,
			children: council.map((c) => {
				const id = next++;
				return {
					id,
					children: [
						...c.departments.map((d) => ({ id: next++, children: d.map(unit) })),
						...c.units.map(unit)
					]
				};
			})
		};
		return { root, outcomes, all };
	}

	function unitsBelow(node: OrgNode<number>, outcomes: Map<number, UnitOutcome>): UnitOutcome[] {
		const kids = node.children ?? [];
		if (kids.length === 0) return [outcomes.get(node.id) ?? missing];
		return kids.flatMap((k) => unitsBelow(k, outcomes));
	}

	it("the council's roll-up equals aggregating all its units directly, for every kind", () => {
		fc.assert(
			fc.property(fc.constantFrom(...indicatorKinds), councilArb, (kind, council) => {
				const { root, outcomes, all } = build(council);
				const r = rollUp(kind, root, outcomes);
				expect(r.aggregate).toEqual(aggregateOutcomes(kind, all));
			}),
			params
		);
	});

	it('every node equals the direct aggregate of the units below it', () => {
		fc.assert(
			fc.property(fc.constantFrom(...indicatorKinds), councilArb, (kind, council) => {
				const { root, outcomes } = build(council);
				const check = (node: OrgNode<number>, rolled: ReturnType<typeof rollUp<number>>) => {
					expect(rolled.id).toBe(node.id);
					expect(rolled.aggregate).toEqual(aggregateOutcomes(kind, unitsBelow(node, outcomes)));
					const kids = node.children ?? [];
					expect(rolled.children.length).toBe(kids.length);
					kids.forEach((k, i) => check(k, rolled.children[i]));
				};
				check(root, rollUp(kind, root, outcomes));
			}),
			params
		);
	});

	it("the council's count is the sum of its committees' counts (units counted once)", () => {
		fc.assert(
			fc.property(councilArb, (council) => {
				const { root, outcomes } = build(council);
				const r = rollUp('share', root, outcomes);
				const sum = (f: (a: Aggregate) => number) => r.children.reduce((s, c) => s + f(c.aggregate), 0);
				expect(r.aggregate.reported).toBe(sum((a) => a.reported));
				expect(r.aggregate.missing).toBe(sum((a) => a.missing));
				expect(r.aggregate.notMeasured).toBe(sum((a) => a.notMeasured));
				expect(r.aggregate.unweighted).toBe(sum((a) => a.unweighted));
				expect(r.aggregate.numerator ?? 0).toBe(sum((a) => a.numerator ?? 0));
				expect(r.aggregate.denominator ?? 0).toBe(sum((a) => a.denominator ?? 0));
			}),
			params
		);
	});
});
