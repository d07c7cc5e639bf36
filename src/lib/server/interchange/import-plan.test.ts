import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { goalApplicability, goals, indicators, indicatorTargets, organisations } from '../db/schema';
import { createCommittee, createGoal, createMunicipality, createUnit } from '../testing/factories';
import { exportPlan } from './export-plan';
import { importPlan } from './import-plan';
import { buildExamplePlan, countRows } from './test-fixtures';
import type { GoalDoc, PlanDoc, PlanFile } from '../../domain/interchange/plan-format';

/** The same file with the fields that name the organisation and year replaced. */
function renamed(file: PlanFile, organisation: string, year: number): PlanFile {
	const [plan] = file.plans;
	return { ...file, plans: [{ ...plan, organisation, year, title: `Verksamhetsplan ${year} – ${organisation}` }] };
}

describe.each(testDrivers)('importing a plan on %s', (driver) => {
	let database: Database;
	let original: PlanFile;
	let doc: PlanDoc;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
		await buildExamplePlan(database.db, 2026);
		original = await exportPlan(database.db, { slug: 'familjeenheten', year: 2026 });
		doc = original.plans[0];
	});
	afterAll(() => database?.close());

	it('round-trips into another municipality, creating the framework it lacks', async () => {
		const db = database.db;
		const annanstad = await createMunicipality(db, { name: 'Annanstad', slug: 'annanstad' });
		const sodra = await createCommittee(db, annanstad, { name: 'Södra nämnden', slug: 'sodra-namnden' });
		await createUnit(db, sodra, { name: 'Barnenheten', slug: 'barnenheten' });

		const result = await importPlan(db, { slug: 'barnenheten', year: 2027, doc });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.warnings).toEqual([
			'Skapade målet 1 ”En stad där alla kan växa” (KF:s inriktningsmål, Annanstad) som saknades i ramverket 2027.',
			'Skapade målet 1.1 ”Barn och unga har goda uppväxtvillkor” (KF:s mål för verksamhetsområdet, Annanstad) som saknades i ramverket 2027.',
			'Skapade målet 1.1.1 ”Förebyggande insatser ger barn goda uppväxtvillkor” (Nämndmål, Södra nämnden) som saknades i ramverket 2027.',
			'Skapade målet 2 ”Ekonomin är i balans” (KF:s inriktningsmål, Annanstad) som saknades i ramverket 2027.',
			'Skapade målet 2.1 ”Resurserna används effektivt” (KF:s mål för verksamhetsområdet, Annanstad) som saknades i ramverket 2027.',
			'Skapade målet 2.1.1 ”Budgeten hålls” (Nämndmål, Södra nämnden) som saknades i ramverket 2027.'
		]);

		const again = await exportPlan(db, { slug: 'barnenheten', year: 2027 });
		expect(again).toEqual(renamed(original, 'Barnenheten', 2027));

		// Each goal belongs to the level's organisation: 4 KF goals, 2 nämndmål, 3 enhetsmål.
		const owners = await db
			.select({ slug: organisations.slug })
			.from(goals)
			.innerJoin(organisations, eq(organisations.id, goals.organisationId))
			.where(eq(goals.year, 2027));
		const perOwner = owners.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o.slug]: (acc[o.slug] ?? 0) + 1 }), {});
		expect(perOwner).toEqual({ annanstad: 4, 'sodra-namnden': 2, barnenheten: 3 });
	});

	it('matches an existing framework for a sibling unit and adds the unit to a chosen nämndmål', async () => {
		const db = database.db;
		const before = await countRows(db);
		const result = await importPlan(db, { slug: 'vuxenenheten', year: 2026, doc });
		expect(result).toEqual({ ok: true, value: { planId: expect.any(Number), warnings: [] } });

		const after = await countRows(db);
		// Vuxenenheten's own: 3 goals, 1 indicator, 2 activities, 6 targets (5,5 %, öka, 70 %, 21 024, 12 st,
		// and the blank row that keeps Brukarnöjdhet in the plan),
		// one applicability row (1.1.1), the plan with 3 texts, 2 tables with 4 rows and 2 attachments.
		expect(diff(before, after)).toEqual({
			goals: 3,
			indicators: 1,
			activities: 2,
			indicator_targets: 6,
			goal_applicability: 1,
			plans: 1,
			plan_sections: 3,
			budget_tables: 2,
			budget_rows: 4,
			plan_attachments: 2
		});
		const [vuxen] = await db.select().from(organisations).where(eq(organisations.slug, 'vuxenenheten'));
		const chosen = await db
			.select({ goalId: goalApplicability.goalId })
			.from(goalApplicability)
			.innerJoin(goals, eq(goals.id, goalApplicability.goalId))
			.where(and(eq(goalApplicability.organisationId, vuxen.id), eq(goals.number, '1.1.1')));
		expect(chosen).toHaveLength(1);

		const again = await exportPlan(db, { slug: 'vuxenenheten', year: 2026 });
		expect(again).toEqual(renamed(original, 'Vuxenenheten', 2026));
	});

	it('refuses a plan that already has content, and writes nothing', async () => {
		const before = await countRows(database.db);
		const result = await importPlan(database.db, { slug: 'familjeenheten', year: 2026, doc });
		expect(result).toEqual({
			ok: false,
			errors: {
				plan: 'Verksamhetsplan 2026 för Familjeenheten har redan innehåll (mål, indikatorer, aktiviteter, texter, budget eller bilagor). Import görs bara till en tom plan.'
			}
		});
		expect(await countRows(database.db)).toEqual(before);
	});

	it('refuses a target it cannot read, naming the indicator, and rolls back what it had written', async () => {
		const broken: PlanDoc = structuredClone(doc);
		// Deep in the tree: the KF goals above it are created (2028 has no framework) before the refusal.
		broken.goals[1].goals[0].goals[0].indicators[0].annualTarget = 'mycket bättre';
		const before = await countRows(database.db);
		const result = await importPlan(database.db, { slug: 'familjeenheten', year: 2028, doc: broken });
		expect(result).toEqual({
			ok: false,
			errors: {
				doc: 'Årsmålet för indikatorn ”Nettokostnad i tkr” under målet 2.1.1 ”Budgeten hålls” går inte att läsa: ”mycket bättre”. Skriv målet som ett tal (till exempel 5,5) eller som en av texterna: öka, minska, bibehålla, Tas fram av nämnd, Tas fram av nämnd/styrelse, Tas fram av enhet.'
			}
		});
		expect(await countRows(database.db)).toEqual(before);
	});

	it('refuses a broken document with the path of the first problem', async () => {
		const broken = structuredClone(doc) as unknown as { goals: { title?: string }[] };
		delete broken.goals[1].title;
		const before = await countRows(database.db);
		const result = await importPlan(database.db, { slug: 'familjeenheten', year: 2028, doc: broken as unknown as PlanDoc });
		expect(result).toEqual({ ok: false, errors: { doc: 'goals[1].title: saknas (ska vara en text)' } });
		expect(await countRows(database.db)).toEqual(before);
	});

	it('refuses a date that does not exist and a goal deeper than the goal model', async () => {
		const badDate: PlanDoc = structuredClone(doc);
		badDate.goals[0].goals[0].goals[0].goals[0].activities[0].end = '2026-02-30';
		expect(await importPlan(database.db, { slug: 'familjeenheten', year: 2028, doc: badDate })).toEqual({
			ok: false,
			errors: { doc: 'Aktiviteten ”Starta föräldragrupper” under målet ”Familjer får stöd tidigt” har ett datum som inte finns: 2026-02-30.' }
		});
		const tooDeep: PlanDoc = structuredClone(doc);
		tooDeep.goals[1].goals[0].goals[0].goals[0].goals = [
			{ label: 'Delmål', number: null, title: 'För djupt', sections: {}, indicators: [], activities: [], goals: [] }
		];
		expect(await importPlan(database.db, { slug: 'familjeenheten', year: 2028, doc: tooDeep })).toEqual({
			ok: false,
			errors: { doc: 'Målet ”För djupt” ligger på nivå 5, men kommunens målmodell har bara 4 nivåer.' }
		});
	});
});

