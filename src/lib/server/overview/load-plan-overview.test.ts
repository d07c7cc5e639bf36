import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { changeLog, plans } from '../db/schema';
import { createCommittee, createDepartment, createMunicipality, createPlan, createUnit } from '../testing/factories';
import { createPerson } from '../testing/comment-factories';
import { startThread } from '../comments/start-thread';
import { resolveThread } from '../comments/resolve-thread';
import type { Organisation } from '../organisations/create-organisation';
import { loadPlanOverview } from './load-plan-overview';

describe.each(testDrivers)('the plan overview of a committee (%s)', (driver) => {
	let database: Database;
	let municipality: Organisation;
	let north: Organisation;
	let department: Organisation;
	let family: Organisation;
	let adults: Organisation;
	let homeCare: Organisation;
	let school: Organisation;
	let startedAt: number;

	beforeAll(async () => {
		database = await createTestDatabase(driver);
		const { db } = database;
		startedAt = Date.now();
		municipality = await createMunicipality(db, { name: 'Exempelby', slug: 'exempelby' });
		north = await createCommittee(db, municipality, { name: 'Norra nämnden', slug: 'norra' });
		family = await createUnit(db, north, { name: 'Familjeenheten', slug: 'familj' });
		adults = await createUnit(db, north, { name: 'Vuxenenheten', slug: 'vuxen' });
		department = await createDepartment(db, north, { name: 'Omsorgsavdelningen', slug: 'omsorg' });
		homeCare = await createUnit(db, department, { name: 'Hemtjänsten', slug: 'hemtjanst' });
		const south = await createCommittee(db, municipality, { name: 'Södra nämnden', slug: 'sodra' });
		school = await createUnit(db, south, { name: 'Skolenheten', slug: 'skola' });

		const person = await createPerson(db, 'granskare', 'Gustav Granskare');
		const thread = (unit: Organisation, year: number) =>
			startThread(db, { organisationId: unit.id, year, authorId: person.id, target: { kind: 'plan', id: null }, body: 'Fråga' });
		// Familjeenheten 2026: submitted, three threads of which one resolved → 2 open.
		await thread(family, 2026);
		await thread(family, 2026);
		const resolved = await thread(family, 2026);
		if (!resolved.ok) throw new Error('thread refused');
		await resolveThread(db, { organisationId: family.id, year: 2026, threadId: resolved.value.id, userId: person.id });
		await db.update(plans).set({ status: 'submitted' }).where(eq(plans.id, resolved.value.planId));
		// Vuxenenheten: no plan for 2026; an open thread on its 2025 plan does not count for 2026.
		await thread(adults, 2025);
		// Hemtjänsten 2026: a draft without comments.
		await createPlan(db, { organisation: homeCare, year: 2026 });
		// Skolenheten (another committee) has an open thread in 2026.
		await thread(school, 2026);
		// A change to Familjeenheten dated later than anything the triggers wrote.
		await db.insert(changeLog).values({
			at: new Date('2030-01-02T03:04:05Z'),
			tableName: 'goals',
			rowKey: '0',
			organisationId: family.id,
			operation: 'update'
		});
	});
	afterAll(() => database.close());

	it('lists every unit below the committee in tree order with status, last change and open threads', async () => {
		const rows = await loadPlanOverview(database.db, north.id, 2026);
		expect(rows.map((r) => [r.unit.name, r.parentName, r.status, r.openThreads])).toEqual([
			['Familjeenheten', 'Norra nämnden', 'submitted', 2],
			['Vuxenenheten', 'Norra nämnden', null, 0],
			['Hemtjänsten', 'Omsorgsavdelningen', 'draft', 0]
		]);
		expect(rows[0].unit).toEqual({ id: family.id, name: 'Familjeenheten', slug: 'familj' });
		expect(rows[0].lastChange).toEqual(new Date('2030-01-02T03:04:05Z'));
		// The others' last change is their creation (or their plan's), written by the triggers during this test.
		for (const row of rows.slice(1)) {
			expect(row.lastChange!.getTime()).toBeGreaterThanOrEqual(startedAt - 5000);
			expect(row.lastChange!.getTime()).toBeLessThanOrEqual(Date.now() + 5000);
		}
	});

	it('for a department, only its own units; for the municipality, every unit; for 2025, the 2025 plans', async () => {
		expect((await loadPlanOverview(database.db, department.id, 2026)).map((r) => r.unit.name)).toEqual(['Hemtjänsten']);
		const all = await loadPlanOverview(database.db, municipality.id, 2026);
		expect(all.map((r) => [r.unit.name, r.openThreads])).toEqual([
			['Familjeenheten', 2],
			['Vuxenenheten', 0],
			['Hemtjänsten', 0],
			['Skolenheten', 1]
		]);
		const lastYear = await loadPlanOverview(database.db, north.id, 2025);
		expect(lastYear.map((r) => [r.unit.name, r.status, r.openThreads])).toEqual([
			['Familjeenheten', null, 0],
			['Vuxenenheten', 'draft', 1],
			['Hemtjänsten', null, 0]
		]);
	});

	it('is empty for a unit, which has no units below it', async () => {
		expect(await loadPlanOverview(database.db, family.id, 2026)).toEqual([]);
	});
});
