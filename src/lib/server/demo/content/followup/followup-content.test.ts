import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { demoCity } from '../../demo-city';
import { buildDemoFollowup } from '.';
import { areaGoalLevel, planItems, type DemoReportData } from './helpers';
import { labels } from '../build';
import type { FulfilmentLevel } from '../../../../domain/followup/fulfilment';
import type { GoalDoc } from '../../../../domain/interchange/plan-format';
import { isReportedIn, periodRange } from '../../../../domain/followup/report-periods';
import { parsePeriodicity } from '../../../../domain/indicators/indicator';
import type { Year } from '../types';

const followup = demoCity.followup!;
const planOf = (unitSlug: string, year: number) => {
	const entry = demoCity.plans.find((p) => p.unitSlug === unitSlug && p.year === year);
	if (!entry) throw new Error(`ingen plan för ${unitSlug} ${year}`);
	return entry.plan;
};
const itemsOf = (report: DemoReportData) => planItems(planOf(report.unitSlug, report.year), report.year);
const where = (report: DemoReportData) => `${report.unitSlug} ${report.year} ${report.period}`;

/** Every text a unit writes in its follow-up, with where it stands. */
function texts(): { unit: string; where: string; text: string }[] {
	return followup.reports.flatMap((r) => [
		...r.assessments.flatMap((a) => [a.fields.analysis, a.fields.measures]),
		...r.outcomes.flatMap((o) => [o.fields.comment, o.fields.overrideJustification]),
		...r.activities.map((a) => a.fields.comment)
	]
		.filter((text) => text !== '')
		.map((text) => ({ unit: r.unitSlug, where: where(r), text })));
}

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s !== '');

describe('areaGoalLevel: a unit\'s level for a KF area goal from the nämndmål beneath it', () => {
	it('is Uppfyllt only when every nämndmål is, Ej uppfyllt when one is, otherwise Delvis', () => {
		expect(areaGoalLevel(['met'])).toBe('met');
		expect(areaGoalLevel(['met', 'met'])).toBe('met');
		expect(areaGoalLevel(['partly'])).toBe('partly');
		expect(areaGoalLevel(['met', 'partly'])).toBe('partly');
		expect(areaGoalLevel(['notMet'])).toBe('notMet');
		expect(areaGoalLevel(['met', 'notMet'])).toBe('notMet');
		expect(areaGoalLevel(['partly', 'notMet', 'met'])).toBe('notMet');
	});

	it('counts a nämndmål not yet assessed against Uppfyllt but not as Ej uppfyllt; an area goal needs one beneath', () => {
		expect(areaGoalLevel(['notJudged'])).toBe('partly');
		expect(areaGoalLevel(['met', 'notJudged'])).toBe('partly');
		expect(areaGoalLevel(['notJudged', 'notMet'])).toBe('notMet');
		expect(() => areaGoalLevel([])).toThrow('minst ett nämndmål');
	});
});

