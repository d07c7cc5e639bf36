import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { activities, indicatorTargets, indicators } from '../db/schema';
import * as factory from '../testing/factories';
import { NotFoundError } from '../result';
import { updateActivity } from './update-activity';
import { updateIndicator } from './update-indicator';
import { indicatorFields } from './indicator-input';
import { setIndicatorTargets } from './set-indicator-targets';

const staleMessage = (what: string) =>
	`Någon annan har sparat ${what} medan du skrev. Deras version visas bredvid din. Spara igen för att behålla din.`;

/** Two people save the same activity, indicator or Årsmål: the later save from an older version writes nothing. */
describe.each(testDrivers)('stale saves of activities, indicators and Årsmål on %s', (driver) => {
	let database: Database;
	let db: Database['db'];
	let city: Awaited<ReturnType<typeof buildCity>>;

	async function buildCity() {
		const { municipality, committee, unit } = await factory.createTestCity(db);
		const direction = await factory.createGoal(db, { organisation: municipality, number: '1', title: 'En stad för alla' });
		const area = await factory.createGoal(db, { organisation: municipality, parent: direction, number: '1.4', title: 'Stöd i tid' });
		const share = await factory.createIndicator(db, { goal: area, name: 'Andel nöjda brukare', unit: '%' });
		const count = await factory.createIndicator(db, { goal: area, name: 'Antal vräkningar', unit: 'st', direction: 'lower' });
		return { municipality, committee, unit, area, share, count };
	}

	beforeAll(async () => {
		database = await createTestDatabase(driver);
		db = database.db;
		city = await buildCity();
	});
	afterAll(() => database?.close());

	it('saves an activity from its current version, refuses a stale one with the stored activity, and saves again from the shown one', async () => {
		const activity = await factory.createActivity(db, { goal: city.area, organisation: city.unit, title: 'Första namnet', start: null, end: null });
		expect(activity.version).toBe(1);

		const anna = await updateActivity(db, activity.id, 1, { title: 'Annas namn', start: '2026-02-01', end: null });
		expect(anna.ok && [anna.value.title, anna.value.version]).toEqual(['Annas namn', 2]);

		const bertil = await updateActivity(db, activity.id, 1, { title: 'Bertils namn', start: null, end: '2026-06-30' });
		expect(bertil.ok).toBe(false);
		expect(!bertil.ok && bertil.errors).toEqual({ form: staleMessage('aktiviteten') });
		expect('conflict' in bertil && [bertil.conflict.title, bertil.conflict.start, bertil.conflict.end, bertil.conflict.version]).toEqual([
			'Annas namn',
			'2026-02-01',
			null,
			2
		]);
		const [stored] = await db.select().from(activities).where(eq(activities.id, activity.id));
		expect([stored.title, stored.start, stored.end, stored.version]).toEqual(['Annas namn', '2026-02-01', null, 2]);

		// Bertil has seen Anna's version and sends his again from it: his is written.
		const again = await updateActivity(db, activity.id, 2, { title: 'Bertils namn', start: null, end: '2026-06-30' });
		expect(again.ok && [again.value.title, again.value.end, again.value.version]).toEqual(['Bertils namn', '2026-06-30', 3]);
	});

	it('refuses to save an activity that does not exist', async () => {
		await expect(updateActivity(db, 999_999, 1, { title: 'X', start: null, end: null })).rejects.toThrow(NotFoundError);
	});

	it('saves an indicator from its current version and refuses a stale one with the stored indicator', async () => {
		const indicator = await factory.createIndicator(db, { goal: city.area, organisation: city.unit, name: 'Väntetid', unit: 'dagar' });
		// As the form sends them: an unchecked gender split box sends no field at all.
		const fields = (name: string, councilTarget = '') =>
			indicatorFields.parse({ name, unit: 'dagar', direction: 'lower', periodicity: 'tertial', councilTarget });
		expect(fields('Väntetid').genderSplit).toBe(false);

		const anna = await updateIndicator(db, indicator.id, 1, fields('Väntetid till första besök', '30'));
		expect(anna.ok && [anna.value.name, anna.value.councilTargetValue, anna.value.version]).toEqual(['Väntetid till första besök', 30, 2]);

		const bertil = await updateIndicator(db, indicator.id, 1, fields('Väntetid i dagar', '20'));
		expect(!bertil.ok && bertil.errors).toEqual({ form: staleMessage('indikatorn') });
		expect('conflict' in bertil && [bertil.conflict.name, bertil.conflict.councilTargetValue, bertil.conflict.periodicity, bertil.conflict.version]).toEqual([
			'Väntetid till första besök',
			30,
			'tertial',
			2
		]);
		const [stored] = await db.select().from(indicators).where(eq(indicators.id, indicator.id));
		expect([stored.name, stored.councilTargetValue, stored.version]).toEqual(['Väntetid till första besök', 30, 2]);

		const again = await updateIndicator(db, indicator.id, 2, fields('Väntetid i dagar', '20'));
		expect(again.ok && [again.value.name, again.value.councilTargetValue, again.value.version]).toEqual(['Väntetid i dagar', 20, 3]);
	});

	it('refuses a changed Årsmål someone else changed since the user started, keeps theirs where the user changed nothing', async () => {
		const targets = async () => {
			const rows = await db
				.select()
				.from(indicatorTargets)
				.where(and(eq(indicatorTargets.organisationId, city.unit.id)));
			return Object.fromEntries(rows.map((r) => [r.indicatorId, r.targetValue ?? r.targetText]));
		};
		await factory.setIndicatorTarget(db, city.share, city.unit, 5.5);
		// Both open the form showing 5,5 % and a blank count.
		const started = { [city.share.id]: '5,5 %', [city.count.id]: '' };

		const anna = await setIndicatorTargets(db, city.unit.id, { [city.share.id]: '6 %', [city.count.id]: '12' }, [], started);
		expect(anna).toEqual({ ok: true, value: 2 });
		expect(await targets()).toEqual({ [city.share.id]: 6, [city.count.id]: 12 });

		// Bertil changed the share (Anna changed it too) and left the count as he saw it.
		const bertil = await setIndicatorTargets(db, city.unit.id, { [city.share.id]: '7 %', [city.count.id]: '' }, [], started);
		expect(bertil.ok).toBe(false);
		expect(!bertil.ok && bertil.errors).toEqual({ form: staleMessage('årsmål') });
		// Only the share is a conflict; Anna's share is shown the way the plan shows it.
		expect('conflict' in bertil && bertil.conflict).toEqual({ [city.share.id]: '6\u00a0%' });
		expect(await targets()).toEqual({ [city.share.id]: 6, [city.count.id]: 12 });

		// He sends again from Anna's share: his share is written, Anna's count (which he never touched) is kept.
		const again = await setIndicatorTargets(
			db,
			city.unit.id,
			{ [city.share.id]: '7 %', [city.count.id]: '' },
			[],
			{ [city.share.id]: '6 %', [city.count.id]: '' }
		);
		expect(again.ok).toBe(true);
		expect(await targets()).toEqual({ [city.share.id]: 7, [city.count.id]: 12 });

		// Typing what is already stored is no conflict, whatever the form started from.
		const same = await setIndicatorTargets(db, city.unit.id, { [city.share.id]: '7,0 %' }, [], { [city.share.id]: '5,5 %' });
		expect(same.ok).toBe(true);
		expect(await targets()).toEqual({ [city.share.id]: 7, [city.count.id]: 12 });
	});
});
