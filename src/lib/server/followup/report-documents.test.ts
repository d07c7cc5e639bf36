import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { createBudgetTable, createFollowupCity, enterOutcome } from '../testing/followup-factories';
import { createPerson } from '../testing/workflow-factories';
import { saveBudgetFollowup } from './save-budget-followup';
import { saveGoalAssessment } from './save-goal-assessment';
import { loadForecast } from './load-forecast';
import type { ReportGoal } from './load-report';
import { submitPlan } from '../workflow/submit-plan';
import { approvePlan } from '../workflow/approve-plan';
import { loadPlanStatus } from '../workflow/load-plan-status';
import { getPlanSnapshot, type Frozen } from '../workflow/get-plan-snapshot';
import { ensurePlan } from '../plans/ensure-plan';
import { addPlanSection } from '../plans/add-plan-section';
import { ownsItem } from '../policies/owned-item';

const decision = { decidedOn: '2026-05-20', decidedBy: 'Norra nämnden', diaryNumber: 'NO 2026/0101' };

function allGoals<G extends { children: G[] }>(goals: G[]): G[] {
	return goals.flatMap((g) => [g, ...allGoals(g.children)]);
}

/** The report as a document of its own: the monthly forecast beside it, its fastställd version, its texts apart from the plan's. */
describe.each(testDrivers)("a unit's report documents (%s)", (driver) => {
	let database: Database;
	let db: Database['db'];
	let city: Awaited<ReturnType<typeof createFollowupCity>>;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
		db = database.db;
		city = await createFollowupCity(db);
	});
	afterAll(() => database?.close());

	it('the monthly forecast shows the month asked for, with variance and sums, apart from the reports', async () => {
		const { table, rows } = await createBudgetTable(db, {
			organisation: city.unit,
			rows: [
				['Intäkter', -1200],
				['Personal', 8000]
			]
		});
		const [income, staff] = rows;
		const march = await saveBudgetFollowup(db, {
			tableId: table.id,
			organisationId: city.unit.id, year: 2026,
			period: 'M03',
			rows: { [income.id]: { outcome: '-310', forecast: '-1 250' }, [staff.id]: { outcome: '1 990', forecast: '8 150' } }
		});
		expect(march.ok).toBe(true);
		const t1 = await saveBudgetFollowup(db, { tableId: table.id, organisationId: city.unit.id, year: 2026, period: 'T1', rows: { [staff.id]: { outcome: '2 700', forecast: '8 000' } } });
		expect(t1.ok).toBe(true);

		const forecast = await loadForecast(db, city.unit.slug, 2026, 'M03');
		expect(forecast.month).toBe('M03');
		expect(forecast.plan?.kind).toBe('verksamhetsplan');
		const [shown] = forecast.budget;
		// Avvikelse = budget − prognos: −1 200 − (−1 250) = 50; 8 000 − 8 150 = −150.
		expect(shown.rows.map((r) => [r.label, r.budget, r.followup?.outcome, r.followup?.forecast, r.variance])).toEqual([
			['Intäkter', -1200, -310, -1250, 50],
			['Personal', 8000, 1990, 8150, -150]
		]);
		// Σbudget −1 200 + 8 000 = 6 800; Σutfall −310 + 1 990 = 1 680; Σprognos −1 250 + 8 150 = 6 900; 50 − 150 = −100.
		expect(shown.sums).toEqual({ budget: 6800, outcome: 1680, forecast: 6900, variance: -100 });

		// April has nothing entered yet; T1's figures are not a month's.
		const april = await loadForecast(db, city.unit.slug, 2026, 'M04');
		expect(april.budget[0].rows.map((r) => r.followup)).toEqual([null, null]);
		expect(april.budget[0].sums).toEqual({ budget: 6800, outcome: null, forecast: null, variance: null });
	});

	it('a unit without a plan has no budget to forecast', async () => {
		const forecast = await loadForecast(db, city.otherUnit.slug, 2026, 'M01');
		expect(forecast.plan).toBeNull();
		expect(forecast.budget).toEqual([]);
	});

	it('a report is fastställd as a report: its frozen version is the report view with outcomes and assessments', async () => {
		await enterOutcome(db, {
			indicator: city.share,
			organisation: city.unit,
			period: 'T1',
			fields: { numerator: '41', denominator: '50', women: { numerator: '22', denominator: '25' }, men: { numerator: '19', denominator: '25' } }
		});
		const assessed = await saveGoalAssessment(db, {
			goalId: city.unitGoal.id,
			organisationId: city.unit.id, year: 2026,
			period: 'T1',
			version: 0,
			fields: { level: 'partly', analysis: 'Två utredningar drog ut på tiden under våren.', measures: 'Veckovis genomgång av utredningstider.' }
		});
		expect(assessed.ok).toBe(true);
		const editor = await createPerson(db, { username: 'rut', displayName: 'Rut Redaktör' });
		const reviewer = await createPerson(db, { username: 'gustav', displayName: 'Gustav Granskare' });
		const step = { organisationId: city.unit.id, year: 2026, kind: 'tertialrapport-1' as const };
		expect((await submitPlan(db, { ...step, userId: editor.id })).ok).toBe(true);
		const approved = await approvePlan(db, { ...step, userId: reviewer.id }, decision);
		if (!approved.ok) throw new Error(JSON.stringify(approved.errors));

		// The plan itself is untouched (not started, or a draft): only the report moved.
		expect([null, 'draft']).toContain((await loadPlanStatus(db, city.unit.id, 2026)).status);
		expect((await loadPlanStatus(db, city.unit.id, 2026, 'tertialrapport-1')).status).toBe('approved');

		const snapshot = await getPlanSnapshot(db, { snapshotId: approved.value.snapshotId, organisationId: city.unit.id, year: 2026 });
		expect(snapshot.kind).toBe('tertialrapport-1');
		if (snapshot.kind === 'verksamhetsplan') throw new Error('expected the report');
		expect(snapshot.content.title).toBe('Tertialrapport 1 2026 – Familjeenheten');
		expect(snapshot.content.period).toBe('T1');
		expect(snapshot.content.report?.status).toBe('approved');
		const goals: Frozen<ReportGoal>[] = allGoals(snapshot.content.cascade);
		expect(goals.find((g) => g.id === city.unitGoal.id)?.assessment?.analysis).toBe('Två utredningar drog ut på tiden under våren.');
		const share = goals.flatMap((g) => g.indicators).find((i) => i.id === city.share.id);
		// 41/50 = 82 % against the unit's Årsmål 82 %: met.
		expect(share?.outcome?.outcome.value).toBe(82);
		expect(share?.fulfilment.level).toBe('met');

		// Submitting the fastställd report again is refused in the report's words.
		const again = await submitPlan(db, { ...step, userId: editor.id });
		expect(again).toEqual({
			ok: false,
			errors: {
				form: 'Rapporten kan inte lämnas in eftersom den är fastställd. Någon annan kan ha hunnit före; ladda om sidan och se rapportens status.'
			}
		});
	});

	it("a report's own texts are not the plan's: a page of one cannot change the other's", async () => {
		const plan = await ensurePlan(db, city.unit.id, 2026);
		const report = await ensurePlan(db, city.unit.id, 2026, 'verksamhetsberattelse');
		const planSection = await addPlanSection(db, plan.id, 'introduction', { heading: 'Enhetens uppdrag', text: '' });
		const reportSection = await addPlanSection(db, report.id, 'introduction', { heading: 'Sammanfattning', text: '' });
		expect(await ownsItem(db, 'section', planSection.id, city.unit.id)).toBe(true);
		expect(await ownsItem(db, 'section', reportSection.id, city.unit.id)).toBe(false);
		expect(await ownsItem(db, 'section', reportSection.id, city.unit.id, 'verksamhetsberattelse')).toBe(true);
		expect(await ownsItem(db, 'section', planSection.id, city.unit.id, 'verksamhetsberattelse')).toBe(false);
		// Nor another unit's.
		expect(await ownsItem(db, 'section', reportSection.id, city.otherUnit.id, 'verksamhetsberattelse')).toBe(false);
	});
});
