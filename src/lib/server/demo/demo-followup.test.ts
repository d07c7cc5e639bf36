import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, ne } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database, DbOrTx } from '../db/client';
import { activityFollowups, budgetFollowups, goalAssessments, indicatorOutcomes, organisations, planEvents, plans } from '../db/schema';
import { demoCity, returnedReportReason } from './demo-city';
import { loadDemo, resetDemo } from './load-demo';
import { loadDemoFollowup } from './load-followup';
import { areaGoalLevel } from './content/followup/helpers';
import { loadReport, type ReportGoal, type ReportIndicator } from '../followup/load-report';
import type { ReportPeriod } from '../../domain/followup/report-periods';

const units = demoCity.committees.flatMap((c) => c.units.map((u) => u.slug));

function indicatorsOf(goals: ReportGoal[]): ReportIndicator[] {
	return goals.flatMap((g) => [...g.indicators, ...indicatorsOf(g.children)]);
}

async function reportIndicators(db: DbOrTx, slug: string, year: number, period: ReportPeriod) {
	return indicatorsOf((await loadReport(db, slug, year, period)).cascade);
}

/** What the demo's follow-up holds, without ids' neighbours that change between loads (timestamps). */
async function followupDigest(db: DbOrTx) {
	const strip = <T extends { updatedAt?: Date | null; statusChangedAt?: Date | null; createdAt?: Date | null }>(rows: T[]) =>
		rows.map(({ updatedAt: _u, statusChangedAt: _s, createdAt: _c, ...rest }) => rest);
	return {
		outcomes: strip(await db.select().from(indicatorOutcomes).orderBy(asc(indicatorOutcomes.id))),
		assessments: strip(await db.select().from(goalAssessments).orderBy(asc(goalAssessments.id))),
		activities: strip(await db.select().from(activityFollowups).orderBy(asc(activityFollowups.id))),
		budget: strip(await db.select().from(budgetFollowups).orderBy(asc(budgetFollowups.id))),
		reports: strip(await db.select().from(plans).where(ne(plans.kind, 'verksamhetsplan')).orderBy(asc(plans.id)))
	};
}

