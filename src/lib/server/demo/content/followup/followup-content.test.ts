import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { demoCity } from '../../demo-city';
import { buildDemoFollowup } from '.';
import { planItems, type DemoReportData } from './helpers';
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

	it("assesses every nämndmål and unit goal in every report, except nämndmål 2.2.1 in Familjeenheten's returned 2026 T1", () => {
		const left: string[] = [];
		for (const report of followup.reports) {
			const goals = itemsOf(report).goals.map((g) => g.key);
			const assessed = report.assessments.map((a) => a.goal);
			expect(assessed.filter((g) => !goals.includes(g)), where(report)).toEqual([]);
			left.push(...goals.filter((g) => !assessed.includes(g)).map((g) => `${where(report)}: ${g}`));
		}
		expect(left).toEqual(['familjeenheten 2026 T1: 2.2.1']);
	});

	it('plans measures wherever a goal is not met, and keeps each analysis to 1–5 sentences', () => {
		for (const report of followup.reports) {
			for (const { goal, fields } of report.assessments) {
				if (fields.level !== 'met') expect(fields.measures, `${where(report)} ${goal}`).not.toBe('');
				expect(sentences(fields.analysis).length, `${where(report)} ${goal}`).toBeGreaterThanOrEqual(1);
				expect(sentences(fields.analysis).length, `${where(report)} ${goal}`).toBeLessThanOrEqual(5);
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
