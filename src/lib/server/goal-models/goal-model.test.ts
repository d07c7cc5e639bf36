import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import * as factory from '../testing/factories';
import { createGoal } from '../framework/create-goal';
import { loadPlan } from '../plans/load-plan';
import { getOrganisation } from '../organisations/get-organisation';
import { updateGoalLevel, goalLevelFields } from './update-goal-level';

/** The goal model is data: a Huddinge-style municipality plans with its own levels and names. */
describe.each(testDrivers)('goal models on %s', (driver) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
	});
	afterAll(() => database?.close());

	it('builds a Huddinge-style cascade: övergripande mål → delmål → utvecklingsåtagande, unnumbered', async () => {
		const db = database.db;
		const huddinge = await factory.createMunicipality(db, { name: 'Huddinge kommun', slug: 'huddinge', model: 'huddinge' });
		const social = await factory.createCommittee(db, huddinge, { name: 'Socialnämnden', slug: 'socialnamnden' });
		const unit = await factory.createUnit(db, social, { name: 'Barn och ungdom', slug: 'barn-och-ungdom' });
		const overall = await createGoal(db, { organisationSlug: 'huddinge', year: 2017, parentId: null, title: 'God omsorg för individen' });
		if (!overall.ok) throw new Error(JSON.stringify(overall.errors));
		expect(overall.value.number).toBeNull();
		const sub = await createGoal(db, { organisationSlug: 'socialnamnden', year: 2017, parentId: overall.value.id, title: 'Ökad delaktighet' });
		if (!sub.ok) throw new Error(JSON.stringify(sub.errors));
		const commitment = await createGoal(db, {
			organisationSlug: 'barn-och-ungdom',
			year: 2017,
			parentId: sub.value.id,
			title: 'Barnets röst i varje utredning',
			sections: { Beskrivning: 'Samtal med barnet dokumenteras.' }
		});
		expect(commitment.ok).toBe(true);

		const plan = await loadPlan(db, unit.slug, 2017);
		const labels = [plan.cascade[0], plan.cascade[0].children[0], plan.cascade[0].children[0].children[0]].map((g) => g.level.name);
		expect(labels).toEqual(['Övergripande mål', 'Delmål', 'Utvecklingsåtagande']);
		expect(plan.cascade[0].children[0].children[0].sections.map((s) => s.name)).toEqual(['Beskrivning', 'Förväntat resultat', 'Uppföljning']);
	});

	it('renames a level and maps section spelling variants to canonical names', async () => {
		const db = database.db;
		const stockholm = await factory.createMunicipality(db, { name: 'Stad', slug: 'stad' });
		const { levels } = await getOrganisation(db, stockholm.slug);
		const unitLevel = levels[3];
		const fields = goalLevelFields.parse({ name: 'Åtagande', numbered: '', sections: 'Förväntat resultat\nArbetsätt\nARBETS SÄTT\nUppföljning' });
		const saved = await updateGoalLevel(db, unitLevel.id, fields);
		expect(saved.name).toBe('Åtagande');
		expect(saved.numbered).toBe(false);
		expect(saved.sections).toEqual(['Förväntat resultat', 'Arbetssätt', 'Uppföljning']);
	});
});
