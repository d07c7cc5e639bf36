import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import {
	createActivity,
	createCommittee,
	createGoal,
	createIndicator,
	createMunicipality,
	createUnit,
	type GoalRow
} from '../testing/factories';
import { NotFoundError } from '../result';
import { getGoal } from './get-goal';

const city = { name: 'Stockholms stad', slug: 'stockholms-stad', kind: 'municipality' } as const;
const committee = { name: 'Kungsholmens stadsdelsnämnd', slug: 'kungsholmens-stadsdelsnamnd', kind: 'committee' } as const;
const family = { name: 'Familjeenheten', slug: 'familjeenheten', kind: 'unit' } as const;
const adults = { name: 'Vuxenenheten', slug: 'vuxenenheten', kind: 'unit' } as const;

describe.each(testDrivers)('getGoal on %s', (driver) => {
	let database: Database;
	let kf: GoalRow, area: GoalRow, nämndmål: GoalRow, familyGoal: GoalRow, adultsGoal: GoalRow;
	let ids: Record<string, number>;

	beforeAll(async () => {
		database = await createTestDatabase(driver);
		const db = database.db;
		const cityOrg = await createMunicipality(db);
		const committeeOrg = await createCommittee(db, cityOrg);
		const familyOrg = await createUnit(db, committeeOrg, { name: 'Familjeenheten' });
		const adultsOrg = await createUnit(db, committeeOrg, { name: 'Vuxenenheten' });
		kf = await createGoal(db, { organisation: cityOrg, number: '1', title: 'En modern storstad' });
		area = await createGoal(db, { organisation: cityOrg, parent: kf, number: '1.4', title: 'Stöd i tid' });
		nämndmål = await createGoal(db, {
			organisation: committeeOrg,
			parent: area,
			number: '1.4.1',
			title: 'Barn och unga får stöd',
			// An extra section not in the level's list comes after the level's own.
			sections: { Extra: 'Mer text', 'Förväntat resultat': '', Beskrivning: 'Förvaltningen arbetar förebyggande.' }
		});
		// Position decides the order below a goal, before creation order.
		familyGoal = await createGoal(db, { organisation: familyOrg, parent: nämndmål, title: 'Familjens mål', position: 1 });
		adultsGoal = await createGoal(db, { organisation: adultsOrg, parent: nämndmål, title: 'Vuxnas mål', position: 0 });
		const share = await createIndicator(db, { goal: nämndmål, name: 'Andel nöjda', unit: '%', councilTargetValue: 80, position: 1 });
		const count = await createIndicator(db, {
			goal: nämndmål,
			name: 'Antal ärenden',
			unit: 'st',
			periodicity: 'tertial',
			genderSplit: true,
			councilTargetText: 'Tas fram av nämnd',
			position: 0
		});
		const activity = await createActivity(db, { goal: nämndmål, title: 'Rutinen revideras', start: '2026-01-01', end: '2026-06-30' });
		const unitActivity = await createActivity(db, { goal: nämndmål, organisation: familyOrg, title: 'Enhetens aktivitet', start: null, end: null, position: 1 });
		ids = { share: share.id, count: count.id, activity: activity.id, unitActivity: unitActivity.id };
	});
	afterAll(() => database?.close());

	it('gives a committee goal with its cascade, sections, children, indicators and activities', async () => {
		expect(await getGoal(database.db, nämndmål.id)).toEqual({
			id: nämndmål.id,
			number: '1.4.1',
			title: 'Barn och unga får stöd',
			levelName: 'Nämndmål',
			organisation: committee,
			year: 2026,
			sections: [
				{ name: 'Beskrivning', text: 'Förvaltningen arbetar förebyggande.' },
				{ name: 'Förväntat resultat', text: '' },
				{ name: 'Extra', text: 'Mer text' }
			],
			ancestors: [
				{ id: kf.id, number: '1', title: 'En modern storstad', levelName: 'KF:s inriktningsmål', organisation: city },
				{ id: area.id, number: '1.4', title: 'Stöd i tid', levelName: 'KF:s mål för verksamhetsområdet', organisation: city }
			],
			children: [
				{ id: adultsGoal.id, number: null, title: 'Vuxnas mål', levelName: 'Enhetsmål', organisation: adults },
				{ id: familyGoal.id, number: null, title: 'Familjens mål', levelName: 'Enhetsmål', organisation: family }
			],
			indicators: [
				{
					id: ids.count,
					name: 'Antal ärenden',
					unit: 'st',
					periodicity: 'tertial',
					genderSplit: true,
					councilTarget: 'Tas fram av nämnd',
					organisation: committee
				},
				{
					id: ids.share,
					name: 'Andel nöjda',
					unit: '%',
					periodicity: 'year',
					genderSplit: false,
					councilTarget: '80\u00a0%',
					organisation: committee
				}
			],
			activities: [
				{ id: ids.activity, title: 'Rutinen revideras', start: '2026-01-01', end: '2026-06-30', organisation: committee },
				{ id: ids.unitActivity, title: 'Enhetens aktivitet', start: null, end: null, organisation: family }
			]
		});
	});

	it('gives a top goal without ancestors, and a unit goal with the whole chain above it', async () => {
		const top = await getGoal(database.db, kf.id);
		expect(top.ancestors).toEqual([]);
		expect(top.children.map((c) => c.id)).toEqual([area.id]);
		expect(top.sections).toEqual([]);

		const unitGoal = await getGoal(database.db, familyGoal.id);
		expect(unitGoal.ancestors.map((a) => a.number)).toEqual(['1', '1.4', '1.4.1']);
		expect(unitGoal.children).toEqual([]);
		expect(unitGoal.indicators).toEqual([]);
		// Enhetsmål have the five unit sections, all empty here.
		expect(unitGoal.sections.map((s) => s.name)).toEqual([
			'Förväntat resultat',
			'Arbetssätt',
			'Resursanvändning',
			'Uppföljning',
			'Utveckling'
		]);
	});

	it('throws NotFoundError for a goal that does not exist', async () => {
		await expect(getGoal(database.db, 999_999)).rejects.toBeInstanceOf(NotFoundError);
	});
});
