import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers, type TestDriver } from '../db/test-database';
import type { Database } from '../db/client';
import { indicatorOutcomes } from '../db/schema';
import { enterOutcome } from '../testing/followup-factories';
import { createRollupCity, createRollupFramework } from '../testing/dashboard-factories';
import { createDepartment, createUnit, setIndicatorTarget } from '../testing/factories';
import { countQueries } from '../testing/count-queries';
import { linkPreviousIndicators } from './link-previous-indicators';
import { loadRollup, type RollupView } from './load-rollup';
import { saveGoalAssessment } from './save-goal-assessment';

const nb = (s: string) => s.replace(/ (%|st)/g, '\u00a0$1');

function indicator(view: RollupView, name: string) {
	const found = view.groups.flatMap((g) => g.indicators).find((i) => i.name === name);
	if (!found) throw new Error(`No indicator ${name} in ${view.organisation.name}'s roll-up`);
	return found;
}

function child(view: RollupView, indicatorName: string, organisationName: string) {
	const found = indicator(view, indicatorName).children.find((c) => c.organisation.name === organisationName);
	if (!found) throw new Error(`No row ${organisationName} under ${indicatorName}`);
	return found;
}

describe.each(testDrivers)('the roll-up of a committee and the council (%s)', (driver: TestDriver) => {
	let database: Database;
	let db: Database['db'];
	beforeAll(async () => {
		database = await createTestDatabase(driver);
		db = database.db;
	});
	afterAll(() => database?.close());

	/** T1 of the share: Familjeenheten 47/200, Vuxenenheten 30/50 (both with kvinnor/män), Hemtjänsten 10/50; Fritidsenheten nothing. */
	async function cityWithShares() {
		const c = await createRollupCity(db);
		await enterOutcome(db, {
			indicator: c.share,
			organisation: c.family,
			period: 'T1',
			fields: { numerator: '47', denominator: '200', women: { numerator: '20', denominator: '100' }, men: { numerator: '27', denominator: '100' } }
		});
		await enterOutcome(db, {
			indicator: c.share,
			organisation: c.adult,
			period: 'T1',
			fields: { numerator: '30', denominator: '50', women: { numerator: '10', denominator: '20' }, men: { numerator: '20', denominator: '30' } }
		});
		await enterOutcome(db, { indicator: c.share, organisation: c.homeCare, period: 'T1', fields: { numerator: '10', denominator: '50' } });
		// Ekonomienheten does not hold the indicator (no Årsmål row): a stray outcome of its must not count.
		await db.insert(indicatorOutcomes).values({ indicatorId: c.share.id, organisationId: c.economy.id, period: 'T1', status: 'reported', value: 99, numerator: 99, denominator: 100 });
		return c;
	}

	it('a committee sees a share as Σ täljare / Σ nämnare over its units: 77/250 = 30,8 %, not the mean 41,75 %', async () => {
		const c = await cityWithShares();
		const view = await loadRollup(db, c.north.slug, 2026, 'T1');
		expect(view.period).toBe('T1');
		expect(view.groups.map((g) => [g.goal.number, g.indicators.map((i) => i.name)])).toEqual([['1.4', ['Andel utredningar i tid']]]);
		const share = indicator(view, 'Andel utredningar i tid');
		// (47 + 30) / (200 + 50) = 77 / 250 = 30,8 %; the mean of 23,5 % and 60 % would be 41,75 %.
		expect(share.total.aggregate).toMatchObject({ numerator: 77, denominator: 250, reported: 2, missing: 1, unweighted: 0, complete: false });
		expect(share.total.aggregate.value).toBeCloseTo(30.8, 10);
		// Kvinnor (20 + 10) / (100 + 20) = 30 / 120 = 25 %; män (27 + 20) / (100 + 30) = 47 / 130 ≈ 36,15 %.
		expect(share.total.aggregate.women).toMatchObject({ numerator: 30, denominator: 120, value: 25 });
		expect(share.total.aggregate.men?.value).toBeCloseTo((47 / 130) * 100, 10);
		// Norra has no Årsmål of its own: KF:s årsmål 32 %. 32 − 5 % × 32 = 30,4 ≤ 30,8 < 32 → delvis.
		expect(share.total.target).toMatchObject({ value: 32, display: nb('32 %'), source: 'council' });
		expect(share.total.fulfilment.level).toBe('partly');
		expect(share.total.holders).toBe(3);

		// A row per unit holding it; Ekonomienheten does not and is named apart.
		expect(share.children.map((r) => r.organisation.name)).toEqual(['Familjeenheten', 'Vuxenenheten', 'Fritidsenheten']);
		expect(share.notHolding.map((o) => o.name)).toEqual(['Ekonomienheten']);
		// Familjeenheten 47/200 = 23,5 % against its own 24 %: 22,8 ≤ 23,5 < 24 → delvis.
		expect(child(view, share.name, 'Familjeenheten')).toMatchObject({ aggregate: { value: 23.5 }, target: { value: 24, source: 'own' }, fulfilment: { level: 'partly' } });
		// Vuxenenheten 30/50 = 60 % against 50 % → uppfyllt.
		expect(child(view, share.name, 'Vuxenenheten')).toMatchObject({ aggregate: { value: 60 }, fulfilment: { level: 'met' } });
		// Fritidsenheten holds it (a blank Årsmål row) and has not reported: missing, no target, not judged.
		expect(child(view, share.name, 'Fritidsenheten')).toMatchObject({
			aggregate: { value: null, reported: 0, missing: 1 },
			target: { source: 'none', display: '' },
			fulfilment: { level: 'notJudged', reason: 'Utfall saknas.' }
		});
	});

	it('the council sees the same across committees and drills down council → committee → unit', async () => {
		const c = await cityWithShares();
		const council = await loadRollup(db, c.municipality.slug, 2026, 'T1');
		const share = indicator(council, 'Andel utredningar i tid');
		// (47 + 30 + 10) / (200 + 50 + 50) = 87 / 300 = 29 %: below 30,4 → ej uppfyllt against KF:s 32 %.
		expect(share.total.aggregate).toMatchObject({ numerator: 87, denominator: 300, reported: 3, missing: 1 });
		expect(share.total.aggregate.value).toBeCloseTo(29, 10);
		expect(share.total.fulfilment.level).toBe('notMet');
		// Hemtjänsten gave no kvinnor/män: the council's gender parts are left empty rather than partial.
		expect(share.total.aggregate.women).toBeNull();
		expect(share.children.map((r) => r.organisation.name)).toEqual(['Norra nämnden', 'Södra nämnden']);
		const north = child(council, share.name, 'Norra nämnden');
		expect(north.aggregate).toMatchObject({ numerator: 77, denominator: 250 });
		expect(north.fulfilment.level).toBe('partly');
		// Södra nämnden has its own Årsmål 25 %: 10/50 = 20 % < 23,75 → ej uppfyllt.
		expect(child(council, share.name, 'Södra nämnden')).toMatchObject({ aggregate: { value: 20 }, target: { value: 25, source: 'own' }, fulfilment: { level: 'notMet' } });

		// Drill down: the committee's total is the council's row for it; the unit's total its own outcome.
		const committee = await loadRollup(db, north.organisation.slug, 2026, 'T1');
		expect(indicator(committee, share.name).total.aggregate).toEqual(north.aggregate);
		const unit = await loadRollup(db, c.family.slug, 2026, 'T1');
		const own = indicator(unit, share.name);
		expect(own.total).toMatchObject({ aggregate: { value: 23.5, numerator: 47, denominator: 200 }, target: { value: 24, source: 'own' }, fulfilment: { level: 'partly' } });
		expect(own.children).toEqual([]);
		// A unit that does not hold the indicator has nothing to follow up.
		expect((await loadRollup(db, c.economy.slug, 2026, 'T1')).groups).toEqual([]);
	});

	it('sums a count, shows the committee its own indicators, and defaults to the latest reported period', async () => {
		const c = await createRollupCity(db);
		// Nothing reported yet: T1.
		expect((await loadRollup(db, c.north.slug, 2026, null)).period).toBe('T1');
		await enterOutcome(db, { indicator: c.visits, organisation: c.family, period: 'T2', fields: { value: '12' } });
		await enterOutcome(db, { indicator: c.visits, organisation: c.adult, period: 'T2', fields: { value: '30' } });
		const view = await loadRollup(db, c.north.slug, 2026, null);
		expect(view.period).toBe('T2');
		// T2 holds the tertial share and the half-year count; the count stands under the nämndmål.
		expect(view.groups.map((g) => [g.goal.number, g.indicators.map((i) => i.name)])).toEqual([
			['1.4', ['Andel utredningar i tid']],
			['1.4.1', ['Antal hembesök']]
		]);
		const visits = indicator(view, 'Antal hembesök');
		// 12 + 30 = 42. No Årsmål for Norra and no KF:s årsmål: not judged.
		expect(visits.total.aggregate).toMatchObject({ value: 42, reported: 2, missing: 0, complete: true });
		expect(visits.total.fulfilment).toMatchObject({ level: 'notJudged', reason: 'Inget årsmål att bedöma mot.' });
		expect(child(view, visits.name, 'Vuxenenheten')).toMatchObject({ aggregate: { value: 30 }, target: { value: 25 }, fulfilment: { level: 'met' } });
		// The council's roll-up holds only the council's indicators.
		expect(indicator(await loadRollup(db, c.municipality.slug, 2026, 'T2'), 'Andel utredningar i tid')).toBeTruthy();
		expect((await loadRollup(db, c.municipality.slug, 2026, 'T2')).groups.flatMap((g) => g.indicators.map((i) => i.name))).toEqual(['Andel utredningar i tid']);
		// A goal assessment counts as reporting too: VB assessed → VB is the latest.
		await saveGoalAssessment(db, { goalId: c.committeeGoal.id, organisationId: c.family.id, year: 2026, period: 'VB', version: 0, fields: { level: 'met', analysis: '', measures: '' } });
		expect((await loadRollup(db, c.north.slug, 2026, null)).period).toBe('VB');
		// The council's default looks at every unit below it; a unit's only at itself: Vuxenenheten
		// reported in T2 and assessed nothing in VB.
		expect((await loadRollup(db, c.municipality.slug, 2026, null)).period).toBe('VB');
		expect((await loadRollup(db, c.family.slug, 2026, null)).period).toBe('VB');
		expect((await loadRollup(db, c.adult.slug, 2026, null)).period).toBe('T2');
	});

	it('weights an index by respondents and filters by area goal', async () => {
		const c = await createRollupCity(db);
		await enterOutcome(db, { indicator: c.engagement, organisation: c.family, period: 'VB', fields: { value: '80', respondents: '10' } });
		await enterOutcome(db, { indicator: c.engagement, organisation: c.adult, period: 'VB', fields: { value: '70', respondents: '30' } });
		const all = await loadRollup(db, c.municipality.slug, 2026, 'VB');
		expect(all.areaGoals.map((g) => g.number)).toEqual(['1.4', '2.1']);
		expect(all.groups.map((g) => g.goal.number)).toEqual(['1.4', '2.1']);
		const engagement = indicator(all, 'Engagemangsindex');
		// (80 × 10 + 70 × 30) / (10 + 30) = 2 900 / 40 = 72,5, not the mean 75.
		expect(engagement.total.aggregate).toMatchObject({ value: 72.5, respondents: 40 });
		// KF:s årsmål 75: 75 − 3,75 = 71,25 ≤ 72,5 < 75 → delvis.
		expect(engagement.total.fulfilment.level).toBe('partly');
		// Only Norra's units hold it.
		expect(engagement.children.map((r) => r.organisation.name)).toEqual(['Norra nämnden']);
		expect(engagement.notHolding.map((o) => o.name)).toEqual(['Södra nämnden']);

		const filtered = await loadRollup(db, c.municipality.slug, 2026, 'VB', { areaGoalId: c.area2.id });
		expect(filtered.areaGoalId).toBe(c.area2.id);
		expect(filtered.groups.map((g) => g.goal.number)).toEqual(['2.1']);
		// An id that is not an area goal of the year means all.
		const unknown = await loadRollup(db, c.municipality.slug, 2026, 'VB', { areaGoalId: c.direction.id });
		expect(unknown.areaGoalId).toBeNull();
		expect(unknown.groups).toHaveLength(2);
		// The committee's nämndmål falls under its area goal.
		const committee = await loadRollup(db, c.north.slug, 2026, 'VB', { areaGoalId: c.area.id });
		expect(committee.groups.map((g) => g.goal.number)).toEqual(['1.4', '1.4.1']);
	});

	it('judges a textual target against the same period last year\'s roll-up', async () => {
		const c = await createRollupCity(db, 2025);
		const now = await createRollupFramework(db, c, 2026);
		await linkPreviousIndicators(db, 2026);
		await setIndicatorTarget(db, now.share, c.north, 'öka');
		// 2025: (40 + 20) / (200 + 50) = 60 / 250 = 24 %. 2026: 77 / 250 = 30,8 %.
		await enterOutcome(db, { indicator: c.share, organisation: c.family, year: 2025, period: 'T1', fields: { numerator: '40', denominator: '200' } });
		await enterOutcome(db, { indicator: c.share, organisation: c.adult, year: 2025, period: 'T1', fields: { numerator: '20', denominator: '50' } });
		await enterOutcome(db, { indicator: now.share, organisation: c.family, period: 'T1', fields: { numerator: '47', denominator: '200' } });
		await enterOutcome(db, { indicator: now.share, organisation: c.adult, period: 'T1', fields: { numerator: '30', denominator: '50' } });
		const view = await loadRollup(db, c.north.slug, 2026, 'T1');
		expect(view.years).toEqual([2026, 2025]);
		const share = indicator(view, 'Andel utredningar i tid');
		expect(share.total.target).toMatchObject({ text: 'öka', source: 'own', display: 'öka' });
		expect(share.total.previous).toMatchObject({ numerator: 60, denominator: 250, value: 24 });
		expect(share.total.fulfilment).toMatchObject({
			level: 'met',
			reason: nb('Utfallet 30,8 % är högre än samma period förra året (24 %); målet är att öka.')
		});
		// T2: nothing either year → not judged.
		expect(indicator(await loadRollup(db, c.north.slug, 2026, 'T2'), share.name).total.fulfilment.level).toBe('notJudged');
	});

	it('reads last year only where a target is textual: a committee\'s "öka" under the council, over last year\'s holders', async () => {
		const c = await createRollupCity(db, 2025);
		// 2025 only: Ekonomienheten held the share too (a blank Årsmål row).
		await setIndicatorTarget(db, c.share, c.economy, null);
		const now = await createRollupFramework(db, c, 2026);
		await linkPreviousIndicators(db, 2026);
		await setIndicatorTarget(db, now.share, c.north, 'öka');
		// 2025 under Norra: (40 + 20 + 10) / (200 + 50 + 10) = 70 / 260 ≈ 26,9 %. 2026: 77 / 250 = 30,8 %.
		await enterOutcome(db, { indicator: c.share, organisation: c.family, year: 2025, period: 'T1', fields: { numerator: '40', denominator: '200' } });
		await enterOutcome(db, { indicator: c.share, organisation: c.adult, year: 2025, period: 'T1', fields: { numerator: '20', denominator: '50' } });
		await enterOutcome(db, { indicator: c.share, organisation: c.economy, year: 2025, period: 'T1', fields: { numerator: '10', denominator: '10' } });
		await enterOutcome(db, { indicator: c.share, organisation: c.homeCare, year: 2025, period: 'T1', fields: { numerator: '5', denominator: '50' } });
		await enterOutcome(db, { indicator: now.share, organisation: c.family, period: 'T1', fields: { numerator: '47', denominator: '200' } });
		await enterOutcome(db, { indicator: now.share, organisation: c.adult, period: 'T1', fields: { numerator: '30', denominator: '50' } });
		await enterOutcome(db, { indicator: now.share, organisation: c.homeCare, period: 'T1', fields: { numerator: '10', denominator: '50' } });
		const view = await loadRollup(db, c.municipality.slug, 2026, 'T1');
		const north = child(view, 'Andel utredningar i tid', 'Norra nämnden');
		expect(north.target).toMatchObject({ text: 'öka', source: 'own' });
		expect(north.previous).toMatchObject({ numerator: 70, denominator: 260, reported: 3, missing: 1 });
		expect(north.fulfilment.level).toBe('met');
		// The council (KF:s 32 %) and Södra (its own 25 %) have numbers: last year is not read for them.
		const share = indicator(view, 'Andel utredningar i tid');
		expect(share.total.target).toMatchObject({ value: 32, source: 'council' });
		expect(share.total.previous).toBeNull();
		expect(child(view, 'Andel utredningar i tid', 'Södra nämnden').previous).toBeNull();
		// 2026 at the council: (47 + 30 + 10) / (200 + 50 + 50) = 87 / 300 = 29 % < 32 %.
		expect(share.total.aggregate).toMatchObject({ numerator: 87, denominator: 300 });
		expect(share.total.aggregate.value).toBeCloseTo(29, 9);
	});

	it('rolls a department up from the units below it, and the committee from all of them', async () => {
		const c = await createRollupCity(db);
		const department = await createDepartment(db, c.north, { name: 'Socialtjänstavdelningen', slug: `${c.north.slug}-soc` });
		const youth = await createUnit(db, department, { name: 'Ungdomsenheten', slug: `${c.north.slug}-ungdom` });
		await setIndicatorTarget(db, c.share, youth, 30);
		await enterOutcome(db, { indicator: c.share, organisation: youth, period: 'T1', fields: { numerator: '9', denominator: '30' } });
		await enterOutcome(db, { indicator: c.share, organisation: c.family, period: 'T1', fields: { numerator: '47', denominator: '200' } });
		const view = await loadRollup(db, c.north.slug, 2026, 'T1');
		// The department's row: Ungdomsenheten's 9/30 = 30 %, against KF:s 32 % (no Årsmål of its own).
		expect(child(view, 'Andel utredningar i tid', 'Socialtjänstavdelningen')).toMatchObject({
			holders: 1,
			aggregate: { numerator: 9, denominator: 30 },
			target: { value: 32, source: 'council' }
		});
		// Norra: (47 + 9) / (200 + 30) = 56 / 230; Vuxenenheten and Fritidsenheten hold it and are missing.
		expect(indicator(view, 'Andel utredningar i tid').total.aggregate).toMatchObject({ numerator: 56, denominator: 230, reported: 2, missing: 2 });
		// The department's own page has the unit as its row.
		const own = await loadRollup(db, department.slug, 2026, 'T1');
		expect(indicator(own, 'Andel utredningar i tid').children.map((r) => [r.organisation.name, r.aggregate.value])).toEqual([['Ungdomsenheten', 30]]);
	});

	it('shows a unit\'s override in its row, the computed level beside it', async () => {
		const c = await createRollupCity(db);
		await enterOutcome(db, {
			indicator: c.share,
			organisation: c.family,
			period: 'T1',
			fields: { numerator: '20', denominator: '200', overrideLevel: 'partly', overrideJustification: 'Tre ärenden flyttades sent.' }
		});
		const row = child(await loadRollup(db, c.north.slug, 2026, 'T1'), 'Andel utredningar i tid', 'Familjeenheten');
		// 10 % against 24 % → computed ej uppfyllt; the unit's editor said delvis.
		expect(row.fulfilment).toMatchObject({ level: 'partly', reason: 'Tre ärenden flyttades sent.', computed: { level: 'notMet' } });
	});

	it('costs a fixed number of queries, whatever the number of units and indicators', async () => {
		const c = await cityWithShares();
		await enterOutcome(db, { indicator: c.visits, organisation: c.family, period: 'T2', fields: { value: '12' } });
		// Norra: four units, two indicators in T2; Södra: one unit, one indicator. Same depth in the tree.
		const north = await countQueries(database, () => loadRollup(db, c.north.slug, 2026, 'T2'));
		const south = await countQueries(database, () => loadRollup(db, c.south.slug, 2026, 'T2'));
		expect(north).toBe(south);
		// The organisation (1: itself, the municipality and the goal levels together), the subtree, years,
		// band, goals, indicators, then the Årsmål rows of the committee and its units, the overrides
		// of the units shown and the sums per unit: 9.
		expect(north).toBe(9);
	});
});
