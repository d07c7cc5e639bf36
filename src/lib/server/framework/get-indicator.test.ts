import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import {
	createCommittee,
	createGoal,
	createIndicator,
	createMunicipality,
	createUnit,
	setIndicatorTarget,
	type GoalRow,
	type IndicatorRow
} from '../testing/factories';
import { NotFoundError } from '../result';
import { getIndicator } from './get-indicator';

describe.each(testDrivers)('getIndicator on %s', (driver) => {
	let database: Database;
	let kf: GoalRow, area: GoalRow;
	let indicator: IndicatorRow, bare: IndicatorRow;
	let orgIds: Record<string, number>;

	beforeAll(async () => {
		database = await createTestDatabase(driver);
		const db = database.db;
		const city = await createMunicipality(db);
		const committee = await createCommittee(db, city);
		const family = await createUnit(db, committee, { name: 'Familjeenheten' });
		const elderly = await createUnit(db, committee, { name: 'Äldreenheten' });
		const aker = await createUnit(db, committee, { name: 'Åkerenheten' });
		await createUnit(db, committee, { name: 'Vuxenenheten' }); // no target: not listed
		kf = await createGoal(db, { organisation: city, year: 2025, number: '1', title: 'En modern storstad' });
		area = await createGoal(db, { organisation: city, parent: kf, number: '1.4', title: 'Stöd i tid' });
		indicator = await createIndicator(db, {
			goal: area,
			name: 'Andel brukare som är nöjda med sin insats',
			unit: '%',
			direction: 'higher',
			periodicity: 'tertial',
			genderSplit: true,
			councilTargetValue: 80
		});
		bare = await createIndicator(db, { goal: kf, name: 'Sjukfrånvaro', unit: '%', direction: 'lower', councilTargetText: 'minska' });
		// Inserted out of order: the list comes in Swedish alphabetical order (Å before Ä).
		await setIndicatorTarget(db, indicator, elderly, 92.5);
		await setIndicatorTarget(db, indicator, aker, 'öka');
		await setIndicatorTarget(db, indicator, family, 88);
		await setIndicatorTarget(db, indicator, committee, null);
		orgIds = { family: family.id, elderly: elderly.id, aker: aker.id, committee: committee.id };
	});
	afterAll(() => database?.close());

	it('gives the indicator with its goal, the cascade above and every organisation’s Årsmål', async () => {
		const city = { name: 'Stockholms stad', slug: 'stockholms-stad', kind: 'municipality' } as const;
		expect(await getIndicator(database.db, indicator.id)).toEqual({
			id: indicator.id,
			name: 'Andel brukare som är nöjda med sin insats',
			unit: '%',
			kind: 'share',
			direction: 'higher',
			periodicity: 'tertial',
			genderSplit: true,
			councilTarget: '80\u00a0%',
			year: 2025,
			organisation: city,
			goal: { id: area.id, number: '1.4', title: 'Stöd i tid', levelName: 'KF:s mål för verksamhetsområdet', organisation: city },
			ancestors: [{ id: kf.id, number: '1', title: 'En modern storstad', levelName: 'KF:s inriktningsmål', organisation: city }],
			targets: [
				{ organisation: { id: orgIds.family, name: 'Familjeenheten', slug: 'familjeenheten', kind: 'unit' }, target: '88\u00a0%' },
				{
					organisation: { id: orgIds.committee, name: 'Kungsholmens stadsdelsnämnd', slug: 'kungsholmens-stadsdelsnamnd', kind: 'committee' },
					target: ''
				},
				{ organisation: { id: orgIds.aker, name: 'Åkerenheten', slug: 'akerenheten', kind: 'unit' }, target: 'öka' },
				{ organisation: { id: orgIds.elderly, name: 'Äldreenheten', slug: 'aldreenheten', kind: 'unit' }, target: '92,5\u00a0%' }
			]
		});
	});

	it('gives an indicator without targets under a top goal', async () => {
		const result = await getIndicator(database.db, bare.id);
		expect(result.councilTarget).toBe('minska');
		expect(result.direction).toBe('lower');
		expect(result.goal.id).toBe(kf.id);
		expect(result.ancestors).toEqual([]);
		expect(result.targets).toEqual([]);
	});

	it('throws NotFoundError for an indicator that does not exist', async () => {
		await expect(getIndicator(database.db, 999_999)).rejects.toBeInstanceOf(NotFoundError);
	});
});
