import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { createActivity } from '../testing/factories';
import { exportPlan } from '../interchange/export-plan';
import { buildExamplePlan, countRows } from '../interchange/test-fixtures';
import { copyFrameworkForward } from '../framework/copy-framework-forward';
import { copyPlanForward, movePlanDoc } from './copy-plan-forward';
import type { PlanDoc, PlanFile } from '../../domain/interchange/plan-format';

describe('moving a plan document to another year', () => {
	it('moves dates (29 February to the 28th) and years in titles, headings, budget columns and attachments, not in texts', () => {
		const doc: PlanDoc = {
			title: 'Verksamhetsplan 2028 för Familjeenheten',
			organisation: 'Familjeenheten',
			year: 2028,
			kind: 'verksamhetsplan',
			introduction: [{ heading: 'Uppdraget 2028', text: 'Sedan 2028 arbetar vi så.' }],
			goals: [
				{
					label: 'Enhetsmål',
					number: null,
					title: 'Mål för 2028',
					sections: { Arbetssätt: 'Som 2028.' },
					indicators: [],
					activities: [
						{ title: 'Skottdag 2028', start: '2028-02-29', end: '2028-02-29' },
						{ title: 'Utan datum', start: null, end: null }
					],
					goals: []
				}
			],
			budget: [{ heading: 'Budget 2028', columns: ['Budget 2028', 'Prognos'], rows: [{ label: 'Intäkter 2028', values: [-1] }] }],
			other: [],
			attachments: ['Internkontrollplan 2028', 'Plan 20281']
		};
		expect(movePlanDoc(doc, 2028, 2029)).toEqual({
			title: 'Verksamhetsplan 2029 för Familjeenheten',
			organisation: 'Familjeenheten',
			year: 2029,
			kind: 'verksamhetsplan',
			introduction: [{ heading: 'Uppdraget 2029', text: 'Sedan 2028 arbetar vi så.' }],
			goals: [
				{
					label: 'Enhetsmål',
					number: null,
					title: 'Mål för 2029',
					sections: { Arbetssätt: 'Som 2028.' },
					indicators: [],
					activities: [
						{ title: 'Skottdag 2029', start: '2029-02-28', end: '2029-02-28' },
						{ title: 'Utan datum', start: null, end: null }
					],
					goals: []
				}
			],
			budget: [{ heading: 'Budget 2029', columns: ['Budget 2029', 'Prognos'], rows: [{ label: 'Intäkter 2028', values: [-1] }] }],
			other: [],
			attachments: ['Internkontrollplan 2029', 'Plan 20281']
		});
	});
});

describe.each(testDrivers)('copying a plan forward on %s', (driver) => {
	let database: Database;
	let original: PlanFile;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
		const { goals } = await buildExamplePlan(database.db, 2028);
		await createActivity(database.db, {
			goal: goals.own1,
			title: 'Skottdagsuppföljning 2028',
			start: '2028-02-01',
			end: '2028-02-29',
			position: 2
		});
		original = await exportPlan(database.db, { slug: 'familjeenheten', year: 2028 });
	});
	afterAll(() => database?.close());

	it('refuses while the new year has no framework, and writes nothing', async () => {
		const before = await countRows(database.db);
		expect(await copyPlanForward(database.db, { slug: 'familjeenheten', fromYear: 2028, toYear: 2029 })).toEqual({
			ok: false,
			errors: { toYear: 'Det finns inget målramverk för 2029 ännu. Kopiera först kommunens målramverk till 2029.' }
		});
		expect(await countRows(database.db)).toEqual(before);
	});

	it('copies the plan into the new framework with dates and years moved', async () => {
		expect((await copyFrameworkForward(database.db, { slug: 'exempelstad', fromYear: 2028, toYear: 2029 })).ok).toBe(true);
		expect((await copyFrameworkForward(database.db, { slug: 'norra-namnden', fromYear: 2028, toYear: 2029 })).ok).toBe(true);
		const result = await copyPlanForward(database.db, { slug: 'familjeenheten', fromYear: 2028, toYear: 2029 });
		expect(result).toEqual({ ok: true, value: { planId: expect.any(Number), warnings: [] } });

		// The 2028 plan with, by hand, what moves to 2029; everything else (targets, texts, budget) is the same.
		const expected: PlanFile = structuredClone(original);
		const plan = expected.plans[0];
		plan.title = 'Verksamhetsplan 2029 – Familjeenheten';
		plan.year = 2029;
		plan.attachments = ['Internkontrollplan 2029', 'Jämställdhets- och mångfaldsplan'];
		const kf11 = plan.goals[0].goals[0];
		kf11.activities = [{ title: 'Stadens barnrättsarbete samordnas', start: '2029-01-01', end: '2029-12-31' }];
		const n111 = kf11.goals[0];
		n111.activities = [{ title: 'Enheternas registerförteckning revideras', start: '2029-02-01', end: '2029-06-30' }];
		n111.goals[0].activities = [
			{ title: 'Starta föräldragrupper', start: '2029-03-01', end: '2029-11-30' },
			{ title: 'Utvärdera arbetssättet', start: null, end: null },
			{ title: 'Skottdagsuppföljning 2029', start: '2029-02-01', end: '2029-02-28' }
		];
		expect(await exportPlan(database.db, { slug: 'familjeenheten', year: 2029 })).toEqual(expected);
		// The earlier year is untouched.
		expect(await exportPlan(database.db, { slug: 'familjeenheten', year: 2028 })).toEqual(original);
	});

	it('refuses a new year that already has content, a unit without a plan and the same year, and writes nothing', async () => {
		const before = await countRows(database.db);
		expect(await copyPlanForward(database.db, { slug: 'familjeenheten', fromYear: 2028, toYear: 2029 })).toEqual({
			ok: false,
			errors: {
				plan: 'Verksamhetsplan 2029 för Familjeenheten har redan innehåll (mål, indikatorer, aktiviteter, texter, budget eller bilagor). Import görs bara till en tom plan.'
			}
		});
		expect(await copyPlanForward(database.db, { slug: 'vuxenenheten', fromYear: 2028, toYear: 2029 })).toEqual({
			ok: false,
			errors: { fromYear: 'Vuxenenheten har ingen verksamhetsplan för 2028 att kopiera.' }
		});
		expect(await copyPlanForward(database.db, { slug: 'familjeenheten', fromYear: 2028, toYear: 2028 })).toEqual({
			ok: false,
			errors: { toYear: 'Välj ett annat år att kopiera till.' }
		});
		expect(await countRows(database.db)).toEqual(before);
	});
});
