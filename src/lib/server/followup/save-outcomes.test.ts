import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database, DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import { changeLog, indicatorOutcomes, indicatorTargets } from '../db/schema';
import { createFollowupCity, enterOutcome } from '../testing/followup-factories';
import { createIndicator } from '../testing/factories';
import { asActor, createPerson } from '../testing/history-factories';
import { countQueries } from '../testing/count-queries';
import { storedOutcome } from './outcome-row';
import { outcomeRefusals, saveOutcomes, type OutcomeItem, type SaveOutcomesResult } from './save-outcomes';

const conflictMessage = 'Någon annan har sparat utfallet medan du skrev. Deras version visas bredvid din. Spara igen för att behålla din.';

function saved(result: SaveOutcomesResult) {
	if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusals)}`);
	return result.value;
}

describe.each(testDrivers)('saving many outcomes at once (%s)', (driver) => {
	let database: Database;
	let db: Database['db'];
	let n = 0;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
		db = database.db;
	});
	afterAll(() => database?.close());

	/** Each test its own city (slugs numbered); see createFollowupFramework for what it holds. */
	const city = () => createFollowupCity(db, 2026, ++n);


	const rowsOf = (organisationIds: number[]) =>
		db.select().from(indicatorOutcomes).where(inArray(indicatorOutcomes.organisationId, organisationIds)).orderBy(indicatorOutcomes.id);
	const historyOf = (organisationIds: number[]) =>
		db
			.select()
			.from(changeLog)
			.where(and(eq(changeLog.tableName, 'indicator_outcomes'), inArray(changeLog.organisationId, organisationIds)))
			.orderBy(changeLog.id);

	it('saves many outcomes in one call, each in the history with the acting user', async () => {
		const c = await city();
		const person = await createPerson(db);
		const result = await asActor(db, person.id, (tx) =>
			saveOutcomes(tx, {
				year: 2026,
				period: 'T2',
				items: [
					{
						indicatorId: c.share.id,
						organisationId: c.unit.id,
						version: 0,
						fields: { numerator: '41', denominator: '50', women: { numerator: '22', denominator: '25' }, men: { numerator: '19', denominator: '25' } }
					},
					// No total: computed from kvinnor and män, Σtäljare/Σnämnare.
					{ indicatorId: c.share.id, organisationId: c.otherUnit.id, version: 0, fields: { women: { numerator: '9', denominator: '12' }, men: { numerator: '6', denominator: '8' } } },
					{ indicatorId: c.visits.id, organisationId: c.unit.id, version: 0, fields: { value: '130 st', comment: 'Två tjänster vakanta i maj.' } }
				]
			})
		);
		const value = saved(result);
		expect(value.changed).toBe(3);
		const [share, otherShare, visits] = value.outcomes;
		// 41/50 = 82 %, kvinnor 22/25 = 88 %, män 19/25 = 76 %.
		expect(share).toMatchObject({ changed: true, stored: { version: 1, outcome: { status: 'reported', value: 82, numerator: 41, denominator: 50 } } });
		expect(share.stored?.outcome.women).toEqual({ value: 88, numerator: 22, denominator: 25, respondents: null });
		expect(share.stored?.outcome.men).toEqual({ value: 76, numerator: 19, denominator: 25, respondents: null });
		// (9 + 6) / (12 + 8) = 15/20 = 75 %.
		expect(otherShare.stored?.outcome).toMatchObject({ value: 75, numerator: 15, denominator: 20, totalFromParts: true });
		expect(visits.stored?.outcome).toMatchObject({ value: 130, comment: 'Två tjänster vakanta i maj.' });

		// What the call returned is what is stored.
		const rows = await rowsOf([c.unit.id, c.otherUnit.id]);
		expect(rows.map((r) => [r.indicatorId, r.organisationId, r.period, r.value, r.version])).toEqual([
			[c.share.id, c.unit.id, 'T2', 82, 1],
			[c.share.id, c.otherUnit.id, 'T2', 75, 1],
			[c.visits.id, c.unit.id, 'T2', 130, 1]
		]);
		expect(rows.map(storedOutcome)).toEqual(value.outcomes.map((o) => o.stored));
		// The triggers ran for every row of the one statement, with the user the transaction names.
		const history = await historyOf([c.unit.id, c.otherUnit.id]);
		expect(history.map((h) => [h.operation, h.rowKey, h.userId, h.newValue?.value])).toEqual([
			['insert', String(rows[0].id), person.id, 82],
			['insert', String(rows[1].id), person.id, 75],
			['insert', String(rows[2].id), person.id, 130]
		]);
	});

	it('writes nothing if any item is bad, and reports every bad item by its index', async () => {
		const c = await city();
		const items: OutcomeItem[] = [
			{ indicatorId: c.share.id, organisationId: c.unit.id, version: 0, fields: { numerator: '30', denominator: '40' } },
			{ indicatorId: c.share.id, organisationId: c.otherUnit.id, version: 0, fields: { numerator: '60', denominator: '50' } },
			// Vuxenenheten has no Årsmål row for the committee's count.
			{ indicatorId: c.visits.id, organisationId: c.otherUnit.id, version: 0, fields: { value: '12' } },
			// Nöjd-brukar-index is reported once a year, in VB.
			{ indicatorId: c.satisfaction.id, organisationId: c.unit.id, version: 0, fields: { value: '81' } },
			{ indicatorId: c.visits.id, organisationId: c.unit.id, version: 0, fields: { value: '12', comment: 'x'.repeat(5001) } },
			{ indicatorId: c.visits.id, organisationId: c.unit.id, version: 0, fields: { value: '14', overrideLevel: 'met' } },
			// The same outcome as the first item.
			{ indicatorId: c.share.id, organisationId: c.unit.id, version: 0, fields: { numerator: '31', denominator: '40' } }
		];
		expect(await saveOutcomes(db, { year: 2026, period: 'T2', items })).toEqual({
			ok: false,
			refusals: {
				1: { ok: false, errors: { numerator: 'Täljaren kan inte vara större än nämnaren.' } },
				2: { ok: false, errors: { form: outcomeRefusals.notInPlan } },
				3: { ok: false, errors: { form: 'Indikatorn redovisas inte i Tertialrapport 2 2026 (periodicitet År).' } },
				4: { ok: false, errors: { comment: 'Högst 5000 tecken.' } },
				5: { ok: false, errors: { overrideJustification: 'Skriv en motivering till varför bedömningen ändras.' } },
				6: { ok: false, errors: { form: outcomeRefusals.twice } }
			}
		});
		expect(await rowsOf([c.unit.id, c.otherUnit.id])).toEqual([]);
		expect(await historyOf([c.unit.id, c.otherUnit.id])).toEqual([]);
	});

	it('a stale item (saved by someone since it was read, or created by someone) refuses the whole save and returns theirs', async () => {
		const c = await city();
		await enterOutcome(db, { indicator: c.share, organisation: c.unit, period: 'T2', fields: { value: '70' } });
		await enterOutcome(db, { indicator: c.share, organisation: c.unit, period: 'T2', version: 1, fields: { value: '72' } });
		await enterOutcome(db, { indicator: c.share, organisation: c.otherUnit, period: 'T2', fields: { value: '60' } });
		const result = await saveOutcomes(db, {
			year: 2026,
			period: 'T2',
			items: [
				{ indicatorId: c.visits.id, organisationId: c.unit.id, version: 0, fields: { value: '5' } },
				// Started from version 1; someone saved 72 as version 2 since.
				{ indicatorId: c.share.id, organisationId: c.unit.id, version: 1, fields: { value: '90' } },
				// Entered as the first outcome, but Vuxenenheten's is there already.
				{ indicatorId: c.share.id, organisationId: c.otherUnit.id, version: 0, fields: { value: '61' } }
			]
		});
		if (result.ok) throw new Error('expected a refusal');
		expect(Object.keys(result.refusals)).toEqual(['1', '2']);
		expect(result.refusals[1]).toMatchObject({ errors: { form: conflictMessage }, conflict: { version: 2, outcome: { value: 72 } } });
		expect(result.refusals[2]).toMatchObject({ errors: { form: conflictMessage }, conflict: { version: 1, outcome: { value: 60 } } });
		const rows = await rowsOf([c.unit.id, c.otherUnit.id]);
		expect(rows.map((r) => [r.indicatorId, r.organisationId, r.value, r.version])).toEqual([
			[c.share.id, c.unit.id, 72, 2],
			[c.share.id, c.otherUnit.id, 60, 1]
		]);
		// Naming a version of an outcome that is not there (deleted since) is stale too, with nothing to show.
		const gone = await saveOutcomes(db, { year: 2026, period: 'T2', items: [{ indicatorId: c.visits.id, organisationId: c.unit.id, version: 3, fields: { value: '5' } }] });
		expect(gone).toEqual({ ok: false, refusals: { 0: { ok: false, errors: { form: conflictMessage }, conflict: null } } });
	});

	it('items that say what is stored are not written: no new version, no line in the history', async () => {
		const c = await city();
		const items: OutcomeItem[] = [
			{ indicatorId: c.share.id, organisationId: c.unit.id, version: 0, fields: { numerator: '47', denominator: '200' } },
			{ indicatorId: c.share.id, organisationId: c.otherUnit.id, version: 0, fields: { value: '75,5', comment: 'Från enkäten.' } },
			{ indicatorId: c.visits.id, organisationId: c.unit.id, version: 0, fields: { value: '130' } }
		];
		saved(await saveOutcomes(db, { year: 2026, period: 'T2', items }));
		expect(await historyOf([c.unit.id, c.otherUnit.id])).toHaveLength(3);

		const again = saved(
			await saveOutcomes(db, {
				year: 2026,
				period: 'T2',
				items: [
					{ ...items[0], version: 1 },
					// "75,50" reads as the same 75,5.
					{ ...items[1], version: 1, fields: { value: '75,50', comment: 'Från enkäten.' } },
					{ ...items[2], version: 1, fields: { value: '131' } }
				]
			})
		);
		expect(again.changed).toBe(1);
		expect(again.outcomes.map((o) => [o.changed, o.stored?.version, o.stored?.outcome.value])).toEqual([
			[false, 1, 23.5], // 47/200 = 23,5 %
			[false, 1, 75.5],
			[true, 2, 131]
		]);
		const history = await historyOf([c.unit.id, c.otherUnit.id]);
		expect(history.map((h) => [h.operation, h.newValue?.value])).toEqual([
			['insert', 23.5],
			['insert', 75.5],
			['insert', 130],
			['update', 131]
		]);

		// A blank outcome that never existed is not stored either.
		const blank = saved(
			await saveOutcomes(db, { year: 2026, period: 'VB', items: [{ indicatorId: c.satisfaction.id, organisationId: c.unit.id, version: 0, fields: {} }] })
		);
		expect(blank).toEqual({ outcomes: [{ stored: null, changed: false }], changed: 0 });
		expect(await historyOf([c.unit.id, c.otherUnit.id])).toHaveLength(4);
	});

	it('refuses items of another year, or of a sibling unit', async () => {
		const c = await city();
		// The city's indicators are 2026's: the 2025 report has none of them.
		const lastYear = await saveOutcomes(db, {
			year: 2025,
			period: 'VB',
			items: [
				{ indicatorId: c.share.id, organisationId: c.unit.id, version: 0, fields: { value: '80' } },
				{ indicatorId: c.visits.id, organisationId: c.unit.id, version: 0, fields: { value: '100' } }
			]
		});
		expect(lastYear).toEqual({
			ok: false,
			refusals: { 0: { ok: false, errors: { form: outcomeRefusals.notInPlan } }, 1: { ok: false, errors: { form: outcomeRefusals.notInPlan } } }
		});
		// Familjeenheten's own index is not Vuxenenheten's, nor is it the committee's to report.
		const sibling = await saveOutcomes(db, {
			year: 2026,
			period: 'VB',
			items: [
				{ indicatorId: c.share.id, organisationId: c.otherUnit.id, version: 0, fields: { value: '80' } },
				{ indicatorId: c.satisfaction.id, organisationId: c.otherUnit.id, version: 0, fields: { value: '81' } },
				{ indicatorId: c.satisfaction.id, organisationId: c.committee.id, version: 0, fields: { value: '81' } }
			]
		});
		expect(sibling).toEqual({
			ok: false,
			refusals: { 1: { ok: false, errors: { form: outcomeRefusals.notInPlan } }, 2: { ok: false, errors: { form: outcomeRefusals.notInPlan } } }
		});
		expect(await rowsOf([c.unit.id, c.otherUnit.id, c.committee.id])).toEqual([]);
	});

	it('a row changed or created between the read and the write makes it a conflict, and nothing is written', async () => {
		const c = await city();
		await enterOutcome(db, { indicator: c.share, organisation: c.unit, period: 'T2', fields: { value: '70' } });
		const [row] = await rowsOf([c.unit.id]);
		const items: OutcomeItem[] = [
			{ indicatorId: c.visits.id, organisationId: c.unit.id, version: 0, fields: { value: '130' } },
			{ indicatorId: c.share.id, organisationId: c.unit.id, version: 1, fields: { value: '72' } }
		];
		// Someone saves the share (version 1 → 2) after the save read it.
		const changed = await saveOutcomes(db, { year: 2026, period: 'T2', items }, {
			beforeWrite: async (tx: DbOrTx) => {
				await tx.update(indicatorOutcomes).set({ value: 99, version: 2 }).where(eq(indicatorOutcomes.id, row.id));
			}
		});
		// Their change was made inside the save's own transaction (a stand-in for another connection),
		// so it is undone with it: what comes back is what is stored, version 1.
		expect(changed).toEqual({ ok: false, refusals: { 1: { ok: false, errors: { form: conflictMessage }, conflict: storedOutcome(row) } } });
		// Someone enters the count first.
		const created = await saveOutcomes(db, { year: 2026, period: 'T2', items }, {
			beforeWrite: async (tx: DbOrTx) => {
				await tx.insert(indicatorOutcomes).values({ indicatorId: c.visits.id, organisationId: c.unit.id, period: 'T2', status: 'reported', value: 140 });
			}
		});
		expect(created).toEqual({ ok: false, refusals: { 0: { ok: false, errors: { form: conflictMessage }, conflict: null } } });
		expect(await rowsOf([c.unit.id])).toEqual([row]);
		expect(await historyOf([c.unit.id])).toHaveLength(1);
	});

	it('costs a fixed number of queries, whatever the number of items', async () => {
		const c = await city();
		// 101 of the committee's tertial counts, each with an Årsmål row for both units: 202 outcomes.
		const counts = [];
		for (let i = 0; i < 101; i++) {
			counts.push(await createIndicator(db, { goal: c.committeeGoal, name: `Antal ${i}`, unit: 'st', periodicity: 'tertial', position: i + 1 }));
		}
		await db.insert(indicatorTargets).values(counts.flatMap((k) => [c.unit, c.otherUnit].map((u) => ({ indicatorId: k.id, organisationId: u.id, targetValue: 10 }))));
		const pairs = counts.flatMap((k) => [c.unit, c.otherUnit].map((u) => ({ indicatorId: k.id, organisationId: u.id })));
		// 200 items: the first 200 pairs; 2 items: the last two.
		const many = (size: 2 | 200, version: number, value: (i: number) => number): OutcomeItem[] =>
			(size === 200 ? pairs.slice(0, 200) : pairs.slice(200))
				.map((pair, i) => ({ ...pair, version, fields: { value: String(value(i)) } }));
		const one = (version: number, value: string): OutcomeItem[] => [{ indicatorId: c.share.id, organisationId: c.unit.id, version, fields: { value } }];
		const save = (items: OutcomeItem[]) => countQueries(database, () => saveOutcomes(db, { year: 2026, period: 'T1', items }).then(saved));

		// The indicators the units may report and the stored rows (2), and one insert or update: a
		// single row needs no transaction of its own.
		expect(await save(one(0, '70'))).toBe(3);
		expect(await save(one(1, '71'))).toBe(3);
		// More rows: the same, and a transaction around the write (its begin and commit: 2).
		expect(await save(many(2, 0, (i) => i))).toBe(5);
		expect(await save(many(200, 0, (i) => i))).toBe(5);
		expect(await save(many(2, 1, (i) => i + 500))).toBe(5);
		expect(await save(many(200, 1, (i) => i + 1000))).toBe(5);

		const rows = await rowsOf([c.unit.id, c.otherUnit.id]);
		expect(rows).toHaveLength(1 + 202);
		const outcomeOf = (indicator: { id: number }, unit: { id: number }) => rows.find((r) => r.indicatorId === indicator.id && r.organisationId === unit.id);
		// Item 2·37 + 1 = 75 of the 200 is the 38th count's outcome for Vuxenenheten: 75 + 1000, version 2.
		expect(outcomeOf(counts[37], c.otherUnit)).toMatchObject({ value: 1075, version: 2 });
		// The two: the 101st count's for Familjeenheten (0 + 500) and Vuxenenheten (1 + 500).
		expect(outcomeOf(counts[100], c.unit)).toMatchObject({ value: 500, version: 2 });
		expect(outcomeOf(counts[100], c.otherUnit)).toMatchObject({ value: 501, version: 2 });
		expect(outcomeOf(c.share, c.unit)).toMatchObject({ value: 71, version: 2 });
		// A line per write: every outcome inserted and updated once.
		expect(await historyOf([c.unit.id, c.otherUnit.id])).toHaveLength(2 * 203);
	});
});

/**
 * Two connections to a PostgreSQL server: someone else's transaction saves (or creates) an outcome
 * after the save read it and commits while the save waits for the row, as on a busy server.
 */
describe('saving many outcomes while another connection saves (postgres)', () => {
	let database: Database;
	let db: Database['db'];
	let n = 0;
	beforeAll(async () => {
		database = await createTestDatabase('postgres');
		db = database.db;
	});
	afterAll(() => database?.close());

	/** Waits until a statement of this database is waiting for a lock (the save, for the other transaction's row). */
	async function someoneWaits() {
		for (let i = 0; i < 250; i++) {
			const [{ waiting }] = await executeRows<{ waiting: number }>(
				db,
				sql`select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`
			);
			if (waiting > 0) return;
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		throw new Error('nobody waits for a lock');
	}

	/** Runs `theirs` in a transaction of its own that commits only when the returned `commit` is called. */
	async function openTransaction(theirs: (tx: DbOrTx) => Promise<unknown>) {
		let ready!: () => void;
		let commit!: () => void;
		const isReady = new Promise<void>((resolve) => (ready = resolve));
		const mayCommit = new Promise<void>((resolve) => (commit = resolve));
		const done = db.transaction(async (tx) => {
			await theirs(tx);
			ready();
			await mayCommit;
		});
		await isReady;
		return async () => {
			commit();
			await done;
		};
	}

	/** Saves `items` for T2 2026 while `theirs` runs in another transaction, which commits once the save waits for it. */
	async function saveWhile(theirs: (tx: DbOrTx) => Promise<unknown>, items: OutcomeItem[]) {
		const commitTheirs = await openTransaction(theirs);
		const mine = saveOutcomes(db, { year: 2026, period: 'T2', items });
		await someoneWaits();
		await commitTheirs();
		return mine;
	}

	it('an outcome saved and committed by someone between the read and the write: a conflict with theirs, nothing written', async () => {
		const c = await createFollowupCity(db, 2026, ++n);
		await enterOutcome(db, { indicator: c.share, organisation: c.unit, period: 'T2', fields: { value: '70' } });
		const [row] = await db.select().from(indicatorOutcomes).where(eq(indicatorOutcomes.organisationId, c.unit.id));

		// Mine reads version 1 (theirs is not committed), then waits for their row to update it.
		const result = await saveWhile(
			(tx) => tx.update(indicatorOutcomes).set({ value: 99, version: 2 }).where(eq(indicatorOutcomes.id, row.id)),
			[
				{ indicatorId: c.visits.id, organisationId: c.unit.id, version: 0, fields: { value: '130' } },
				{ indicatorId: c.share.id, organisationId: c.unit.id, version: 1, fields: { value: '72' } }
			]
		);
		if (result.ok) throw new Error('expected a conflict');
		expect(Object.keys(result.refusals)).toEqual(['1']);
		expect(result.refusals[1]).toMatchObject({ errors: { form: conflictMessage }, conflict: { version: 2, outcome: { value: 99 } } });
		// Their save stands; my new count went with mine.
		const rows = await db.select().from(indicatorOutcomes).where(eq(indicatorOutcomes.organisationId, c.unit.id));
		expect(rows.map((r) => [r.indicatorId, r.value, r.version])).toEqual([[c.share.id, 99, 2]]);
	});

	it('an outcome created and committed by someone between the read and the write: a conflict with theirs, nothing written', async () => {
		const c = await createFollowupCity(db, 2026, ++n);
		// Mine finds no count stored, then waits for theirs to insert its own.
		const result = await saveWhile(
			(tx) => tx.insert(indicatorOutcomes).values({ indicatorId: c.visits.id, organisationId: c.unit.id, period: 'T2', status: 'reported', value: 140 }),
			[
				{ indicatorId: c.share.id, organisationId: c.unit.id, version: 0, fields: { value: '70' } },
				{ indicatorId: c.visits.id, organisationId: c.unit.id, version: 0, fields: { value: '130' } }
			]
		);
		if (result.ok) throw new Error('expected a conflict');
		expect(Object.keys(result.refusals)).toEqual(['1']);
		expect(result.refusals[1]).toMatchObject({ conflict: { version: 1, outcome: { value: 140 } } });
		const rows = await db.select().from(indicatorOutcomes).where(eq(indicatorOutcomes.organisationId, c.unit.id));
		expect(rows.map((r) => [r.indicatorId, r.value])).toEqual([[c.visits.id, 140]]);
	});
});
