import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import * as factory from '../testing/factories';
import { exportPlan } from './export-plan';
import { importPlan } from './import-plan';
import { loadPlan } from '../plans/load-plan';

/** A unit's own activity under a nämndmål stays the unit's through export and import. */
describe.each(testDrivers)('a unit activity under a nämndmål on %s', (driver) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
	});
	afterAll(() => database?.close());

	it('is imported as the unit own, not as the committee activity every unit would see', async () => {
		const db = database.db;
		const city = await factory.createMunicipality(db, { name: 'Teststad', slug: 'teststad' });
		const committee = await factory.createCommittee(db, city, { name: 'Nämnden', slug: 'namnden' });
		const unitA = await factory.createUnit(db, committee, { name: 'Enhet A', slug: 'enhet-a' });
		const unitB = await factory.createUnit(db, committee, { name: 'Enhet B', slug: 'enhet-b' });
		const direction = await factory.createGoal(db, { organisation: city, number: '1', title: 'Inriktning' });
		const area = await factory.createGoal(db, { organisation: city, parent: direction, number: '1.1', title: 'Område' });
		const committeeGoal = await factory.createGoal(db, { organisation: committee, parent: area, number: '1.1.1', title: 'Nämndmål' });
		await factory.createActivity(db, { goal: committeeGoal, title: 'Nämndens aktivitet' });
		await factory.createActivity(db, { goal: committeeGoal, organisation: unitA, title: 'Enhet A:s egen aktivitet' });

		const file = await exportPlan(db, { slug: 'enhet-a', year: 2026 });
		const result = await importPlan(db, { slug: 'enhet-a', year: 2027, doc: { ...file.plans[0], year: 2027 } });
		// 2027 has no framework: the import creates it (owned by the municipality and the committee).
		expect(result.ok).toBe(true);
		const copied = await exportPlan(db, { slug: 'enhet-a', year: 2027 });
		expect(copied.plans[0].goals[0].goals[0].goals[0].activities.map((a) => a.title)).toEqual(['Nämndens aktivitet', 'Enhet A:s egen aktivitet']);

		// Into the sibling's empty 2026 plan, whose framework exists: the unit activity is B's own now.
		const intoB = await importPlan(db, { slug: 'enhet-b', year: 2026, doc: file.plans[0] });
		expect(intoB.ok).toBe(true);
		const planB = await loadPlan(db, 'enhet-b', 2026);
		const activitiesB = planB.cascade[0].children[0].children[0].activities;
		expect(activitiesB.map((a) => [a.title, a.ownedHere])).toEqual([
			['Nämndens aktivitet', false],
			['Enhet A:s egen aktivitet', true]
		]);
		const planA = await loadPlan(db, 'enhet-a', 2026);
		expect(planA.cascade[0].children[0].children[0].activities.map((a) => a.title)).toEqual(['Nämndens aktivitet', 'Enhet A:s egen aktivitet']);
	});
});
