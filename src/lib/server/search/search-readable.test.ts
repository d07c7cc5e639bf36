import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { createCommittee, createGoal, createIndicator, createMunicipality, createUnit, setIndicatorTarget } from '../testing/factories';
import { actorFor, createTestUser } from '../testing/account-factories';
import type { Grant } from '../../domain/access/policy';
import { searchEverything } from './search-everything';
import { getIndicator } from '../framework/get-indicator';
import { getGoal } from '../framework/get-goal';

describe.each(testDrivers)('reading limited to grants on %s', (driver) => {
	let database: Database;
	let editorGrants: readonly Grant[];
	let ids: Record<string, number>;

	beforeAll(async () => {
		database = await createTestDatabase(driver);
		const db = database.db;
		const city = await createMunicipality(db, { name: 'Exempelstad' });
		const north = await createCommittee(db, city, { name: 'Norra nämnden' });
		const south = await createCommittee(db, city, { name: 'Södra nämnden' });
		const family = await createUnit(db, north, { name: 'Familjeenheten' });
		const adults = await createUnit(db, north, { name: 'Vuxenenheten' });
		await createUnit(db, south, { name: 'Södra familjeenheten' });

		const kf = await createGoal(db, { organisation: city, year: 2026, number: '1', title: 'Trygg uppväxt' });
		const area = await createGoal(db, { organisation: city, parent: kf, number: '1.1', title: 'Barn får stöd i tid' });
		const nämndmål = await createGoal(db, { organisation: north, parent: area, number: '1.1.1', title: 'Tidiga insatser för barn' });
		const own = await createGoal(db, { organisation: family, parent: nämndmål, title: 'Familjestöd inom en vecka' });
		const sibling = await createGoal(db, { organisation: adults, parent: nämndmål, title: 'Vuxenstöd inom en vecka' });
		const indicator = await createIndicator(db, { goal: area, name: 'Andel barn med stöd inom en vecka' });
		await setIndicatorTarget(db, indicator, city, 'öka');
		await setIndicatorTarget(db, indicator, family, 'minst 85');
		await setIndicatorTarget(db, indicator, adults, 'minst 90');
		ids = { own: own.id, sibling: sibling.id, nämndmål: nämndmål.id, indicator: indicator.id };

		const editor = await createTestUser(db, 'enhetsredaktor', [[family, 'editor']]);
		editorGrants = (await actorFor(db, editor))!.grants;
	});
	afterAll(() => database?.close());

	it("a unit's editor finds its own goal, the committee's and the council's, not a sibling unit's", async () => {
		const result = await searchEverything(database.db, 'inom en vecka', { grants: editorGrants });
		expect(result.goals.map((g) => g.title)).toEqual(['Familjestöd inom en vecka']);
		expect(result.indicators.map((i) => i.name)).toEqual(['Andel barn med stöd inom en vecka']);

		const units = await searchEverything(database.db, 'enheten', { grants: editorGrants });
		expect(units.organisations.map((o) => o.name)).toEqual(['Familjeenheten']);
		const above = await searchEverything(database.db, 'nämnden', { grants: editorGrants });
		expect(above.organisations.map((o) => o.name)).toEqual(['Norra nämnden']);
		expect((await searchEverything(database.db, 'stad', { grants: editorGrants })).organisations.map((o) => o.name)).toEqual(['Exempelstad']);
	});

	it('someone without any role finds nothing', async () => {
		const result = await searchEverything(database.db, 'vecka', { grants: [] });
		expect(result.total).toBe(0);
	});

	it("an indicator's and a goal's pages show only readable organisations' rows", async () => {
		const indicator = await getIndicator(database.db, ids.indicator, { grants: editorGrants });
		expect(indicator.targets.map((t) => [t.organisation.name, t.target])).toEqual([
			['Exempelstad', 'öka'],
			['Familjeenheten', 'minst 85']
		]);
		const everyone = await getIndicator(database.db, ids.indicator);
		expect(everyone.targets).toHaveLength(3);

		const goal = await getGoal(database.db, ids.nämndmål, { grants: editorGrants });
		expect(goal.children.map((c) => c.title)).toEqual(['Familjestöd inom en vecka']);
	});
});
