import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { goalApplicability, goals, organisations, planSnapshots, plans } from '../db/schema';
import { exportPlan } from '../interchange/export-plan';
import { countRows } from '../interchange/test-fixtures';
import { demoCity, type DemoCity } from './demo-city';
import { ensureDemoData, loadDemo, resetDemo } from './load-demo';
import type { GoalDoc, IndicatorDoc } from '../../domain/interchange/plan-format';
import { parseTarget } from '../../domain/indicators/indicator';

/** A small city of our own: one committee, two units, one framework year, one plan. */
const fixtureCity: DemoCity = {
	municipality: { name: 'Provstad', slug: 'provstad', goalModelKey: 'stockholm' },
	committees: [
		{
			name: 'Provnämnden',
			slug: 'provnamnden',
			units: [
				{ name: 'Enhet A', slug: 'enhet-a', handler: 'Ada Ek', phone: '08-1' },
				{ name: 'Enhet B', slug: 'enhet-b', handler: 'Bo Ek', phone: '08-2' }
			]
		}
	],
	frameworks: [
		{
			year: 2026,
			goals: [
				{
					label: 'KF:s inriktningsmål',
					number: '1',
					title: 'En god stad',
					sections: {},
					indicators: [],
					activities: [],
					goals: [
						{
							label: 'KF:s mål för verksamhetsområdet',
							number: '1.1',
							title: 'Trygg uppväxt',
							sections: {},
							indicators: [{ name: 'Andel nöjda', annualTarget: null, councilTarget: '80 %', periodicity: 'År' }],
							activities: [],
							goals: [
								{
									label: 'Nämndmål',
									number: '1.1.1',
									title: 'Tidiga insatser',
									sections: { Beskrivning: 'B', 'Förväntat resultat': 'F' },
									indicators: [],
									activities: [{ title: 'Gemensam aktivitet', start: '2026-01-01', end: '2026-12-31' }],
									goals: []
								},
								{
									label: 'Nämndmål',
									number: '1.1.2',
									title: 'Gott bemötande',
									sections: {},
									indicators: [],
									activities: [],
									goals: []
								}
							]
						}
					]
				}
			],
			applicability: { '1.1.1': ['enhet-a'], '1.1.2': ['enhet-a', 'enhet-b'] }
		}
	],
	plans: [
		{
			unitSlug: 'enhet-a',
			year: 2026,
			plan: {
				title: null,
				organisation: 'Enhet A',
				year: 2026,
				kind: 'verksamhetsplan',
				introduction: [{ heading: 'Uppdrag', text: 'Vi gör nytta.' }],
				goals: [
					{
						label: 'KF:s inriktningsmål',
						number: '1',
						title: 'En god stad',
						sections: {},
						indicators: [],
						activities: [],
						goals: [
							{
								label: 'KF:s mål för verksamhetsområdet',
								number: '1.1',
								title: 'Trygg uppväxt',
								sections: {},
								indicators: [{ name: 'Andel nöjda', annualTarget: '85 %', councilTarget: '80 %', periodicity: 'År' }],
								activities: [],
								goals: [
									{
										label: 'Nämndmål',
										number: '1.1.1',
										title: 'Tidiga insatser',
										sections: {},
										indicators: [],
										activities: [],
										goals: [
											{
												label: 'Enhetsmål',
												number: null,
												title: 'Vi ser barnen tidigt',
												sections: { Arbetssätt: 'Hembesök.' },
												indicators: [],
												activities: [],
												goals: []
											}
										]
									}
								]
							}
						]
					}
				],
				budget: [{ heading: 'Budget', columns: ['Budget 2026'], rows: [{ label: 'Intäkter', values: [-100] }] }],
				other: [],
				attachments: []
			}
		}
	]
};

