import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers, type TestDriver } from '../db/test-database';
import type { Database } from '../db/client';
import { NotFoundError } from '../result';
import { enterOutcome } from '../testing/followup-factories';
import { createRollupCity, createRollupFramework } from '../testing/dashboard-factories';
import { createGoal, createIndicator, setIndicatorTarget } from '../testing/factories';
import { countQueries } from '../testing/count-queries';
import { linkPreviousIndicators } from './link-previous-indicators';
import { loadIndicatorTrend } from './load-indicator-trend';

describe.each(testDrivers)('an indicator\'s trend and breakdown (%s)', (driver: TestDriver) => {
	let database: Database;
	let db: Database['db'];
	beforeAll(async () => {
		database = await createTestDatabase(driver);
		db = database.db;
	});
	afterAll(() => database?.close());

	/** The share in 2024, 2025 and 2026, linked; Norra's own Årsmål 30 % in 2025 only. */
	async function threeYears() {
		const c = await createRollupCity(db, 2024);
		const y2025 = await createRollupFramework(db, c, 2025);
		const y2026 = await createRollupFramework(db, c, 2026);
		await linkPreviousIndicators(db, 2025);
		await linkPreviousIndicators(db, 2026);
		await setIndicatorTarget(db, y2025.share, c.north, 30);
		const share = async (indicator: { id: number }, period: 'T1' | 'T2', family: string, adult: string) => {
			await enterOutcome(db, { indicator, organisation: c.family, period, fields: { numerator: family, denominator: '200' } });
			await enterOutcome(db, { indicator, organisation: c.adult, period, fields: { numerator: adult, denominator: '50' } });
		};
		await share(c.share, 'T1', '40', '20');
		await share(y2025.share, 'T1', '45', '25');
		await share(y2025.share, 'T2', '50', '30');
		await share(y2026.share, 'T1', '47', '30');
		return { ...c, y2025, y2026 };
	}

	it("follows the indicator back through the years: the committee's roll-up per period, with its target each year", async () => {
		const c = await threeYears();
		const view = await loadIndicatorTrend(db, c.north.slug, 2026, c.y2026.share.id);
		expect(view.indicator).toMatchObject({ name: 'Andel utredningar i tid', goal: { number: '1.4', levelName: 'KF:s mål för verksamhetsområdet' } });
		// 2024 T1 60/250 = 24 %; 2025 T1 70/250 = 28 %, T2 80/250 = 32 %; 2026 T1 77/250 = 30,8 %.
		expect(view.trend.map((v) => [v.year, v.period, v.cell.aggregate.value === null ? null : Number(v.cell.aggregate.value.toFixed(6))])).toEqual([
			[2024, 'T1', 24],
			[2024, 'T2', null],
			[2024, 'VB', null],
			[2025, 'T1', 28],
			[2025, 'T2', 32],
			[2025, 'VB', null],
			[2026, 'T1', 30.8],
			[2026, 'T2', null],
			[2026, 'VB', null]
		]);
		// Norra's own 30 % in 2025; KF:s 32 % the other years.
		expect(view.targets.map((t) => [t.year, t.target.value, t.target.source])).toEqual([
			[2024, 32, 'council'],
			[2025, 30, 'own'],
			[2026, 32, 'council']
		]);
		// 2025 T2: 32 % against 30 % → uppfyllt; 2025 T1: 28 % < 28,5 (30 − 1,5) → ej uppfyllt.
		expect(view.trend[4].cell.fulfilment.level).toBe('met');
		expect(view.trend[3].cell.fulfilment.level).toBe('notMet');
	});

	it('breaks this year down by child for every period, the total last', async () => {
		const c = await threeYears();
		const view = await loadIndicatorTrend(db, c.north.slug, 2026, c.y2026.share.id);
		expect(view.periods).toEqual(['T1', 'T2', 'VB']);
		expect(view.breakdown.map((r) => [r.organisation.name, r.isTotal])).toEqual([
			['Familjeenheten', false],
			['Vuxenenheten', false],
			['Fritidsenheten', false],
			['Norra nämnden', true]
		]);
		expect(view.notHolding.map((o) => o.name)).toEqual(['Ekonomienheten']);
		// Familjeenheten T1 47/200 = 23,5 %; T2 and VB not yet reported.
		expect(view.breakdown[0].cells.map((cell) => [cell.aggregate.value, cell.aggregate.missing])).toEqual([
			[23.5, 0],
			[null, 1],
			[null, 1]
		]);
		expect(view.breakdown[3].cells[0].aggregate).toMatchObject({ numerator: 77, denominator: 250, reported: 2, missing: 1 });
	});

	it("shows a unit its own outcomes over the years against its own Årsmål", async () => {
		const c = await threeYears();
		const view = await loadIndicatorTrend(db, c.family.slug, 2026, c.y2026.share.id);
		// 40/200 = 20 %, 45/200 = 22,5 %, 50/200 = 25 %, 47/200 = 23,5 %.
		expect(view.trend.filter((v) => v.cell.aggregate.value !== null).map((v) => [v.year, v.period, v.cell.aggregate.value])).toEqual([
			[2024, 'T1', 20],
			[2025, 'T1', 22.5],
			[2025, 'T2', 25],
			[2026, 'T1', 23.5]
		]);
		expect(view.targets.map((t) => [t.year, t.target.value, t.target.source])).toEqual([
			[2024, 24, 'own'],
			[2025, 24, 'own'],
			[2026, 24, 'own']
		]);
		expect(view.breakdown.map((r) => r.organisation.name)).toEqual(['Familjeenheten']);
	});

	it('goes back at most four years', async () => {
		const c = await createRollupCity(db, 2020);
		let latest = c.share;
		for (let year = 2021; year <= 2026; year++) {
			latest = (await createRollupFramework(db, c, year)).share;
			await linkPreviousIndicators(db, year);
		}
		const view = await loadIndicatorTrend(db, c.north.slug, 2026, latest.id);
		expect(view.targets.map((t) => t.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
	});

	it('finds only an indicator of the year in the framework of the organisation or above it, and for a unit one it holds', async () => {
		const c = await threeYears();
		const notFound = (slug: string, year: number, id: number) => expect(loadIndicatorTrend(db, slug, year, id)).rejects.toBeInstanceOf(NotFoundError);
		// Last year's indicator asked for as this year's.
		await notFound(c.north.slug, 2026, c.y2025.share.id);
		// Norra's own count seen from Södra, a sibling committee.
		await notFound(c.south.slug, 2026, c.y2026.visits.id);
		// Ekonomienheten does not hold the share.
		await notFound(c.economy.slug, 2026, c.y2026.share.id);
		// A unit's own indicator, seen from its sibling.
		const goal = await createGoal(db, { organisation: c.family, parent: c.y2026.committeeGoal, title: 'Familjer får stöd tidigt' });
		const own = await createIndicator(db, { goal, name: 'Antal föräldragrupper', unit: 'st', periodicity: 'year' });
		await notFound(c.adult.slug, 2026, own.id);
		expect((await loadIndicatorTrend(db, c.family.slug, 2026, own.id)).indicator.name).toBe('Antal föräldragrupper');
		await notFound(c.north.slug, 2026, 987654);
	});

	it('costs a fixed number of queries, whatever the number of units and years', async () => {
		const c = await threeYears();
		const north = await countQueries(database, () => loadIndicatorTrend(db, c.north.slug, 2026, c.y2026.share.id));
		const south = await countQueries(database, () => loadIndicatorTrend(db, c.south.slug, 2026, c.y2026.share.id));
		expect(north).toBe(south);
		// The organisation (with its ancestors and the goal levels, 1), the subtree, band, chain,
		// indicators, Årsmål rows, outcome rows: 7.
		expect(north).toBe(7);
	});
});