describe('demo city: the follow-up as data', () => {
	it('has 2025 T1, T2, VB and 2026 T1, T2 for each of the six units', () => {
		const units = demoCity.committees.flatMap((c) => c.units.map((u) => u.slug));
		expect(followup.reports.map(where).sort()).toEqual(
			units.flatMap((u) => ['2025 T1', '2025 T2', '2025 VB', '2026 T1', '2026 T2'].map((p) => `${u} ${p}`)).sort()
		);
	});

	it("gives every indicator of a unit's plan an outcome in each report its periodicity asks for, except Familjeenheten's placed children in 2026 T1", () => {
		const left: string[] = [];
		const extra: string[] = [];
		for (const report of followup.reports) {
			const asked = itemsOf(report)
				.indicators.filter((i) => isReportedIn(parsePeriodicity(i.periodicity)!, report.period))
				.map((i) => i.name);
			const given = report.outcomes.map((o) => o.indicator);
			left.push(...asked.filter((name) => !given.includes(name)).map((name) => `${where(report)}: ${name}`));
			extra.push(...given.filter((name) => !asked.includes(name)).map((name) => `${where(report)}: ${name}`));
		}
		expect(left).toEqual(['familjeenheten 2026 T1: Andel placerade barn med en aktuell vårdplan och genomförandeplan']);
		expect(extra).toEqual([]);
	});

	it("assesses every KF area goal, nämndmål and unit goal in every report, except nämndmål 2.2.1 in Familjeenheten's returned 2026 T1", () => {
		const left: string[] = [];
		for (const report of followup.reports) {
			const goals = itemsOf(report).goals.map((g) => g.key);
			const assessed = report.assessments.map((a) => a.goal);
			expect(assessed.filter((g) => !goals.includes(g)), where(report)).toEqual([]);
			expect(new Set(assessed).size, where(report)).toBe(assessed.length);
			left.push(...goals.filter((g) => !assessed.includes(g)).map((g) => `${where(report)}: ${g}`));
		}
		expect(left).toEqual(['familjeenheten 2026 T1: 2.2.1']);
		// The area goals above the units' nämndmål: Familjeenheten 1.1, 2.2, 3.1, 3.2; Vuxenenheten and
		// Arbete och sysselsättning 1.2, 2.1, 2.2, 3.1, 3.2; Handläggarenheten 1.2, 2.2, 3.1, 3.2;
		// Hemtjänsten 1.3, 2.2, 3.1, 3.2; Förskoleenheten 1.1, 2.2, 3.1, 3.2. 4 + 5 + 5 + 4 + 4 + 4 = 26
		// in each of the five reports: 130.
		const areaAssessments = followup.reports.flatMap((r) => r.assessments.filter((a) => /^\d+\.\d+$/.test(a.goal)).map((a) => `${r.unitSlug} ${a.goal}`));
		expect(areaAssessments).toHaveLength(130);
		expect(new Set(areaAssessments)).toEqual(
			new Set([
				...['1.1', '2.2', '3.1', '3.2'].map((g) => `familjeenheten ${g}`),
				...['1.2', '2.1', '2.2', '3.1', '3.2'].map((g) => `vuxenenheten ${g}`),
				...['1.2', '2.1', '2.2', '3.1', '3.2'].map((g) => `enheten-for-arbete-och-sysselsattning ${g}`),
				...['1.2', '2.2', '3.1', '3.2'].map((g) => `handlaggarenheten-for-funktionsstod ${g}`),
				...['1.3', '2.2', '3.1', '3.2'].map((g) => `hemtjansten-norrviken ${g}`),
				...['1.1', '2.2', '3.1', '3.2'].map((g) => `forskoleenheten-sjoangen ${g}`)
			])
		);
	});

	it('judges each KF area goal by the nämndmål beneath it in the same report (areaGoalLevel), with every level in use', () => {
		const levels: Record<string, number> = {};
		const judgedWithout: string[] = [];
		for (const report of followup.reports) {
			const goals = itemsOf(report).goals;
			const levelOf = (key: string): FulfilmentLevel => report.assessments.find((a) => a.goal === key)?.fields.level ?? 'notJudged';
			for (const area of goals.filter((g) => g.label === labels.area)) {
				const beneath = goals.filter((g) => g.label === labels.committee && g.parent === area.key).map((g) => levelOf(g.key));
				expect(beneath.length, `${where(report)} ${area.key}`).toBeGreaterThan(0);
				expect(levelOf(area.key), `${where(report)} ${area.key}: nämndmål ${beneath.join(', ')}`).toBe(areaGoalLevel(beneath));
				levels[levelOf(area.key)] = (levels[levelOf(area.key)] ?? 0) + 1;
				if (beneath.includes('notJudged')) judgedWithout.push(`${where(report)} ${area.key} ${levelOf(area.key)}`);
			}
		}
		// By hand from the unit files, area goal by area goal (Uppfyllt, Delvis, Ej uppfyllt over the five reports):
		// Familjeenheten 1.1 4-1-0, 2.2 2-3-0, 3.1 0-3-2, 3.2 3-2-0 → 9-9-2;
		// Vuxenenheten 1.2 2-3-0, 2.1 3-1-1, 2.2 5-0-0, 3.1 4-1-0, 3.2 4-1-0 → 18-6-1;
		// Arbete och sysselsättning 1.2 3-2-0, 2.1 4-1-0, 2.2 4-1-0, 3.1 4-1-0, 3.2 5-0-0 → 20-5-0;
		// Handläggarenheten 1.2 3-1-1, 2.2 5-0-0, 3.1 2-3-0, 3.2 3-2-0 → 13-6-1;
		// Hemtjänsten 1.3 2-3-0, 2.2 2-2-1, 3.1 4-1-0, 3.2 3-1-1 → 11-7-2;
		// Förskoleenheten 1.1 3-2-0, 2.2 4-1-0, 3.1 4-1-0, 3.2 3-1-1 → 14-5-1.
		// Together 85 Uppfyllt, 38 Delvis, 7 Ej uppfyllt: 130.
		expect(levels).toEqual({ met: 85, partly: 38, notMet: 7 });
		// The returned report: 2.2.1 has no assessment, so 2.2 is Delvis uppfyllt, not Uppfyllt.
		expect(judgedWithout).toEqual(['familjeenheten 2026 T1 2.2 partly']);
	});

	it('plans measures wherever a goal is not met, and keeps each analysis to 1–5 sentences (1–3 for an area goal)', () => {
		for (const report of followup.reports) {
			const areaGoals = itemsOf(report).goals.filter((g) => g.label === labels.area).map((g) => g.key);
			for (const { goal, fields } of report.assessments) {
				if (fields.level !== 'met') expect(fields.measures, `${where(report)} ${goal}`).not.toBe('');
				expect(sentences(fields.analysis).length, `${where(report)} ${goal}`).toBeGreaterThanOrEqual(1);
				expect(sentences(fields.analysis).length, `${where(report)} ${goal}`).toBeLessThanOrEqual(areaGoals.includes(goal) ? 3 : 5);
			}
		}
	});

	it('never repeats a text or a sentence from one unit in another', () => {
		const units = new Map<string, Set<string>>();
		for (const { unit, text } of texts()) {
			for (const part of [text, ...sentences(text)]) units.set(part, (units.get(part) ?? new Set()).add(unit));
		}
		expect([...units].filter(([, by]) => by.size > 1).map(([part]) => part)).toEqual([]);
	});

	it("uses each sentence of an area goal's analysis and measures once in the whole demo: plans, follow-up and budget comments", () => {
		const planTexts = (goals: GoalDoc[]): string[] => goals.flatMap((g) => [g.title, ...Object.values(g.sections), ...planTexts(g.goals)]);
		const everywhere = [
			...texts().map((t) => t.text),
			...followup.budget.flatMap((b) => b.tables.flatMap((t) => t.rows.map((r) => r.comment))),
			...demoCity.plans.flatMap(({ plan }) => [...plan.introduction, ...plan.other].map((s) => s.text).concat(planTexts(plan.goals))),
			...demoCity.frameworks.flatMap((f) => planTexts(f.goals))
		].filter((text) => text !== '');
		const uses = new Map<string, number>();
		for (const text of everywhere) for (const sentence of sentences(text)) uses.set(sentence, (uses.get(sentence) ?? 0) + 1);
		const areaTexts = followup.reports.flatMap((r) =>
			r.assessments.filter((a) => /^\d+\.\d+$/.test(a.goal)).flatMap((a) => [a.fields.analysis, a.fields.measures].filter((t) => t !== ''))
		);
		// 130 analyses; measures for the 38 Delvis and 7 Ej uppfyllt, and beside Vuxenenheten's Uppfyllt
		// 2.2 in 2025 VB (the evicted family): 130 + 45 + 1 = 176.
		expect(areaTexts).toHaveLength(176);
		const repeated = areaTexts.flatMap(sentences).filter((sentence) => uses.get(sentence) !== 1);
		expect(repeated).toEqual([]);
	});

	it("gives every activity a status that fits its dates: not started before its start, ended ones done unless delayed (with the reason)", () => {
		for (const report of followup.reports) {
			const { end: reportEnd } = periodRange(report.period, report.year);
			const activities = itemsOf(report).activities;
			expect(report.activities.map((a) => a.activity), where(report)).toEqual(activities.map((a) => a.title));
			for (const { activity, fields } of report.activities) {
				const dates = activities.find((a) => a.title === activity)!;
				const started = dates.start! <= reportEnd;
				const ended = dates.end! <= reportEnd;
				const what = `${where(report)} ${activity}`;
				if (fields.status === 'notStarted') expect(started, what).toBe(false);
				if (fields.status === 'ongoing') expect(started && !ended, what).toBe(true);
				if (fields.status === 'done') expect(started, what).toBe(true);
				if (fields.status === 'delayed') {
					expect(started, what).toBe(true);
					expect(fields.comment, what).not.toBe('');
				}
				if (ended && fields.status !== 'delayed') expect(fields.status, what).toBe('done');
			}
		}
		const statuses = new Set(followup.reports.flatMap((r) => r.activities.map((a) => a.fields.status)));
		expect([...statuses].sort()).toEqual(['delayed', 'done', 'notStarted', 'ongoing']);
	});

	it("splits counted shares into kvinnor and män that make up the total", () => {
		let checked = 0;
		for (const report of followup.reports) {
			for (const { indicator, fields } of report.outcomes) {
				if (!fields.women || !fields.men || fields.numerator === '') continue;
				const what = `${where(report)} ${indicator}`;
				expect(Number(fields.women.numerator) + Number(fields.men.numerator), what).toBe(Number(fields.numerator));
				expect(Number(fields.women.denominator) + Number(fields.men.denominator), what).toBe(Number(fields.denominator));
				expect(Number(fields.women.numerator), what).toBeLessThanOrEqual(Number(fields.women.denominator));
				expect(Number(fields.men.numerator), what).toBeLessThanOrEqual(Number(fields.men.denominator));
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(40);
	});

	it('follows up every budget row for each month closed (all of 2025, January–November 2026) and each report', () => {
		for (const unit of demoCity.committees[0].units) {
			for (const year of [2025, 2026] as Year[]) {
				const periods = followup.budget.filter((b) => b.unitSlug === unit.slug && b.year === year).map((b) => b.period);
				const months = year === 2025 ? 12 : 11;
				const reports = year === 2025 ? ['T1', 'T2', 'VB'] : ['T1', 'T2'];
				expect(periods.sort(), `${unit.slug} ${year}`).toEqual(
					[...Array.from({ length: months }, (_, i) => `M${String(i + 1).padStart(2, '0')}`), ...reports].sort()
				);
			}
		}
		for (const entry of followup.budget) {
			const plan = planOf(entry.unitSlug, entry.year);
			expect(entry.tables.map((t) => t.rows.map((r) => r.label))).toEqual(plan.budget.map((t) => t.rows.map((r) => r.label)));
		}
	});

	it("reports as the year's budget variance what the budget follow-up says at year end; only Familjeenheten has a deficit", () => {
		const variances: Record<string, number> = {};
		for (const entry of followup.budget.filter((b) => b.year === 2025 && b.period === 'VB')) {
			const plan = planOf(entry.unitSlug, 2025);
			let variance = 0;
			entry.tables.forEach((table, t) =>
				table.rows.forEach((row, r) => {
					// At year end the forecast is the outcome.
					expect(row.forecast).toBe(row.outcome);
					variance += (plan.budget[t].rows[r].values[0] ?? 0) - Number(row.outcome);
				})
			);
			variances[entry.unitSlug] = variance;
			const report = followup.reports.find((r) => r.unitSlug === entry.unitSlug && r.year === 2025 && r.period === 'VB')!;
			const indicator = report.outcomes.find((o) => o.indicator === 'Avvikelse mellan budget och utfall vid årets slut')!;
			expect(Number(indicator.fields.value), entry.unitSlug).toBe(variance);
		}
		// Familjeenheten, Utredning och placeringar: 140 + 520 − 2 380 + 0 − 60 = −1 780;
		// Öppenvården Kompassen: −30 + 180 + 40 + 0 − 20 = 170; together −1 610 tkr.
		expect(variances.familjeenheten).toBe(-1610);
		expect(Object.entries(variances).filter(([, v]) => v < 0).map(([unit]) => unit)).toEqual(['familjeenheten']);
	});

	it('is the same every time it is built, from data and seeded noise only', () => {
		expect(buildDemoFollowup()).toEqual(buildDemoFollowup());
		expect(buildDemoFollowup()).toEqual(followup);
		const dir = path.dirname(fileURLToPath(import.meta.url));
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
			const source = readFileSync(path.join(dir, file), 'utf8');
			expect(source, file).not.toMatch(/Math\.random|Date\.now|new Date\(/);
		}
	});
});
