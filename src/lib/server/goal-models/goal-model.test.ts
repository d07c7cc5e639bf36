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

	it('builds a Huddinge-style cascade: övergripande mål → delmål → nämndens delmål → utvecklingsåtagande → enhetens åtagande, unnumbered', async () => {
		const db = database.db;
		const huddinge = await factory.createMunicipality(db, { name: 'Huddinge kommun', slug: 'huddinge', model: 'huddinge' });
		const social = await factory.createCommittee(db, huddinge, { name: 'Socialnämnden', slug: 'socialnamnden' });
		const unit = await factory.createUnit(db, social, { name: 'Barn och ungdom', slug: 'barn-och-ungdom' });
		const create = async (organisationSlug: string, parentId: number | null, title: string, sections?: Record<string, string>) => {
			const goal = await createGoal(db, { organisationSlug, year: 2017, parentId, title, sections });
			if (!goal.ok) throw new Error(JSON.stringify(goal.errors));
			return goal.value;
		};
		const overall = await create('huddinge', null, 'God omsorg för individen');
		expect(overall.number).toBeNull();
		const sub = await create('huddinge', overall.id, 'Fler upplever god vård och omsorg');
		const committeeSub = await create('socialnamnden', sub.id, 'Gott bemötande');
		const commitment = await create('socialnamnden', committeeSub.id, 'Analysera brukarnöjdheten');
		await create('barn-och-ungdom', commitment.id, 'Barnets röst i varje utredning', { 'Förväntat resultat': 'Samtal med barnet dokumenteras.' });

		const plan = await loadPlan(db, unit.slug, 2017);
		const chain = [plan.cascade[0]];
		while (chain.at(-1)!.children.length > 0) chain.push(chain.at(-1)!.children[0]);
		expect(chain.map((g) => g.level.name)).toEqual(['Övergripande mål', 'Delmål', 'Nämndens delmål', 'Utvecklingsåtagande', 'Enhetens åtagande']);
		expect(chain.at(-1)!.sections.map((s) => s.name)).toEqual(['Förväntat resultat', 'Arbetssätt', 'Resursanvändning', 'Uppföljning', 'Utveckling']);
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
