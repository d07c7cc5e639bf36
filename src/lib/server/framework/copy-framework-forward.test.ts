import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database, DbOrTx } from '../db/client';
import { activities, goalApplicability, goals, indicatorTargets, indicators, organisations } from '../db/schema';
import { createActivity, setIndicatorTarget } from '../testing/factories';
import { buildExamplePlan, countRows } from '../interchange/test-fixtures';
import { copyFrameworkForward } from './copy-framework-forward';
import { compareGoalNumbers } from '../../domain/cascade/numbering';

/** The goals an organisation owns in a year, with what hangs under them, in a comparable form. */
async function frameworkOf(db: DbOrTx, slug: string, year: number) {
	const [org] = await db.select().from(organisations).where(eq(organisations.slug, slug));
	const rows = await db
		.select()
		.from(goals)
		.where(and(eq(goals.organisationId, org.id), eq(goals.year, year)))
		.orderBy(asc(goals.id));
	rows.sort((a, b) => compareGoalNumbers(a.number, b.number));
	const ids = rows.map((g) => g.id);
	const parentNumbers = new Map((await db.select().from(goals).where(eq(goals.year, year))).map((g) => [g.id, g.number]));
	const indicatorRows = ids.length ? await db.select().from(indicators).where(inArray(indicators.goalId, ids)).orderBy(asc(indicators.id)) : [];
	const targetRows = indicatorRows.length
		? await db.select().from(indicatorTargets).where(inArray(indicatorTargets.indicatorId, indicatorRows.map((i) => i.id)))
		: [];
	const activityRows = ids.length ? await db.select().from(activities).where(inArray(activities.goalId, ids)).orderBy(asc(activities.id)) : [];
	const chosen = ids.length ? await db.select().from(goalApplicability).where(inArray(goalApplicability.goalId, ids)) : [];
	return rows.map((g) => ({
		number: g.number,
		parent: g.parentId === null ? null : parentNumbers.get(g.parentId),
		title: g.title,
		sections: g.sections,
		position: g.position,
		indicators: indicatorRows
			.filter((i) => i.goalId === g.id)
			.map((i) => ({
				name: i.name,
				council: [i.councilTargetValue, i.councilTargetText],
				targets: targetRows.filter((t) => t.indicatorId === i.id).map((t) => [t.organisationId, t.targetValue, t.targetText])
			})),
		activities: activityRows.filter((a) => a.goalId === g.id).map((a) => [a.title, a.start, a.end]),
		chosenFor: chosen.filter((c) => c.goalId === g.id).map((c) => c.organisationId)
	}));
}

