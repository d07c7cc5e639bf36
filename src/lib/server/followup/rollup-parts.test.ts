import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers, type TestDriver } from '../db/test-database';
import type { Database } from '../db/client';
import { indicatorOutcomes } from '../db/schema';
import { createCommittee, createGoal, createIndicator, createMunicipality, createUnit, setIndicatorTarget } from '../testing/factories';
import { fetchRollupParts } from './rollup-parts';
import { addParts, emptyParts, partsOfOutcome, type AggregateParts, type OutcomeFigures, type OutcomeStatus, type UnitOutcome } from '../../domain/followup/aggregation';

type Figures = { value?: number | null; numerator?: number | null; denominator?: number | null; respondents?: number | null };
type Row = { status: OutcomeStatus; total: Figures; women?: Figures; men?: Figures };

/**
 * Outcomes for four holding units of one committee and one of another, the same figures for every
 * kind, chosen to hit each of canAggregate's edges: NaN, ±Infinity, a negative weight, a missing
 * figure, a unit that did not report, and one with no row at all.
 */
const rows: (Row | null)[] = [
	{ status: 'reported', total: { value: 75, numerator: 3, denominator: 4, respondents: 10 }, women: { value: 50, numerator: 1, denominator: 2, respondents: 4 }, men: { value: 100, numerator: 2, denominator: 2, respondents: 6 } },
	{ status: 'reported', total: { value: Number.NaN, numerator: Number.NaN, denominator: 5, respondents: Number.NaN }, women: { value: 1, numerator: 1, denominator: 1, respondents: 1 } },
	{ status: 'reported', total: { value: Number.POSITIVE_INFINITY, numerator: 2, denominator: Number.POSITIVE_INFINITY, respondents: -1 } },
	{ status: 'reported', total: { value: Number.NEGATIVE_INFINITY, numerator: 1, denominator: -2, respondents: 3 } },
	{ status: 'reported', total: { value: 10, numerator: null, denominator: 10, respondents: null } },
	{ status: 'notMeasured', total: { value: 5, numerator: 1, denominator: 1, respondents: 1 } },
	{ status: 'missing', total: {} },
	null
];

describe.each(testDrivers)('the roll-up sums computed by the database (%s)', (driver: TestDriver) => {
	let database: Database;
	let db: Database['db'];
	let c: Awaited<ReturnType<typeof city>>;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
		db = database.db;
		c = await city();
	});
	afterAll(() => database?.close());

	async function city() {
		const municipality = await createMunicipality(db, { name: 'Summastad', slug: `summastad-${driver}` });
		const north = await createCommittee(db, municipality, { name: 'Norra', slug: `norra-summa-${driver}` });
		const south = await createCommittee(db, municipality, { name: 'Södra', slug: `sodra-summa-${driver}` });
		const units = [];
		for (let i = 0; i < rows.length; i++) units.push(await createUnit(db, i < 4 ? north : south, { name: `Enhet ${i}`, slug: `enhet-summa-${driver}-${i}` }));
		// A unit of the south that does not hold the indicators: its outcome must not count.
		const stranger = await createUnit(db, south, { name: 'Främlingen', slug: `framling-summa-${driver}` });
		const goal = await createGoal(db, { organisation: municipality, year: 2026, number: '1', title: 'Mål' });
		const indicators = [];
		for (const unit of ['%', 'index', 'st', 'tkr']) {
			const indicator = await createIndicator(db, { goal, name: `Indikator ${unit}`, unit, periodicity: 'tertial', genderSplit: true });
			indicators.push(indicator);
			for (const [i, row] of rows.entries()) {
				await setIndicatorTarget(db, indicator, units[i], null);
				if (!row) continue;
				const w = row.women ?? {};
				const m = row.men ?? {};
				await db.insert(indicatorOutcomes).values({
					indicatorId: indicator.id,
					organisationId: units[i].id,
					period: 'T1',
					status: row.status,
					...row.total,
					womenValue: w.value,
					womenNumerator: w.numerator,
					womenDenominator: w.denominator,
					womenRespondents: w.respondents,
					menValue: m.value,
					menNumerator: m.numerator,
					menDenominator: m.denominator,
					menRespondents: m.respondents
				});
			}
			await db.insert(indicatorOutcomes).values({ indicatorId: indicator.id, organisationId: stranger.id, period: 'T1', status: 'reported', value: 99, numerator: 99, denominator: 100, respondents: 9 });
		}
		// A committee without units: nothing to sum.
		const empty = await createCommittee(db, municipality, { name: 'Tomma', slug: `tomma-summa-${driver}` });
		const which = { slug: municipality.slug, year: 2026, periodicities: ['tertial' as const] };
		return { north, south, empty, units, indicators, which };
	}

	const asOutcome = (row: Row | null): UnitOutcome =>
		row ? { status: row.status, ...row.total, women: (row.women ?? null) as OutcomeFigures | null, men: (row.men ?? null) as OutcomeFigures | null } : { status: 'missing' };

	it('gives, for every kind and group, the parts the domain gives for the same units', async () => {
		const parts = await fetchRollupParts(db, c.which, 'T1');
		for (const indicator of c.indicators) {
			for (const [group, from, to] of [[c.north, 0, 4], [c.south, 4, rows.length]] as const) {
				let expected: AggregateParts = emptyParts;
				for (const row of rows.slice(from, to)) expected = addParts(expected, partsOfOutcome(indicator.kind, asOutcome(row)));
				expect(parts.get(indicator.id)?.get(group.id), `${indicator.kind} in ${group.name}`).toEqual(expected);
			}
		}
	});

	it('a share in the north, by hand: only 3/4 is usable (NaN, Infinity and a negative denominator are not)', async () => {
		const parts = await fetchRollupParts(db, c.which, 'T1');
		const share = parts.get(c.indicators[0].id)!.get(c.north.id)!;
		expect(share).toMatchObject({ units: 4, reported: 4, missing: 0, notMeasured: 0 });
		expect(share.total).toMatchObject({ count: 1, numerator: 3, denominator: 4 });
		// Women: 1/2 in the first unit and 1/1 in the second; men only in the first.
		expect(share.women).toMatchObject({ count: 2, numerator: 2, denominator: 3 });
		expect(share.men).toMatchObject({ count: 1, numerator: 2, denominator: 2 });
		// The south: 10 without a numerator is unusable, one not measured, one missing, one without a row; the stranger does not hold it.
		expect(parts.get(c.indicators[0].id)!.get(c.south.id)).toMatchObject({ units: 4, reported: 1, missing: 2, notMeasured: 1, total: { count: 0 } });
	});

	it('an index in the north, by hand: 75 × 10 respondents and the -Infinity row with 3 respondents left out', async () => {
		const parts = await fetchRollupParts(db, c.which, 'T1');
		expect(parts.get(c.indicators[1].id)!.get(c.north.id)!.total).toMatchObject({ count: 1, weighted: 750, respondents: 10 });
	});

	it('sums only the indicators of the periodicities asked for, and nothing without units', async () => {
		// The four indicators are tertial: a period of yearly indicators (VB alone) has none of them.
		expect((await fetchRollupParts(db, { ...c.which, periodicities: ['year'] }, 'T1')).size).toBe(0);
		expect((await fetchRollupParts(db, { ...c.which, periodicities: [] }, 'T1')).size).toBe(0);
		expect((await fetchRollupParts(db, { ...c.which, slug: c.empty.slug }, 'T1')).size).toBe(0);
		expect((await fetchRollupParts(db, c.which, 'T1')).size).toBe(4);
	});
});
