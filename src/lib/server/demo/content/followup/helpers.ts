/**
 * Building blocks for the demo city's follow-up (Exempelstad 2025 T1, T2, VB and 2026 T1, T2):
 * a compact way to write outcomes, goal assessments, activity notes and budget profiles per unit,
 * and the functions that turn them into what the report editor's forms would send. Pure data and
 * arithmetic, no database; the loader (../../load-demo.ts) saves the result through the use cases.
 *
 * Everything is deterministic: kvinnor/män parts and the budget's monthly noise come from a PRNG
 * seeded by the item's own name, never from an unseeded random source or the clock, so the demo is the same on
 * every load.
 */
import type { GoalDoc, PlanDoc } from '../../../../domain/interchange/plan-format';
import type { ActivityStatus } from '../../../../domain/followup/activity-status';
import type { FulfilmentLevel } from '../../../../domain/followup/fulfilment';
import { periodRange, type MonthPeriod, type PeriodKey, type ReportPeriod } from '../../../../domain/followup/report-periods';
import { buildFrameworkGoals, buildUnitPlan, labels } from '../build';
import { committeeIndicators, committeeName, kfIndicators, type CommitteeIndicatorKey, type KfIndicatorKey } from '../framework';
import { text, type IndicatorUnit, type UnitSpec, type Year } from '../types';

/** The reports the demo has: 2025 is fully reported, 2026 has T1 and T2 (today is 2026-12-02). */
export const demoReports = ['2025-T1', '2025-T2', '2025-VB', '2026-T1', '2026-T2'] as const;
export type DemoReport = (typeof demoReports)[number];

export function reportYear(report: DemoReport): Year {
	return Number(report.slice(0, 4)) as Year;
}
export function reportPeriod(report: DemoReport): ReportPeriod {
	return report.slice(5) as ReportPeriod;
}

/** The budget's closed months: all of 2025, January–November 2026. */
export const demoMonths: Record<Year, number> = { 2025: 12, 2026: 11 };

// ---------------------------------------------------------------------------------------------
// Outcomes

/** An index with its number of respondents. */
export interface IndexFigure {
	value: number;
	respondents: number;
}

/**
 * A figure as written in the unit files:
 * - '38/45': a share counted as täljare/nämnare (38 of 45 investigations);
 * - '91 %': a share as a percentage alone (a survey result);
 * - 6.4: a value (a count, days, an amount, or a rate such as sjukfrånvaro in percent);
 * - idx(78, 31): an index with its respondents.
 */
export type Figure = string | number | IndexFigure;

export interface FullOutcome {
	total: Figure;
	/** Kvinnor and män; when left out for a gender-split indicator they are derived from the total. */
	women?: Figure;
	men?: Figure;
	comment?: string;
	/** The enhetschef's judgement instead of the computed one, with the required justification. */
	override?: { level: Exclude<FulfilmentLevel, 'notJudged'>; justification: string };
}

export type OutcomeValue = Figure | FullOutcome | { notMeasured: string } | { missing: string };

export function idx(value: number, respondents: number): IndexFigure {
	return { value, respondents };
}

/** A reported figure with a comment. */
export function noted(total: Figure, comment: string): FullOutcome {
	return { total, comment };
}

/** A reported figure whose fulfilment the enhetschef judges otherwise, with the justification. */
export function judged(total: Figure, level: 'met' | 'partly' | 'notMet', justification: string): FullOutcome {
	return { total, override: { level, justification } };
}

/** "Mäts inte denna period", with the reason. */
export function notMeasured(comment: string): OutcomeValue {
	return { notMeasured: comment };
}

/** Saknas: nothing entered yet, with a comment saying when the figure comes. */
export function missing(comment: string): OutcomeValue {
	return { missing: comment };
}

/** Which indicator: one of the council's, one of the committee's, or the unit's own (by name). */
export type IndicatorRef = { kf: KfIndicatorKey } | { committee: CommitteeIndicatorKey } | { own: string };

