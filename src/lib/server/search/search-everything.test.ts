import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import {
	createCommittee,
	createGoal,
	createIndicator,
	createMunicipality,
	createUnit
} from '../testing/factories';
import { searchEverything } from './search-everything';
import type { Grant } from '../../domain/access/policy';

describe.each(testDrivers)('searchEverything on %s', (driver) => {
	let database: Database;
	let ids: Record<string, number>;
	/** A reader of the whole city: finds everything. */
	let cityReader: Grant[];

	beforeAll(async () => {
		database = await createTestDatabase(driver);
		const db = database.db;
		const city = await createMunicipality(db, { name: 'Stockholms stad' });
		cityReader = [{ organisationId: city.id, path: [city.id], role: 'reader' }];
		const committee = await createCommittee(db, city, { name: 'Kungsholmens stadsdelsnämnd' });
		const family = await createUnit(db, committee, { name: 'Familjeenheten' });
		await createUnit(db, committee, { name: 'Enheten för äldreomsorg' });

		const kf2025 = await createGoal(db, { organisation: city, year: 2025, number: '1', title: 'En modern storstad' });
		const area2025 = await createGoal(db, { organisation: city, parent: kf2025, number: '1.4', title: 'Stöd i tid' });
		const kf2026 = await createGoal(db, { organisation: city, year: 2026, number: '1', title: 'En modern storstad' });
		const area2026 = await createGoal(db, { organisation: city, parent: kf2026, number: '1.4', title: 'Stöd i tid' });
		const committee2026 = await createGoal(db, {
			organisation: committee,
			parent: area2026,
			number: '1.4.1',
			title: 'Äldre får stöd i tid'
		});
		const unit2026 = await createGoal(db, { organisation: family, parent: committee2026, title: 'Barn får stöd 100_% av tiden' });
		await createGoal(db, { organisation: city, year: 2026, number: '2', title: 'En hållbar stad' });

		const old = await createIndicator(db, { goal: area2025, name: 'Andel nöjda brukare' });
		const current = await createIndicator(db, { goal: area2026, name: 'Andel nöjda brukare' });
		const percent = await createIndicator(db, { goal: committee2026, name: 'Andel 100 % nöjda' });
		const underscore = await createIndicator(db, { goal: committee2026, name: 'Antal_nya ärenden' });
		ids = {
			city: city.id,
			committee: committee.id,
			family: family.id,
			kf2025: kf2025.id,
			kf2026: kf2026.id,
			area2025: area2025.id,
			area2026: area2026.id,
			committee2026: committee2026.id,
			unit2026: unit2026.id,
			old: old.id,
			current: current.id,
			percent: percent.id,
			underscore: underscore.id
		};
	});
	afterAll(() => database?.close());

	it('finds nothing for an empty or one-letter query', async () => {
		for (const q of ['', '   ', 'a', ' ö ']) {
			const result = await searchEverything(database.db, q, { grants: cityReader });
			expect(result.total).toBe(0);
			expect(result.query).toBe('');
		}
	});

	it('finds organisations by part of the name, ignoring case (also å, ä, ö)', async () => {
		const result = await searchEverything(database.db, 'ÄLDRE', { grants: cityReader });
		expect(result.organisations.map((o) => o.name)).toEqual(['Enheten för äldreomsorg']);
		// "Äldre får stöd i tid" is a goal title: found as a goal, not as an organisation.
		expect(result.goals.map((g) => g.title)).toEqual(['Äldre får stöd i tid']);
		expect(result.indicators).toEqual([]);
		expect(result.total).toBe(2);

		const family = await searchEverything(database.db, '  familje ', { grants: cityReader });
		expect(family.query).toBe('familje');
		expect(family.organisations).toEqual([{ id: ids.family, name: 'Familjeenheten', slug: 'familjeenheten', kind: 'unit' }]);
	});

	it('finds goals by title, newest year first, with level and owner', async () => {
		const result = await searchEverything(database.db, 'modern storstad', { grants: cityReader });
		expect(result.goals).toEqual([
			{
				id: ids.kf2026,
				year: 2026,
				number: '1',
				title: 'En modern storstad',
				levelName: 'KF:s inriktningsmål',
				organisation: { name: 'Stockholms stad', slug: 'stockholms-stad' }
			},
			{
				id: ids.kf2025,
				year: 2025,
				number: '1',
				title: 'En modern storstad',
				levelName: 'KF:s inriktningsmål',
				organisation: { name: 'Stockholms stad', slug: 'stockholms-stad' }
			}
		]);
	});

	it('finds goals by number; within a year, those that begin with it first', async () => {
		const result = await searchEverything(database.db, '1.4', { grants: cityReader });
		// 2026: 1.4 and 1.4.1 (both begin with "1.4"; the higher level first); then 2025: 1.4.
		expect(result.goals.map((g) => [g.year, g.number, g.levelName])).toEqual([
			[2026, '1.4', 'KF:s mål för verksamhetsområdet'],
			[2026, '1.4.1', 'Nämndmål'],
			[2025, '1.4', 'KF:s mål för verksamhetsområdet']
		]);
	});

	it('finds indicators with their goal and year, newest first', async () => {
		const result = await searchEverything(database.db, 'nöjda brukare', { grants: cityReader });
		expect(result.indicators).toEqual([
			{
				id: ids.current,
				name: 'Andel nöjda brukare',
				year: 2026,
				goal: { id: ids.area2026, number: '1.4', title: 'Stöd i tid' },
				organisation: { name: 'Stockholms stad', slug: 'stockholms-stad' }
			},
			{
				id: ids.old,
				name: 'Andel nöjda brukare',
				year: 2025,
				goal: { id: ids.area2025, number: '1.4', title: 'Stöd i tid' },
				organisation: { name: 'Stockholms stad', slug: 'stockholms-stad' }
			}
		]);
	});

	it('treats % and _ as the characters themselves, not as wildcards', async () => {
		const percent = await searchEverything(database.db, '0 %', { grants: cityReader });
		expect(percent.indicators.map((i) => i.id)).toEqual([ids.percent]);
		expect(percent.goals).toEqual([]);

		// As a pattern, "l_n" would also match "Andel nöjda" ("l", any one character, "n").
		const underscore = await searchEverything(database.db, 'l_n', { grants: cityReader });
		expect(underscore.indicators.map((i) => i.id)).toEqual([ids.underscore]);

		// As a pattern, "0_%" would also match "Andel 100 % nöjda" ("0", any character, anything).
		const both = await searchEverything(database.db, '0_%', { grants: cityReader });
		expect(both.goals.map((g) => g.id)).toEqual([ids.unit2026]);
		expect(both.indicators).toEqual([]);

		// "%%" is two percent signs, which nothing has; as a pattern it would match everything.
		expect((await searchEverything(database.db, '%%', { grants: cityReader })).total).toBe(0);
		expect((await searchEverything(database.db, '\\%', { grants: cityReader })).total).toBe(0);
	});

	it('limits each group and says when there were more', async () => {
		const result = await searchEverything(database.db, 'stöd', { grants: cityReader, limit: 2 });
		// Goals with "stöd": 2026 1.4, 1.4.1, unit goal; 2025 1.4 → four, two shown.
		// 2026 first; "Stöd i tid" begins with the query, then the others by level.
		expect(result.goals.map((g) => g.id)).toEqual([ids.area2026, ids.committee2026]);
		expect(result.more).toEqual({ organisations: false, goals: true, indicators: false });
		expect(result.total).toBe(2);
	});
});