describe.each(testDrivers)('the demo city’s follow-up on %s', (driver) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
		await loadDemo(database.db);
	});
	afterAll(() => database?.close());

	it('has every report where the demo says it stands: 2025 and 2026 T1 fastställda (Familjeenheten’s 2026 T1 återremitterad), 2026 T2 handed in or a draft, no 2026 VB', async () => {
		const rows = await database.db
			.select({ slug: organisations.slug, year: plans.year, kind: plans.kind, status: plans.status })
			.from(plans)
			.innerJoin(organisations, eq(organisations.id, plans.organisationId))
			.where(ne(plans.kind, 'verksamhetsplan'));
		const status = Object.fromEntries(rows.map((r) => [`${r.slug} ${r.kind} ${r.year}`, r.status]));
		const expected: Record<string, string> = {};
		for (const slug of units) {
			expected[`${slug} tertialrapport-1 2025`] = 'approved';
			expected[`${slug} tertialrapport-2 2025`] = 'approved';
			expected[`${slug} verksamhetsberattelse 2025`] = 'approved';
			expected[`${slug} tertialrapport-1 2026`] = slug === 'familjeenheten' ? 'returned' : 'approved';
			expected[`${slug} tertialrapport-2 2026`] = ['familjeenheten', 'enheten-for-arbete-och-sysselsattning'].includes(slug) ? 'draft' : 'submitted';
		}
		expect(status).toEqual(expected);
		// Nothing is entered for 2026 VB either.
		const vb2026 = await reportIndicators(database.db, 'familjeenheten', 2026, 'VB');
		expect(vb2026.filter((i) => i.outcome !== null)).toEqual([]);
	});

	it('records the committee’s decisions: dates in May, September and the following February, with diarienummer', async () => {
		const decided = await database.db
			.select({ kind: plans.kind, year: plans.year, decidedOn: plans.decidedOn, decidedBy: plans.decidedBy, diaryNumber: plans.diaryNumber, handler: plans.handler })
			.from(plans)
			.innerJoin(organisations, eq(organisations.id, plans.organisationId))
			.where(and(eq(organisations.slug, 'familjeenheten'), ne(plans.kind, 'verksamhetsplan')))
			.orderBy(plans.year, plans.kind);
		expect(decided).toEqual([
			{ kind: 'tertialrapport-1', year: 2025, decidedOn: '2025-05-22', decidedBy: 'Norrvikens stadsdelsnämnd', diaryNumber: 'NSN 2025/141', handler: 'Sara Holmberg' },
			{ kind: 'tertialrapport-2', year: 2025, decidedOn: '2025-09-18', decidedBy: 'Norrvikens stadsdelsnämnd', diaryNumber: 'NSN 2025/287', handler: 'Sara Holmberg' },
			{ kind: 'verksamhetsberattelse', year: 2025, decidedOn: '2026-02-19', decidedBy: 'Norrvikens stadsdelsnämnd', diaryNumber: 'NSN 2026/36', handler: 'Sara Holmberg' },
			{ kind: 'tertialrapport-1', year: 2026, decidedOn: null, decidedBy: null, diaryNumber: null, handler: 'Sara Holmberg' },
			{ kind: 'tertialrapport-2', year: 2026, decidedOn: null, decidedBy: null, diaryNumber: null, handler: 'Sara Holmberg' }
		]);
		const [returned] = await database.db
			.select({ reason: planEvents.reason })
			.from(planEvents)
			.innerJoin(plans, eq(plans.id, planEvents.planId))
			.innerJoin(organisations, eq(organisations.id, plans.organisationId))
			.where(and(eq(organisations.slug, 'familjeenheten'), eq(plans.kind, 'tertialrapport-1'), eq(plans.year, 2026), eq(planEvents.toStatus, 'returned')));
		expect(returned.reason).toBe(returnedReportReason);
	});

	it('has a 2025 VB outcome for every indicator in every unit’s plan', async () => {
		for (const slug of units) {
			const indicators = await reportIndicators(database.db, slug, 2025, 'VB');
			expect(indicators.length, slug).toBeGreaterThan(5);
			expect(indicators.filter((i) => i.outcome === null).map((i) => i.name), slug).toEqual([]);
		}
	});

	it('has a 2026 T1 outcome for every indicator reported in T1, except the one Familjeenheten left missing', async () => {
		const missing: string[] = [];
		for (const slug of units) {
			for (const indicator of await reportIndicators(database.db, slug, 2026, 'T1')) {
				if (indicator.outcome === null) missing.push(`${slug}: ${indicator.name}`);
			}
		}
		expect(missing).toEqual(['familjeenheten: Andel placerade barn med en aktuell vårdplan och genomförandeplan']);
	});

	it('shows every fulfilment level in 2025 VB, mostly Uppfyllt', async () => {
		const levels: Record<string, number> = {};
		for (const slug of units) {
			for (const indicator of await reportIndicators(database.db, slug, 2025, 'VB')) {
				levels[indicator.fulfilment.level] = (levels[indicator.fulfilment.level] ?? 0) + 1;
			}
		}
		expect(Object.keys(levels).sort()).toEqual(['met', 'notJudged', 'notMet', 'partly']);
		expect(levels.met).toBeGreaterThan(levels.partly + levels.notMet + levels.notJudged);
	});

	it('has Familjeenheten’s 2026 T1 figures as the demo writes them (the report other tests edit)', async () => {
		const byName = new Map((await reportIndicators(database.db, 'familjeenheten', 2026, 'T1')).map((i) => [i.name, i]));
		const figures = (name: string) => {
			const o = byName.get(name)?.outcome?.outcome;
			return o ? { status: o.status, value: o.value, numerator: o.numerator, denominator: o.denominator } : null;
		};
		expect(figures('Andel utredningar om barn och unga som avslutas inom fyra månader')).toEqual({ status: 'reported', value: (91 / 104) * 100, numerator: 91, denominator: 104 });
		expect(figures('Andel utredningar där barnet har samtalats med enskilt')).toMatchObject({ numerator: 95, denominator: 104 });
		expect(figures('Korttidssjukfrånvaro (dag 1–14)')).toMatchObject({ status: 'reported', value: 2.6 });
		expect(figures('Andel placerade barn med en aktuell vårdplan och genomförandeplan')).toBeNull();
		// 15 families against an Årsmål of 40: computed Ej uppfyllt, judged Uppfyllt by the enhetschef.
		const families = byName.get('Antal familjer som deltagit i föräldrastödsprogram')!;
		expect([families.outcome?.outcome.value, families.fulfilment.computed.level, families.fulfilment.level]).toEqual([15, 'notMet', 'met']);
	});

	it('plans measures for every goal not met (area goals, nämndmål, unit goals), and no unit repeats another’s analysis', async () => {
		const rows = await database.db
			.select({ organisationId: goalAssessments.organisationId, level: goalAssessments.level, analysis: goalAssessments.analysis, measures: goalAssessments.measures })
			.from(goalAssessments);
		// Nämndmål and unit goals in five reports: Familjeenheten (4 + 5) × 5 − 1 (2.2.1 in its returned
		// 2026 T1) = 44, Vuxenenheten (5 + 6) × 5 = 55, Arbete och sysselsättning (5 + 6) × 5 = 55,
		// Handläggarenheten (4 + 6) × 5 − 3 (a unit goal new in 2026) = 47, Hemtjänsten (4 + 6) × 5 = 50,
		// Förskoleenheten (5 + 7) × 5 − 2 (a unit goal of 2025 only) = 58: 309. KF area goals: 26 per
		// report (4 + 5 + 5 + 4 + 4 + 4) × 5 = 130. 309 + 130 = 439.
		expect(rows).toHaveLength(439);
		expect(rows.filter((r) => r.level !== 'met' && r.measures.trim() === '')).toEqual([]);
		const writers = new Map<string, Set<number>>();
		for (const r of rows) writers.set(r.analysis, (writers.get(r.analysis) ?? new Set()).add(r.organisationId));
		expect([...writers].filter(([, by]) => by.size > 1).map(([text]) => text)).toEqual([]);
	});

	it('has every unit’s assessment of each KF area goal in its plan, judged by the nämndmål beneath it (areaGoalLevel)', async () => {
		const periods: [number, ReportPeriod][] = [[2025, 'T1'], [2025, 'T2'], [2025, 'VB'], [2026, 'T1'], [2026, 'T2']];
		const judged: string[] = [];
		for (const slug of units) {
			for (const [year, period] of periods) {
				const report = await loadReport(database.db, slug, year, period);
				// The cascade: KF:s inriktningsmål, its area goals, their nämndmål.
				for (const area of report.cascade.flatMap((direction) => direction.children)) {
					const what = `${slug} ${year} ${period} ${area.number}`;
					const beneath = area.children.map((goal) => goal.assessment?.level ?? 'notJudged');
					expect(area.assessment?.level, what).toBe(areaGoalLevel(beneath));
					expect(area.assessment?.analysis, what).not.toBe('');
					judged.push(`${slug} ${year} ${period} ${area.number} ${area.assessment?.level}`);
				}
			}
		}
		// 26 area goals in each of five reports (see the count above).
		expect(judged).toHaveLength(130);
		// Familjeenheten's returned 2026 T1 lacks 2.2.1's assessment, so its 2.2 is Delvis; its 1.1 is Uppfyllt (1.1.1 is).
		expect(judged).toContain('familjeenheten 2026 T1 2.2 partly');
		expect(judged).toContain('familjeenheten 2026 T1 1.1 met');
	});

	it('reports the year’s budget variance as the budget follow-up has it at year end', async () => {
		for (const slug of units) {
			const report = await loadReport(database.db, slug, 2025, 'VB');
			const variance = report.budget.reduce((sum, table) => sum + (table.sums.variance ?? 0), 0);
			const indicator = indicatorsOf(report.cascade).find((i) => i.name === 'Avvikelse mellan budget och utfall vid årets slut');
			expect(indicator?.outcome?.outcome.value, slug).toBe(variance);
			if (slug === 'familjeenheten') expect(variance).toBe(-1610);
			else expect(variance, slug).toBeGreaterThanOrEqual(0);
		}
	});

	it('refuses follow-up data that names what the plan lacks, or that the use cases refuse', async () => {
		const report = { unitSlug: 'familjeenheten', year: 2025 as const, period: 'T1' as const, assessments: [], activities: [] };
		const fields = { value: '', numerator: '', denominator: '', respondents: '', notMeasured: false, comment: '', overrideLevel: '' as const, overrideJustification: '' };
		await expect(
			loadDemoFollowup(database.db, { reports: [{ ...report, outcomes: [{ indicator: 'Andel som inte finns', fields: { ...fields, value: '5' } }] }], budget: [] })
		).rejects.toThrow('Demodata (familjeenheten T1 2025, Andel som inte finns): ”Andel som inte finns” finns inte i planen.');
		// A yearly indicator has no T1 outcome.
		await expect(
			loadDemoFollowup(database.db, { reports: [{ ...report, outcomes: [{ indicator: 'Engagemangsindex i medarbetarenkäten', fields: { ...fields, value: '80' } }] }], budget: [] })
		).rejects.toThrow('Indikatorn redovisas inte i Tertialrapport 1 2025 (periodicitet År).');
	});

	it('is the same demo on every load', async () => {
		const first = await followupDigest(database.db);
		await resetDemo(database.db);
		expect(await followupDigest(database.db)).toEqual(first);
	});
});