export const kf = (key: KfIndicatorKey): IndicatorRef => ({ kf: key });
export const nmd = (key: CommitteeIndicatorKey): IndicatorRef => ({ committee: key });
export const own = (name: string): IndicatorRef => ({ own: name });

export interface IndicatorOutcomes {
	indicator: IndicatorRef;
	/** The women's part of those counted, for deriving kvinnor/män (default 0.55). */
	womenShare?: number;
	/** Per report; a report the periodicity asks for but left out here is a missing outcome on purpose. */
	values: Partial<Record<DemoReport, OutcomeValue>>;
}

// ---------------------------------------------------------------------------------------------
// Goal assessments and activities

export interface Assessment {
	level: Exclude<FulfilmentLevel, 'notJudged'>;
	analysis: string;
	measures: string;
}

export function met(analysis: string, measures = ''): Assessment {
	return { level: 'met', analysis, measures };
}
export function partly(analysis: string, measures: string): Assessment {
	return { level: 'partly', analysis, measures };
}
export function notMet(analysis: string, measures: string): Assessment {
	return { level: 'notMet', analysis, measures };
}

export interface GoalAssessments {
	/** A KF area goal's number ("1.1"), a nämndmål's number ("1.1.1") or a unit goal's title. */
	goal: string;
	reports: Partial<Record<DemoReport, Assessment>>;
}

/**
 * The demo's rule for a unit's assessment of a KF area goal (mål för verksamhetsområdet), from its
 * assessments of the nämndmål beneath it in the same report: Ej uppfyllt when one of them is Ej
 * uppfyllt; Uppfyllt only when every one is Uppfyllt; otherwise Delvis uppfyllt. A nämndmål the
 * report has not assessed (Ej bedömt) keeps the area goal from Uppfyllt without making it Ej
 * uppfyllt. The unit files write each level out beside its analysis, since the text is written
 * for that level; the tests hold every one of them to this rule.
 */
export function areaGoalLevel(beneath: readonly FulfilmentLevel[]): Assessment['level'] {
	if (beneath.length === 0) throw new Error('Ett mål för verksamhetsområdet i en enhets plan har minst ett nämndmål under sig.');
	if (beneath.includes('notMet')) return 'notMet';
	return beneath.every((level) => level === 'met') ? 'met' : 'partly';
}

/** Where an activity stands otherwise than its dates say (Försenad with the reason), or a comment. */
export interface ActivityNote {
	title: string;
	report: DemoReport;
	status?: ActivityStatus;
	comment: string;
}

// ---------------------------------------------------------------------------------------------
// Budget

/**
 * How a unit's budget rows end up: per table (by position) and row label, the variance
 * (budget − utfall, tkr; negative is an overrun) at the end of 2025, and the variance the
 * November 2026 forecast gives for 2026. Comments are written at the reports.
 */
export interface BudgetProfile {
	rows: { table: number; label: string; variance: Record<Year, number> }[];
	comments?: { table: number; label: string; report: DemoReport; text: string }[];
	/**
	 * A forecast that went wrong in 2025: the amount (tkr) the row's forecast was too high from
	 * June to September (half of it in May and October), so the T2 forecast missed the outcome.
	 */
	forecastMiss?: { table: number; label: string; amount: number };
}

// ---------------------------------------------------------------------------------------------
// A unit's follow-up

export interface UnitFollowupSpec {
	unit: UnitSpec;
	outcomes: IndicatorOutcomes[];
	goals: GoalAssessments[];
	activities: ActivityNote[];
	budget: BudgetProfile;
}

/** What the report editor's forms would send, resolved by name; the loader finds the ids. */
export interface DemoOutcomeEntry {
	indicator: string;
	fields: {
		value: string;
		numerator: string;
		denominator: string;
		respondents: string;
		women?: PartFields;
		men?: PartFields;
		notMeasured: boolean;
		comment: string;
		overrideLevel: '' | FulfilmentLevel;
		overrideJustification: string;
	};
}
export interface PartFields {
	value: string;
	numerator: string;
	denominator: string;
	respondents: string;
}