describe.each(testDrivers)('copying a framework forward on %s', (driver) => {
	let database: Database;
	let ids: Awaited<ReturnType<typeof buildExamplePlan>>;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
		ids = await buildExamplePlan(database.db, 2028);
		// The committee's own Årsmål for its indicator, and a nämnd activity ending on leap day.
		const [timely] = await database.db.select().from(indicators).where(eq(indicators.goalId, ids.goals.n111.id));
		await setIndicatorTarget(database.db, timely, ids.committee, 75);
		await createActivity(database.db, { goal: ids.goals.n111, title: 'Skottdagsgenomgång 2028', start: '2028-02-01', end: '2028-02-29', position: 1 });
	});
	afterAll(() => database?.close());

	it('refuses the committee before the council framework exists, naming what to copy first, and writes nothing', async () => {
		const before = await countRows(database.db);
		const result = await copyFrameworkForward(database.db, { slug: 'norra-namnden', fromYear: 2028, toYear: 2029 });
		expect(result).toEqual({
			ok: false,
			errors: { toYear: 'Målet 1.1 ”Barn och unga har goda uppväxtvillkor” finns inte för 2029. Kopiera först kommunens målramverk till 2029.' }
		});
		expect(await countRows(database.db)).toEqual(before);
	});

	it('copies the council framework: goals, sections, indicators with KF targets and activities with dates moved', async () => {
		const result = await copyFrameworkForward(database.db, { slug: 'exempelstad', fromYear: 2028, toYear: 2029 });
		// KF 1, 1.1, 1.2, 2, 2.1; the three indicators and the activity under 1.1.
		expect(result).toEqual({ ok: true, value: { goals: 5, indicators: 3, activities: 1 } });
		const copied = await frameworkOf(database.db, 'exempelstad', 2029);
		expect(copied.map((g) => [g.number, g.parent, g.title, g.position])).toEqual([
			['1', null, 'En stad där alla kan växa', 0],
			['1.1', '1', 'Barn och unga har goda uppväxtvillkor', 0],
			['1.2', '1', 'Äldre har en trygg vardag', 1],
			['2', null, 'Ekonomin är i balans', 1],
			['2.1', '2', 'Resurserna används effektivt', 0]
		]);
		const kf11 = copied[1];
		expect(kf11.sections).toEqual({ Beskrivning: 'Staden ger barn en trygg start.' });
		// KF:s årsmål come along; the unit's targets (5,5 % and öka) move with its plan, not here.
		expect(kf11.indicators).toEqual([
			{ name: 'Andel barn som åter blir föremål för anmälan', council: [24, null], targets: [] },
			{ name: 'Antal familjer som fått stöd i tid', council: [null, 'öka'], targets: [] },
			{ name: 'Brukarnöjdhet', council: [null, null], targets: [] }
		]);
		expect(kf11.activities).toEqual([['Stadens barnrättsarbete samordnas', '2029-01-01', '2029-12-31']]);
	});

	it('copies the nämndmål under the new council goals, with the committee’s targets, applicability and 29 February moved to the 28th', async () => {
		const result = await copyFrameworkForward(database.db, { slug: 'norra-namnden', fromYear: 2028, toYear: 2029 });
		expect(result).toEqual({ ok: true, value: { goals: 2, indicators: 2, activities: 2 } });
		const copied = await frameworkOf(database.db, 'norra-namnden', 2029);
		expect(copied.map((g) => [g.number, g.parent, g.title])).toEqual([
			['1.1.1', '1.1', 'Förebyggande insatser ger barn goda uppväxtvillkor'],
			['2.1.1', '2.1', 'Budgeten hålls']
		]);
		const [n111, n211] = copied;
		expect(n111.sections).toEqual({ Beskrivning: 'Nämnden satsar på tidiga insatser.', 'Förväntat resultat': 'Färre barn behöver placeras.' });
		expect(n111.indicators).toEqual([
			{ name: 'Andel utredningar klara inom fyra månader', council: [null, 'Tas fram av nämnd'], targets: [[ids.committee.id, 75, null]] }
		]);
		expect(n111.activities).toEqual([
			['Enheternas registerförteckning revideras', '2029-02-01', '2029-06-30'],
			['Skottdagsgenomgång 2029', '2029-02-01', '2029-02-28']
		]);
		expect(n111.chosenFor).toEqual([ids.unit.id]);
		expect(n211.chosenFor).toEqual([]);
		// The new nämndmål hang under the 2029 council goals, not the 2028 ones.
		const parents = await database.db
			.select({ year: goals.year })
			.from(goals)
			.where(inArray(goals.id, (await database.db.select({ p: goals.parentId }).from(goals).where(and(eq(goals.organisationId, ids.committee.id), eq(goals.year, 2029)))).map((r) => r.p!)));
		expect(parents.map((p) => p.year)).toEqual([2029, 2029]);
	});

	it('refuses a year that already has the organisation’s goals, and a unit, and writes nothing', async () => {
		const before = await countRows(database.db);
		expect(await copyFrameworkForward(database.db, { slug: 'exempelstad', fromYear: 2028, toYear: 2029 })).toEqual({
			ok: false,
			errors: { toYear: 'Exempelstad har redan mål för 2029. Kopieringen görs bara till ett år utan mål.' }
		});
		expect(await copyFrameworkForward(database.db, { slug: 'exempelstad', fromYear: 2025, toYear: 2026 })).toEqual({
			ok: false,
			errors: { fromYear: 'Exempelstad har inga mål för 2025 att kopiera.' }
		});
		expect((await copyFrameworkForward(database.db, { slug: 'familjeenheten', fromYear: 2028, toYear: 2029 })).ok).toBe(false);
		expect(await countRows(database.db)).toEqual(before);
	});
});