function diff(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
	return Object.fromEntries(
		Object.keys(after)
			.filter((k) => after[k] !== before[k])
			.map((k) => [k, after[k] - before[k]])
	);
}

describe.each(testDrivers)('importing a Huddinge plan on %s', (driver) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
	});
	afterAll(() => database?.close());

	const goal = (label: string, title: string, extra: Partial<GoalDoc> = {}): GoalDoc => ({
		label,
		number: null,
		title,
		sections: {},
		indicators: [],
		activities: [],
		goals: [],
		...extra
	});
	const stageTable = {
		columns: ['2014', '2015', '2016', 'Etappmål 2017'],
		rows: [
			{ label: 'Totalt (antal)', values: ['151', '90', 'VB', '100'] },
			{ label: 'Kvinnor', values: ['74', '44', 'VB', '-'] },
			{ label: 'Män', values: ['77', '46', 'VB', '-'] }
		]
	};
	const huddingeDoc = (goals: GoalDoc[]): PlanDoc => ({
		title: 'Verksamhetsplan 2017 för socialnämnden',
		organisation: 'Socialnämnden',
		year: 2017,
		kind: 'verksamhetsplan',
		introduction: [],
		goals,
		budget: [],
		other: [],
		attachments: []
	});

	it('puts goals on the Huddinge levels by depth, with the etappmål as annual target and the gender split', async () => {
		const db = database.db;
		const huddinge = await createMunicipality(db, { name: 'Huddinge kommun', slug: 'huddinge', model: 'huddinge' });
		const social = await createCommittee(db, huddinge, { name: 'Socialnämnden', slug: 'socialnamnden' });
		await createUnit(db, social, { name: 'Arbete och försörjning', slug: 'arbete-och-forsorjning' });
		await createGoal(db, { organisation: huddinge, year: 2017, number: null, title: 'Fler i jobb' });

		const doc = huddingeDoc([
			goal('Övergripande mål', 'Fler i jobb', {
				goals: [
					goal('Delmål', 'Fler i egen försörjning', {
						indicators: [{ name: 'Huddingejobb', annualTarget: '100', councilTarget: null, periodicity: null, genderSplit: true, stageTable }],
						goals: [goal('Utvecklingsåtagande', 'utveckla metoder och arbetssätt')]
					})
				]
			}),
			goal('Delmål', 'Fel nivå')
		]);
		const result = await importPlan(db, { slug: 'arbete-och-forsorjning', year: 2017, doc });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.warnings).toEqual([
			'Skapade målet ”Fler i egen försörjning” (Delmål, Socialnämnden) som saknades i ramverket 2017.',
			'Målet ”Fel nivå” heter Delmål i dokumentet men ligger på nivån Övergripande mål (nivå 1) och sparas där.',
			'Skapade målet ”Fel nivå” (Övergripande mål, Huddinge kommun) som saknades i ramverket 2017.'
		]);

		const stored = await db
			.select({ title: goals.title, owner: organisations.slug })
			.from(goals)
			.innerJoin(organisations, eq(organisations.id, goals.organisationId))
			.where(eq(goals.year, 2017))
			.orderBy(goals.id);
		expect(stored).toEqual([
			{ title: 'Fler i jobb', owner: 'huddinge' },
			{ title: 'Fler i egen försörjning', owner: 'socialnamnden' },
			{ title: 'utveckla metoder och arbetssätt', owner: 'arbete-och-forsorjning' },
			{ title: 'Fel nivå', owner: 'huddinge' }
		]);
		// The indicator belongs to the delmål's owner; the unit's target is the Etappmål 2017 cell.
		const [indicator] = await db
			.select({ name: indicators.name, genderSplit: indicators.genderSplit, target: indicatorTargets.targetValue })
			.from(indicators)
			.innerJoin(indicatorTargets, eq(indicatorTargets.indicatorId, indicators.id));
		expect(indicator).toEqual({ name: 'Huddingejobb', genderSplit: true, target: 100 });
	});

	it('refuses the nämnd-formulated delmål with an åtagande under it: four levels where the model has three', async () => {
		const doc = huddingeDoc([
			goal('Övergripande mål', 'God omsorg för individen', {
				goals: [
					goal('Delmål', 'Fler upplever god vård och omsorg', {
						goals: [goal('Delmål', 'Gott bemötande', { goals: [goal('Utvecklingsåtagande', 'analysera och vidta åtgärder')] })]
					})
				]
			})
		]);
		const result = await importPlan(database.db, { slug: 'arbete-och-forsorjning', year: 2018, doc });
		expect(result).toEqual({
			ok: false,
			errors: { doc: 'Målet ”analysera och vidta åtgärder” ligger på nivå 4, men kommunens målmodell har bara 3 nivåer.' }
		});
	});
});
