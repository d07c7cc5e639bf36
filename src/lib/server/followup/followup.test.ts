import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { changeLog, indicatorOutcomes, municipalitySettings } from '../db/schema';
import { createFollowupFramework, createBudgetTable, enterOutcome } from '../testing/followup-factories';
import { createCommittee, createGoal, createIndicator, createMunicipality, createUnit, setIndicatorTarget } from '../testing/factories';
import { saveOutcome } from './save-outcome';
import { saveGoalAssessment } from './save-goal-assessment';
import { saveActivityFollowup } from './save-activity-followup';
import { saveBudgetFollowup } from './save-budget-followup';
import { loadReport, type ReportGoal, type ReportIndicator } from './load-report';
import { linkPreviousIndicators } from './link-previous-indicators';

function allIndicators(goals: ReportGoal[]): ReportIndicator[] {
	return goals.flatMap((g) => [...g.indicators, ...allIndicators(g.children)]);
}

describe.each(testDrivers)('the follow-up of a unit (%s)', (driver) => {
	let database: Database;
	let db: Database['db'];
	let n = 0;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
		db = database.db;
	});
	afterAll(() => database?.close());

	/** Each test its own municipality (slugs numbered). */
	async function city(year = 2026) {
		n += 1;
		const municipality = await createMunicipality(db, { name: 'Teststad', slug: `teststad-${n}` });
		const committee = await createCommittee(db, municipality, { name: 'Norra nämnden', slug: `norra-${n}` });
		const unit = await createUnit(db, committee, { name: 'Familjeenheten', slug: `familj-${n}` });
		const otherUnit = await createUnit(db, committee, { name: 'Vuxenenheten', slug: `vuxen-${n}` });
		const framework = await createFollowupFramework(db, { municipality, committee, unit, otherUnit }, year);
		return { municipality, committee, unit, otherUnit, ...framework };
	}

	it('saves a share from täljare and nämnare with kvinnor and män, and judges it against the Årsmål', async () => {
		const c = await city();
		const saved = await enterOutcome(db, {
			indicator: c.share,
			organisation: c.unit,
			period: 'T1',
			fields: { numerator: '41', denominator: '50', women: { numerator: '22', denominator: '25' }, men: { numerator: '19', denominator: '25' }, comment: 'Två utredningar drog ut på tiden.' }
		});
		expect(saved.changed).toBe(true);
		expect(saved.stored?.version).toBe(1);
		// 41/50 = 82 %, kvinnor 22/25 = 88 %, män 19/25 = 76 %.
		expect(saved.stored?.outcome).toMatchObject({ status: 'reported', value: 82, numerator: 41, denominator: 50 });
		expect(saved.stored?.outcome.women).toEqual({ value: 88, numerator: 22, denominator: 25, respondents: null });
		expect(saved.stored?.outcome.men).toEqual({ value: 76, numerator: 19, denominator: 25, respondents: null });

		const report = await loadReport(db, c.unit.slug, 2026, 'T1');
		expect(report.title).toBe('Tertialrapport 1 2026 – Familjeenheten');
		const share = allIndicators(report.cascade).find((i) => i.id === c.share.id)!;
		expect(share.outcome?.outcome.comment).toBe('Två utredningar drog ut på tiden.');
		// 82 % against the unit's Årsmål 82 %: met (the target itself is met).
		expect(share.fulfilment.level).toBe('met');
	});

	it('shows in T1 only what is reported in T1: the tertial indicator, not the half-year or yearly ones', async () => {
		const c = await city();
		const t1 = allIndicators((await loadReport(db, c.unit.slug, 2026, 'T1')).cascade).map((i) => i.name);
		expect(t1).toEqual(['Andel utredningar som avslutas i tid']);
		const t2 = allIndicators((await loadReport(db, c.unit.slug, 2026, 'T2')).cascade).map((i) => i.name);
		expect(t2).toEqual(['Andel utredningar som avslutas i tid', 'Antal hembesök']);
		const vb = allIndicators((await loadReport(db, c.unit.slug, 2026, 'VB')).cascade).map((i) => i.name);
		expect(vb).toEqual(['Andel utredningar som avslutas i tid', 'Antal hembesök', 'Nöjd-brukar-index']);
	});

	it('refuses an outcome for an indicator not reported in the period, or not in the unit\'s plan', async () => {
		const c = await city();
		const yearly = await saveOutcome(db, { indicatorId: c.satisfaction.id, organisationId: c.unit.id, year: 2026, period: 'T1', version: 0, fields: { value: '80' } });
		expect(yearly).toEqual({ ok: false, errors: { form: 'Indikatorn redovisas inte i Tertialrapport 1 2026 (periodicitet År).' } });
		// Vuxenenheten has no Årsmål row for the committee's count, and the unit goal's index is Familjeenheten's own.
		for (const indicator of [c.visits, c.satisfaction]) {
			const result = await saveOutcome(db, { indicatorId: indicator.id, organisationId: c.otherUnit.id, year: 2026, period: 'VB', version: 0, fields: { value: '3' } });
			expect(result).toEqual({ ok: false, errors: { form: 'Indikatorn finns inte i enhetens plan.' } });
		}
		expect(await db.select().from(indicatorOutcomes).where(eq(indicatorOutcomes.organisationId, c.otherUnit.id))).toEqual([]);
		// An item of 2026 is not in the 2025 report (whose status the request was checked against).
		const otherYear = { organisationId: c.unit.id, year: 2025, period: 'VB' as const, version: 0 };
		expect(await saveOutcome(db, { ...otherYear, indicatorId: c.share.id, fields: { value: '3' } })).toEqual({
			ok: false,
			errors: { form: 'Indikatorn finns inte i enhetens plan.' }
		});
		expect((await saveGoalAssessment(db, { ...otherYear, goalId: c.unitGoal.id, fields: { level: 'met' } })).ok).toBe(false);
		expect((await saveActivityFollowup(db, { ...otherYear, activityId: c.unitActivity.id, fields: { status: 'done' } })).ok).toBe(false);
	});

	it('gives Swedish messages at the field and writes nothing on bad input', async () => {
		const c = await city();
		const result = await saveOutcome(db, {
			indicatorId: c.share.id,
			organisationId: c.unit.id, year: 2026,
			period: 'T1',
			version: 0,
			fields: { numerator: '60', denominator: '50', women: { value: 'många' }, overrideLevel: 'met', overrideJustification: '  ' }
		});
		expect(result).toEqual({
			ok: false,
			errors: {
				numerator: 'Täljaren kan inte vara större än nämnaren.',
				'women.value': 'Skriv ett tal, till exempel 5,5.',
				overrideJustification: 'Skriv en motivering till varför bedömningen ändras.'
			}
		});
		expect(await db.select().from(indicatorOutcomes).where(eq(indicatorOutcomes.organisationId, c.unit.id))).toEqual([]);
	});

	it('keeps the other person\'s save: a save from an older version writes nothing and returns theirs', async () => {
		const c = await city();
		await enterOutcome(db, { indicator: c.share, organisation: c.unit, period: 'T1', fields: { value: '70' } });
		const mine = await saveOutcome(db, { indicatorId: c.share.id, organisationId: c.unit.id, year: 2026, period: 'T1', version: 1, fields: { value: '72' } });
		expect(mine.ok && mine.value.stored?.version).toBe(2);
		// Someone else started from version 1 too, before the save above.
		const theirs = await saveOutcome(db, { indicatorId: c.share.id, organisationId: c.unit.id, year: 2026, period: 'T1', version: 1, fields: { value: '90' } });
		expect(theirs.ok).toBe(false);
		if (theirs.ok || !('conflict' in theirs)) throw new Error('expected a conflict');
		expect(theirs.conflict?.outcome.value).toBe(72);
		expect(theirs.errors.form).toContain('Någon annan har sparat utfallet');
		// Two people entering the first outcome at once: the second is told.
		const first = await saveOutcome(db, { indicatorId: c.share.id, organisationId: c.otherUnit.id, year: 2026, period: 'T1', version: 0, fields: { value: '60' } });
		expect(first.ok).toBe(true);
		const second = await saveOutcome(db, { indicatorId: c.share.id, organisationId: c.otherUnit.id, year: 2026, period: 'T1', version: 0, fields: { value: '61' } });
		expect(second.ok).toBe(false);
	});

	it('saving what is stored changes nothing: no new version and no line in the history', async () => {
		const c = await city();
		const fields = { numerator: '47', denominator: '200', women: { numerator: '30', denominator: '120' }, men: { numerator: '17', denominator: '80' } };
		await enterOutcome(db, { indicator: c.share, organisation: c.unit, period: 'T2', fields });
		const logged = async () =>
			(await db.select().from(changeLog).where(and(eq(changeLog.tableName, 'indicator_outcomes'), eq(changeLog.organisationId, c.unit.id)))).length;
		expect(await logged()).toBe(1);
		const again = await saveOutcome(db, { indicatorId: c.share.id, organisationId: c.unit.id, year: 2026, period: 'T2', version: 1, fields });
		expect(again.ok && again.value).toMatchObject({ changed: false, stored: { version: 1 } });
		expect(await logged()).toBe(1);
		// A blank outcome that never existed is not stored either.
		const blank = await saveOutcome(db, { indicatorId: c.share.id, organisationId: c.unit.id, year: 2026, period: 'T1', version: 0, fields: {} });
		expect(blank).toEqual({ ok: true, value: { stored: null, changed: false } });
	});

	it('an override needs a justification and is shown with the computed fulfilment beside it', async () => {
		const c = await city();
		// 30 of 50 = 60 % against 82 % with the default band (5 % of 82 = 4,1 points): ej uppfyllt.
		await saveOutcome(db, {
			indicatorId: c.share.id,
			organisationId: c.unit.id, year: 2026,
			period: 'T1',
			version: 0,
			fields: { numerator: '30', denominator: '50', overrideLevel: 'partly', overrideJustification: 'Tre ärenden flyttades från en annan enhet sent i perioden.' }
		});
		const share = allIndicators((await loadReport(db, c.unit.slug, 2026, 'T1')).cascade).find((i) => i.id === c.share.id)!;
		expect(share.fulfilment.level).toBe('partly');
		expect(share.fulfilment.reason).toBe('Tre ärenden flyttades från en annan enhet sent i perioden.');
		expect(share.fulfilment.computed.level).toBe('notMet');
	});

	it('judges with the municipality\'s own "delvis" band', async () => {
		const c = await city();
		// 39 of 50 = 78 % against 82 %: 4 points short. Within 5 % of 82 (4,1): delvis; not within 2 % (1,64).
		await enterOutcome(db, { indicator: c.share, organisation: c.unit, period: 'T1', fields: { numerator: '39', denominator: '50' } });
		const level = async () => allIndicators((await loadReport(db, c.unit.slug, 2026, 'T1')).cascade).find((i) => i.id === c.share.id)!.fulfilment.level;
		expect(await level()).toBe('partly');
		await db.insert(municipalitySettings).values({ organisationId: c.municipality.id, partlyBand: 0.02 });
		expect(await level()).toBe('notMet');
	});

	it('judges "öka" against the same period last year, through the indicator of the year before', async () => {
		n += 1;
		const municipality = await createMunicipality(db, { name: 'Teststad', slug: `teststad-${n}` });
		const committee = await createCommittee(db, municipality, { slug: `norra-${n}` });
		const unit = await createUnit(db, committee, { slug: `familj-${n}` });
		const lastYear = await createGoal(db, { organisation: unit, depth: 3, year: 2025, title: 'Fler i arbete' });
		const thisYear = await createGoal(db, { organisation: unit, depth: 3, year: 2026, title: 'Fler i arbete' });
		const before = await createIndicator(db, { goal: lastYear, name: 'Antal deltagare i arbete', unit: 'st', periodicity: 'tertial' });
		const now = await createIndicator(db, { goal: thisYear, name: 'Antal deltagare i arbete', unit: 'st', periodicity: 'tertial' });
		// createIndicator (the factory) writes straight to the table; the use cases link on import and copy.
		await linkPreviousIndicators(db, 2026);
		await setIndicatorTarget(db, now, unit, 'öka');
		await enterOutcome(db, { indicator: before, organisation: unit, year: 2025, period: 'T1', fields: { value: '14' } });
		await enterOutcome(db, { indicator: now, organisation: unit, period: 'T1', fields: { value: '17' } });
		await enterOutcome(db, { indicator: before, organisation: unit, year: 2025, period: 'T2', fields: { value: '20' } });
		await enterOutcome(db, { indicator: now, organisation: unit, period: 'T2', fields: { value: '20' } });

		const t1 = allIndicators((await loadReport(db, unit.slug, 2026, 'T1')).cascade)[0];
		expect(t1.previousOutcome?.outcome.value).toBe(14);
		expect(t1.fulfilment).toMatchObject({ level: 'met', reason: 'Utfallet 17\u00a0st är högre än samma period förra året (14\u00a0st); målet är att öka.' });
		// T2: 20 against last year's 20: no increase.
		expect(allIndicators((await loadReport(db, unit.slug, 2026, 'T2')).cascade)[0].fulfilment.level).toBe('notMet');
		// VB: nothing last year → not judged, with the reason.
		expect(allIndicators((await loadReport(db, unit.slug, 2026, 'VB')).cascade)[0].fulfilment).toMatchObject({
			level: 'notJudged',
			reason: 'Utfall saknas.'
		});
	});

	it('saves a goal assessment with analysis and measures, version-checked', async () => {
		const c = await city();
		const fields = { level: 'partly' as const, analysis: 'Väntetiderna har kortats men inte nått målet.', measures: 'Ett extra utredarteam under hösten.' };
		const first = await saveGoalAssessment(db, { goalId: c.committeeGoal.id, organisationId: c.unit.id, year: 2026, period: 'T2', version: 0, fields });
		expect(first.ok && first.value.stored).toMatchObject({ level: 'partly', version: 1 });
		const stale = await saveGoalAssessment(db, { goalId: c.committeeGoal.id, organisationId: c.unit.id, year: 2026, period: 'T2', version: 0, fields: { ...fields, level: 'met' } });
		expect(stale.ok).toBe(false);
		const report = await loadReport(db, c.unit.slug, 2026, 'T2');
		const committeeGoal = report.cascade[0].children[0].children[0];
		expect(committeeGoal.title).toBe('Tidiga insatser för barn');
		expect(committeeGoal.assessment).toMatchObject({ level: 'partly', analysis: fields.analysis, measures: fields.measures });
		// Another unit's report does not show it.
		const other = await loadReport(db, c.otherUnit.slug, 2026, 'T2');
		expect(other.cascade[0].children[0].children[0].assessment).toBeNull();
		// The council's direction goal (the top level) is not assessed by a unit; the area goal is.
		const direction = await saveGoalAssessment(db, { goalId: c.direction.id, organisationId: c.unit.id, year: 2026, period: 'T2', version: 0, fields });
		expect(direction).toEqual({ ok: false, errors: { form: 'Målet finns inte i enhetens plan.' } });
		expect((await saveGoalAssessment(db, { goalId: c.area.id, organisationId: c.unit.id, year: 2026, period: 'T2', version: 0, fields })).ok).toBe(true);
		// A goal of another municipality is not the unit's to assess.
		const foreign = await saveGoalAssessment(db, { goalId: c.unitGoal.id, organisationId: c.otherUnit.id, year: 2026, period: 'T2', version: 0, fields });
		expect(foreign).toEqual({ ok: false, errors: { form: 'Målet finns inte i enhetens plan.' } });
		expect(
			await saveGoalAssessment(db, { goalId: c.committeeGoal.id, organisationId: c.unit.id, year: 2026, period: 'T2', version: 1, fields: { ...fields, level: 'sort of' as never } })
		).toEqual({ ok: false, errors: { level: 'Välj Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Ej bedömt.' } });
	});

	it('each unit follows up a shared committee activity on its own', async () => {
		const c = await city();
		await saveActivityFollowup(db, { activityId: c.committeeActivity.id, organisationId: c.unit.id, year: 2026, period: 'T1', version: 0, fields: { status: 'done', comment: 'Klar i mars.' } });
		await saveActivityFollowup(db, { activityId: c.committeeActivity.id, organisationId: c.otherUnit.id, year: 2026, period: 'T1', version: 0, fields: { status: 'delayed' } });
		const statusIn = async (slug: string) =>
			(await loadReport(db, slug, 2026, 'T1')).cascade[0].children[0].children[0].activities.map((a) => [a.title, a.followup?.status ?? null, a.followup?.comment ?? null]);
		expect(await statusIn(c.unit.slug)).toEqual([['Registerförteckningen revideras', 'done', 'Klar i mars.']]);
		expect(await statusIn(c.otherUnit.slug)).toEqual([['Registerförteckningen revideras', 'delayed', '']]);
		// Familjeenheten's own activity is not Vuxenenheten's to report on.
		const sibling = await saveActivityFollowup(db, { activityId: c.unitActivity.id, organisationId: c.otherUnit.id, year: 2026, period: 'T1', version: 0, fields: { status: 'done' } });
		expect(sibling).toEqual({ ok: false, errors: { form: 'Aktiviteten finns inte i enhetens plan.' } });
	});

	it('budget: outcome and forecast per row with variance against the budget, all rows or none', async () => {
		const c = await city();
		const { table, rows } = await createBudgetTable(db, {
			organisation: c.unit,
			rows: [
				['Intäkter', -1400],
				['Personal', 9800],
				['Övriga kostnader', 2000]
			]
		});
		const [income, staff, other] = rows;
		const bad = await saveBudgetFollowup(db, {
			tableId: table.id,
			organisationId: c.unit.id, year: 2026,
			period: 'T1',
			rows: { [income.id]: { outcome: '-480', forecast: '-1 450' }, [staff.id]: { outcome: 'tre tusen', forecast: '9 900' } }
		});
		expect(bad).toEqual({ ok: false, errors: { [`outcome-${staff.id}`]: 'Skriv ett belopp i tkr, till exempel -1 400.' } });

		const good = await saveBudgetFollowup(db, {
			tableId: table.id,
			organisationId: c.unit.id, year: 2026,
			period: 'T1',
			rows: { [income.id]: { outcome: '-480', forecast: '−1 450' }, [staff.id]: { outcome: '3 150', forecast: '9 900' }, [other.id]: { outcome: '610', forecast: '' } }
		});
		expect(good).toEqual({ ok: true, value: { changed: 3 } });
		const [budget] = (await loadReport(db, c.unit.slug, 2026, 'T1')).budget;
		expect(budget.rows.map((r) => [r.label, r.budget, r.followup?.outcome, r.followup?.forecast, r.variance])).toEqual([
			['Intäkter', -1400, -480, -1450, 50],
			['Personal', 9800, 3150, 9900, -100],
			['Övriga kostnader', 2000, 610, null, null]
		]);
		expect(budget.sums).toEqual({ budget: 10400, outcome: 3280, forecast: 8450, variance: -50 });

		// One stale row: nothing of the table is written.
		const stale = await saveBudgetFollowup(db, {
			tableId: table.id,
			organisationId: c.unit.id, year: 2026,
			period: 'T1',
			rows: { [income.id]: { version: 1, outcome: '-500', forecast: '-1 450' }, [staff.id]: { version: 0, outcome: '3 200', forecast: '9 900' } }
		});
		expect(stale.ok).toBe(false);
		expect((await loadReport(db, c.unit.slug, 2026, 'T1')).budget[0].rows[0].followup?.outcome).toBe(-480);
		// The 2026 plan's table is not the 2025 report's.
		expect(await saveBudgetFollowup(db, { tableId: table.id, organisationId: c.unit.id, year: 2025, period: 'VB', rows: {} })).toEqual({
			ok: false,
			errors: { form: 'Budgettabellen finns inte i enhetens plan.' }
		});
		// Another unit cannot write into this unit's table.
		const foreign = await saveBudgetFollowup(db, { tableId: table.id, organisationId: c.otherUnit.id, year: 2026, period: 'T1', rows: {} });
		expect(foreign).toEqual({ ok: false, errors: { form: 'Budgettabellen finns inte i enhetens plan.' } });
	});

	it('every outcome save is in the history, filed under the unit', async () => {
		const c = await city();
		await enterOutcome(db, { indicator: c.share, organisation: c.unit, period: 'T1', fields: { value: '70' } });
		await saveOutcome(db, { indicatorId: c.share.id, organisationId: c.unit.id, year: 2026, period: 'T1', version: 1, fields: { value: '75' } });
		const rows = await db.select().from(changeLog).where(and(eq(changeLog.tableName, 'indicator_outcomes'), eq(changeLog.organisationId, c.unit.id))).orderBy(changeLog.id);
		expect(rows.map((r) => [r.operation, r.newValue?.value])).toEqual([
			['insert', 70],
			['update', 75]
		]);
	});
});