export interface DemoReportData {
	unitSlug: string;
	year: Year;
	period: ReportPeriod;
	outcomes: DemoOutcomeEntry[];
	/** By area goal or nämndmål number, or unit goal title. */
	assessments: { goal: string; fields: { level: FulfilmentLevel; analysis: string; measures: string } }[];
	/** By title. */
	activities: { activity: string; fields: { status: ActivityStatus; comment: string } }[];
}

export interface DemoBudgetData {
	unitSlug: string;
	year: Year;
	period: PeriodKey;
	/** By the table's position in the plan. */
	tables: { heading: string; rows: { label: string; outcome: string; forecast: string; comment: string }[] }[];
}

export interface DemoFollowup {
	reports: DemoReportData[];
	budget: DemoBudgetData[];
}

// ---------------------------------------------------------------------------------------------
// Deterministic noise

/** FNV-1a: a 32-bit seed from a text. */
function seedOf(key: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) {
		hash ^= key.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** Mulberry32: a small seeded PRNG, numbers in [0, 1). */
export function seededRandom(key: string): () => number {
	let state = seedOf(key);
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A number in [-spread, spread] from the PRNG. */
function jitter(random: () => number, spread: number): number {
	return (random() * 2 - 1) * spread;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

// ---------------------------------------------------------------------------------------------
// Resolving a unit's spec

interface IndicatorMeta {
	name: string;
	unit: IndicatorUnit;
	genderSplit: boolean;
}

function ownIndicators(unit: UnitSpec) {
	return unit.committeeGoals.flatMap((g) => g.goals.flatMap((goal) => goal.indicators ?? []));
}

export function indicatorMeta(unit: UnitSpec, ref: IndicatorRef, year: Year): IndicatorMeta {
	if ('kf' in ref) {
		const def = kfIndicators[ref.kf];
		return { name: text(def.name, year), unit: def.unit, genderSplit: def.genderSplit };
	}
	if ('committee' in ref) {
		const def = committeeIndicators[ref.committee];
		return { name: text(def.name, year), unit: def.unit, genderSplit: def.genderSplit };
	}
	const spec = ownIndicators(unit).find((i) => text(i.name, year) === ref.own);
	if (!spec) throw new Error(`Demodata för ${unit.name}: ingen egen indikator heter ”${ref.own}”.`);
	return { name: ref.own, unit: spec.unit, genderSplit: spec.genderSplit };
}

/** A number as a Swedish user types it: 6.4 → "6,4". */
export function typed(value: number): string {
	return String(value).replace('.', ',');
}

const emptyPart: PartFields = { value: '', numerator: '', denominator: '', respondents: '' };

function partFields(figure: Figure): PartFields {
	if (typeof figure === 'object') return { ...emptyPart, value: typed(figure.value), respondents: typed(figure.respondents) };
	if (typeof figure === 'number') return { ...emptyPart, value: typed(figure) };
	const counts = /^(\d+)\/(\d+)$/.exec(figure.trim());
	if (counts) return { ...emptyPart, numerator: counts[1], denominator: counts[2] };
	return { ...emptyPart, value: figure };
}

/** Parses the notation's share counts. */
function countsOf(figure: Figure): [number, number] | null {
	if (typeof figure !== 'string') return null;
	const counts = /^(\d+)\/(\d+)$/.exec(figure.trim());
	return counts ? [Number(counts[1]), Number(counts[2])] : null;
}

/** The value of a figure written as a value or a percentage. */
function valueOf(figure: Figure): number {
	if (typeof figure === 'number') return figure;
	if (typeof figure === 'object') return figure.value;
	const counts = countsOf(figure);
	if (counts) return (counts[0] / counts[1]) * 100;
	return Number(figure.replace('%', '').trim().replace(',', '.'));
}

/**
 * Kvinnor and män from a total, so that the parts make up the total (counts) or lie close to it
 * (percentages and indexes, whose parts are weighted by people the demo does not list).
 */
export function splitByGender(total: Figure, meta: IndicatorMeta, womenShare: number, key: string): [Figure, Figure] {
	const random = seededRandom(key);
	const counts = countsOf(total);
	if (counts) {
		const [n, d] = counts;
		const wd = Math.min(d, Math.max(0, Math.round(d * (womenShare + jitter(random, 0.04)))));
		const md = d - wd;
		const rate = d === 0 ? 0 : n / d;
		const wantedWomen = Math.round(wd * Math.min(1, rate * (1 + jitter(random, 0.06))));
		const wn = Math.min(wd, n, Math.max(n - md, 0, wantedWomen));
		return [`${wn}/${wd}`, `${n - wn}/${md}`];
	}
	// Parts around the total, one side up and the other down, weighted so that they average to it.
	const apart = (value: number, spread: number, share: number) => {
		const d = jitter(random, spread);
		return [value + d * (1 - share), value - d * share];
	};
	if (typeof total === 'object') {
		const wr = Math.round(total.respondents * womenShare);
		const mr = total.respondents - wr;
		const [wv, mv] = apart(total.value, 3, wr / total.respondents);
		return [idx(Math.round(wv), wr), idx(Math.round(mv), mr)];
	}
	const value = valueOf(total);
	if (meta.unit === '%') {
		const [w, m] = apart(value, Math.min(2.5, value / 4), womenShare).map((v) => Math.min(100, Math.max(0, round(v, 1))));
		const asWritten = (v: number) => (typeof total === 'string' ? `${typed(v)} %` : v);
		return [asWritten(w), asWritten(m)];
	}
	const w = Math.round(value * womenShare);
	return [w, value - w];
}

function outcomeEntry(unit: UnitSpec, spec: IndicatorOutcomes, report: DemoReport, value: OutcomeValue): DemoOutcomeEntry {
	const meta = indicatorMeta(unit, spec.indicator, reportYear(report));
	const blank = { ...emptyPart, notMeasured: false, comment: '', overrideLevel: '' as const, overrideJustification: '' };
	if (typeof value === 'object' && 'notMeasured' in value) {
		return { indicator: meta.name, fields: { ...blank, notMeasured: true, comment: value.notMeasured } };
	}
	if (typeof value === 'object' && 'missing' in value) {
		return { indicator: meta.name, fields: { ...blank, comment: value.missing } };
	}
	const full: FullOutcome = typeof value === 'object' && 'total' in value ? value : { total: value };
	const fields: DemoOutcomeEntry['fields'] = {
		...blank,
		...partFields(full.total),
		comment: full.comment ?? '',
		overrideLevel: full.override?.level ?? '',
		overrideJustification: full.override?.justification ?? ''
	};
	if (meta.genderSplit) {
		const [women, men] =
			full.women !== undefined && full.men !== undefined
				? [full.women, full.men]
				: splitByGender(full.total, meta, spec.womenShare ?? 0.55, `${unit.slug}|${meta.name}|${report}`);
		fields.women = partFields(women);
		fields.men = partFields(men);
	}
	return { indicator: meta.name, fields };
}

/**
 * Every goal a unit assesses (KF area goals, nämndmål, unit goals, each with the key of the goal
 * above it), indicator and activity of a unit's plan for a year, in document order. The
 * activities are those the unit's report shows: its own, and all the council's and committee's
 * activities under the goals its plan holds (the framework's, not only those the plan lists),
 * since a unit follows up every activity above it.
 */
export function planItems(plan: PlanDoc, year: Year) {
	const frameworkActivities = new Map<string, GoalDoc['activities']>();
	const index = (docs: GoalDoc[]) => {
		for (const goal of docs) {
			if (goal.number) frameworkActivities.set(goal.number, goal.activities);
			index(goal.goals);
		}
	};
	index(buildFrameworkGoals(year));
	const goals: { key: string; label: string; parent: string | null }[] = [];
	const indicators: { name: string; periodicity: string | null | undefined }[] = [];
	const activities: { title: string; start: string | null | undefined; end: string | null | undefined }[] = [];
	const assessed: string[] = [labels.area, labels.committee, labels.unit];
	const walk = (docs: GoalDoc[], parent: string | null) => {
		for (const goal of docs) {
			const key = goal.number ?? goal.title;
			if (assessed.includes(goal.label)) goals.push({ key, label: goal.label, parent });
			indicators.push(...goal.indicators.map((i) => ({ name: i.name, periodicity: i.periodicity })));
			const shown = goal.label === labels.unit ? goal.activities : (frameworkActivities.get(goal.number ?? '') ?? []);
			activities.push(...shown.map((a) => ({ title: a.title, start: a.start, end: a.end })));
			walk(goal.goals, key);
		}
	};
	walk(plan.goals, null);
	return { goals, indicators, activities };
}

/** Where an activity stands at a report by its dates: ended → Avslutad, started → Pågående. */
export function statusByDates(activity: { start?: string | null; end?: string | null }, report: DemoReport): ActivityStatus {
	const { end: reportEnd } = periodRange(reportPeriod(report), reportYear(report));
	if (activity.end && activity.end <= reportEnd) return 'done';
	if (activity.start && activity.start > reportEnd) return 'notStarted';
	return 'ongoing';
}

/** Budget: how far into the year the final variance shows in the forecast, month by month (January–December). */
export const forecastRamp = [0, 0.1, 0.25, 0.4, 0.5, 0.6, 0.65, 0.75, 0.85, 0.9, 0.95, 1] as const;

const round10 = (value: number) => Math.round(value / 10) * 10;

// How much of a forecast miss shows month by month (see BudgetProfile.forecastMiss).
const missShape = [0, 0, 0, 0, 0.5, 1, 1, 1, 1, 0.5, 0, 0];

function missOf(profile: BudgetProfile, table: number, label: string, year: Year): number {
	const miss = profile.forecastMiss;
	return year === 2025 && miss && miss.table === table && miss.label === label ? miss.amount : 0;
}

export interface BudgetRowMonth {
	outcome: number;
	forecast: number;
}

/**
 * A budget row's follow-up month by month (1–12, or 1–11 for 2026): the forecast moves from the
 * budget towards the final variance as the year goes (rounded to tens); the outcome so far is the
 * forecast's share of the months passed, with a little seeded noise, and at year end exactly the
 * forecast (the year is closed).
 */
export function budgetRowMonths(budget: number, variance: number, year: Year, key: string, miss = 0): BudgetRowMonth[] {
	const random = seededRandom(key);
	const months = demoMonths[year];
	// The last closed month's forecast carries the whole variance.
	const scale = 1 / forecastRamp[months - 1];
	return Array.from({ length: months }, (_, i) => {
		const month = i + 1;
		const forecast = budget - round10(variance * Math.min(1, forecastRamp[i] * scale)) + round10(miss * missShape[i]);
		const outcome = month === 12 ? forecast : Math.round(forecast * (month / 12) * (1 + jitter(random, 0.012)));
		return { outcome, forecast };
	});
}

const reportMonth: Record<ReportPeriod, number> = { T1: 4, T2: 8, VB: 12 };

function monthKey(month: number): MonthPeriod {
	return `M${String(month).padStart(2, '0')}` as MonthPeriod;
}

function budgetData(spec: UnitFollowupSpec): DemoBudgetData[] {
	const { unit, budget } = spec;
	const result: DemoBudgetData[] = [];
	for (const year of [2025, 2026] as const) {
		const plan = buildUnitPlan(unit, year, committeeName);
		const series = plan.budget.map((table, t) =>
			table.rows.map((row) => {
				const profile = budget.rows.find((r) => r.table === t && r.label === row.label);
				if (!profile) throw new Error(`Demodata för ${unit.name}: budgetraden ${row.label} i ${table.heading} saknar utfall.`);
				return budgetRowMonths(row.values[0] ?? 0, profile.variance[year], year, `${unit.slug}|${t}|${row.label}|${year}`, missOf(budget, t, row.label, year));
			})
		);
		const periods: { period: PeriodKey; month: number; report?: DemoReport }[] = [
			...Array.from({ length: demoMonths[year] }, (_, i) => ({ period: monthKey(i + 1), month: i + 1 })),
			...(['T1', 'T2', 'VB'] as const)
				.filter((p) => reportMonth[p] <= demoMonths[year])
				.map((p) => ({ period: p, month: reportMonth[p], report: `${year}-${p}` as DemoReport }))
		];
		for (const { period, month, report } of periods) {
			result.push({
				unitSlug: unit.slug,
				year,
				period,
				tables: plan.budget.map((table, t) => ({
					heading: table.heading,
					rows: table.rows.map((row, r) => {
						const { outcome, forecast } = series[t][r][month - 1];
						const comment = report ? (budget.comments ?? []).find((c) => c.table === t && c.label === row.label && c.report === report) : undefined;
						return { label: row.label, outcome: typed(outcome), forecast: typed(forecast), comment: comment?.text ?? '' };
					})
				}))
			});
		}
	}
	return result;
}

/**
 * The net variance (Σ budget − Σ utfall, tkr) of a unit's year, as the budget follow-up has it at
 * year end: the figure the indicator "Avvikelse mellan budget och utfall vid årets slut" reports.
 */
export function yearVariance(profile: BudgetProfile, year: Year): number {
	return profile.rows.reduce((sum, row) => sum + round10(row.variance[year]), 0);
}

/**
 * "Avvikelse mellan prognosen i tertialrapport 2 och utfallet vid årets slut" in percent of the
 * year's gross costs (the cost rows' budget): the net forecast at T2 (August) against the net
 * outcome in December, one decimal.
 */
export function forecastDeviation(unit: UnitSpec, profile: BudgetProfile, year: Year): number {
	if (demoMonths[year] < 12) throw new Error(`Demodata för ${unit.name}: ${year} är inte avslutat.`);
	const plan = buildUnitPlan(unit, year, committeeName);
	let gross = 0;
	let forecastT2 = 0;
	let outcome = 0;
	plan.budget.forEach((table, t) =>
		table.rows.forEach((row) => {
			const budget = row.values[0] ?? 0;
			if (budget > 0) gross += budget;
			const variance = profile.rows.find((r) => r.table === t && r.label === row.label)?.variance[year] ?? 0;
			const months = budgetRowMonths(budget, variance, year, `${unit.slug}|${t}|${row.label}|${year}`, missOf(profile, t, row.label, year));
			forecastT2 += months[reportMonth.T2 - 1].forecast;
			outcome += months[11].outcome;
		})
	);
	return round((Math.abs(forecastT2 - outcome) / gross) * 100, 1);
}

/** Resolves a unit's follow-up into the forms' values per report, and the budget per period. */
export function buildUnitFollowup(spec: UnitFollowupSpec): DemoFollowup {
	const { unit } = spec;
	const reports: DemoReportData[] = demoReports.map((report) => {
		const year = reportYear(report);
		const plan = buildUnitPlan(unit, year, committeeName);
		const items = planItems(plan, year);
		const notes = spec.activities.filter((a) => a.report === report);
		for (const note of notes) {
			if (!items.activities.some((a) => a.title === note.title)) {
				throw new Error(`Demodata för ${unit.name} ${report}: ingen aktivitet heter ”${note.title}”.`);
			}
		}
		return {
			unitSlug: unit.slug,
			year,
			period: reportPeriod(report),
			outcomes: spec.outcomes.flatMap((o) => {
				const value = o.values[report];
				return value === undefined ? [] : [outcomeEntry(unit, o, report, value)];
			}),
			assessments: spec.goals.flatMap((g) => {
				const a = g.reports[report];
				return a ? [{ goal: g.goal, fields: { level: a.level, analysis: a.analysis, measures: a.measures } }] : [];
			}),
			activities: items.activities.map((activity) => {
				const note = notes.find((n) => n.title === activity.title);
				return {
					activity: activity.title,
					fields: { status: note?.status ?? statusByDates(activity, report), comment: note?.comment ?? '' }
				};
			})
		};
	});
	return { reports, budget: budgetData(spec) };
}