describe.each(testDrivers)('the demo loader on %s', (driver) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
	});
	afterAll(() => database?.close());

	it('loads a small city: organisations, the framework with its owners and applicability, and the plan', async () => {
		const db = database.db;
		const progress: string[] = [];
		const summary = await loadDemo(db, fixtureCity, { onProgress: (m) => progress.push(m) });
		expect(summary).toEqual({ organisations: 4, frameworkGoals: 4, plans: 1, warnings: [] });
		expect(progress).toEqual([
			'Skapar Provstad med nämnder och enheter …',
			'Läser in målramverket 2026 …',
			'Läser in enheternas verksamhetsplaner 2026 (1 st) …'
		]);

		const owned = await db
			.select({ number: goals.number, owner: organisations.slug })
			.from(goals)
			.innerJoin(organisations, eq(organisations.id, goals.organisationId))
			.orderBy(goals.id);
		expect(owned).toEqual([
			{ number: '1', owner: 'provstad' },
			{ number: '1.1', owner: 'provstad' },
			{ number: '1.1.1', owner: 'provnamnden' },
			{ number: '1.1.2', owner: 'provnamnden' },
			{ number: null, owner: 'enhet-a' }
		]);
		const chosen = await db
			.select({ number: goals.number, unit: organisations.slug })
			.from(goalApplicability)
			.innerJoin(goals, eq(goals.id, goalApplicability.goalId))
			.innerJoin(organisations, eq(organisations.id, goalApplicability.organisationId))
			.orderBy(goals.number, organisations.slug);
		expect(chosen).toEqual([
			{ number: '1.1.1', unit: 'enhet-a' },
			{ number: '1.1.2', unit: 'enhet-a' },
			{ number: '1.1.2', unit: 'enhet-b' }
		]);

		const [plan] = (await exportPlan(db, { slug: 'enhet-a', year: 2026 })).plans;
		// The header comes from the unit where the plan leaves it out.
		expect([plan.handler, plan.phone]).toEqual(['Ada Ek', '08-1']);
		const area = plan.goals[0].goals[0];
		expect(area.indicators.map((i) => [i.name, i.annualTarget, i.councilTarget])).toEqual([['Andel nöjda', '85 %', '80 %']]);
		expect(area.goals.map((g) => [g.number, g.activities.map((a) => a.title), g.goals.map((u) => u.title)])).toEqual([
			['1.1.1', ['Gemensam aktivitet'], ['Vi ser barnen tidigt']],
			['1.1.2', [], []]
		]);
	});

	it('loads only into an empty database', async () => {
		const before = await countRows(database.db);
		expect(await ensureDemoData(database.db, fixtureCity)).toBe(false);
		expect(await countRows(database.db)).toEqual(before);
	});

	it('resets to the demo city, with ids from 1, and leaves the old data when loading fails', async () => {
		const db = database.db;
		const started = performance.now();
		const summary = await resetDemo(db);
		const ms = Math.round(performance.now() - started);
		console.log(`Demo reset and load on ${driver}: ${ms} ms`);
		expect(summary.warnings).toEqual([]);
		expect(summary.plans).toBe(demoCity.plans.length);
		const orgs = await db.select({ id: organisations.id, slug: organisations.slug }).from(organisations).orderBy(organisations.id);
		expect(orgs[0]).toEqual({ id: 1, slug: demoCity.municipality.slug });
		expect(orgs.map((o) => o.slug)).not.toContain('provstad');

		// The demo starts with last year's six plans fastställda (one frozen document each) and two of this year's handed in.
		const statuses = await db
			.select({ slug: organisations.slug, year: plans.year, status: plans.status, diaryNumber: plans.diaryNumber })
			.from(plans)
			.innerJoin(organisations, eq(organisations.id, plans.organisationId))
			.where(eq(plans.kind, 'verksamhetsplan'))
			.orderBy(plans.year, organisations.id);
		expect(statuses.filter((p) => p.year === 2025).map((p) => p.status)).toEqual(Array(6).fill('approved'));
		expect(statuses.find((p) => p.year === 2025 && p.slug === 'familjeenheten')?.diaryNumber).toBe('NSN 2024/312');
		expect(statuses.filter((p) => p.year === 2026 && p.status !== 'draft').map((p) => `${p.slug} ${p.status}`)).toEqual([
			'hemtjansten-norrviken submitted',
			'forskoleenheten-sjoangen submitted'
		]);
		// One frozen document per fastställd plan and report: 6 plans 2025, 6 × T1, T2, VB 2025, and
		// 2026 T1 for all units but Familjeenheten: 6 + 18 + 5 = 29.
		expect(await db.select({ id: planSnapshots.id }).from(planSnapshots)).toHaveLength(29);

		const before = await countRows(db);
		const broken: DemoCity = { ...fixtureCity, plans: [{ ...fixtureCity.plans[0], unitSlug: 'finns-inte' }] };
		await expect(resetDemo(db, broken)).rejects.toThrow('Organisationen finns inte');
		expect(await countRows(db)).toEqual(before);
	});

	it('gives every demo unit the texts, budget, unit goals and targets its plan document has', async () => {
		for (const entry of demoCity.plans) {
			const [exported] = (await exportPlan(database.db, { slug: entry.unitSlug, year: entry.year })).plans;
			const doc = entry.plan;
			expect(exported.introduction).toEqual(doc.introduction);
			expect(exported.other).toEqual(doc.other);
			expect(exported.budget).toEqual(doc.budget);
			expect(exported.attachments).toEqual(doc.attachments);
			expect(unitGoalsOf(exported.goals)).toEqual(unitGoalsOf(doc.goals));
			// Every target the plan sets comes back (as the plan shows it: "36" for a count comes back "36 st").
			const exportedTargets = targetsOf(exported.goals);
			for (const [path, target] of targetsOf(doc.goals)) {
				expect(exportedTargets.get(path), `${entry.unitSlug} ${entry.year} ${path}`).toEqual(target);
			}
		}
	});
});

function unitGoalsOf(docs: GoalDoc[]): unknown[] {
	return docs.flatMap((g) =>
		g.label === 'Enhetsmål'
			? [
					{
						title: g.title,
						sections: g.sections,
						indicators: g.indicators.map((i) => ({ ...i, annualTarget: targetOf(i) })),
						activities: g.activities
					}
				]
			: unitGoalsOf(g.goals)
	);
}

/** A target as its stored value, so that "36" and "36 st" compare equal. */
function targetOf(indicator: IndicatorDoc): unknown {
	const parsed = parseTarget(indicator.annualTarget, indicator.unit ?? '');
	return parsed.ok ? parsed.target : indicator.annualTarget;
}

function targetsOf(docs: GoalDoc[], prefix = ''): Map<string, unknown> {
	const map = new Map<string, unknown>();
	for (const g of docs) {
		const path = `${prefix}/${g.number ?? g.title}`;
		for (const i of g.indicators) if (i.annualTarget !== null) map.set(`${path}/${i.name}`, targetOf(i));
		for (const [k, v] of targetsOf(g.goals, path)) map.set(k, v);
	}
	return map;
}
