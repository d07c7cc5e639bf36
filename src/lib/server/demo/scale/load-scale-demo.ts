import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable, type PgTable as AnyTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';
import * as schema from '../../db/schema';
import {
	activities,
	activityFollowups,
	budgetFollowups,
	budgetRows,
	budgetTables,
	goalApplicability,
	goalAssessments,
	goalLevels,
	goals,
	indicatorOutcomes,
	indicators,
	indicatorTargets,
	organisations,
	planAttachments,
	planSections,
	plans
} from '../../db/schema';
import { installGoalModels } from '../../goal-models/install-goal-models';
import { indicatorValuesFromDoc } from '../../interchange/import-plan';
import { createUser } from '../../accounts/create-user';
import { grantRole } from '../../accounts/grant-role';
import { buildFrameworkGoals, buildUnitGoals, buildUnitPlan } from '../content/build';
import { committeeName } from '../content/framework';
import type { UnitSpec, UnitCommitteeGoalSpec, Year } from '../content/types';
import { familjeenheten } from '../content/familjeenheten';
import { vuxenenheten } from '../content/vuxenenheten';
import { arbeteOchSysselsattning } from '../content/arbete-och-sysselsattning';
import { handlaggarenhetenForFunktionsstod } from '../content/handlaggarenheten-for-funktionsstod';
import { hemtjanstenNorrviken } from '../content/hemtjansten-norrviken';
import { forskoleenhetenSjoangen } from '../content/forskoleenheten-sjoangen';
import { forecastRamp, seededRandom } from '../content/followup/helpers';
import { demoCity } from '../demo-city';
import { demoPassword, demoUsers } from '../demo-users';
import { DemoDataError } from '../demo-data-error';
import type { GoalDoc, IndicatorDoc } from '../../../domain/interchange/plan-format';
import { parseTarget, type IndicatorKind } from '../../../domain/indicators/indicator';
import { lastMonth, monthPeriods, periodsFor, reportPeriods, type PeriodKey, type ReportPeriod } from '../../../domain/followup/report-periods';
import { formatNumber } from '../../../domain/format/number';
import { slugify } from '../../../domain/organisation/organisation';
import type { FulfilmentLevel } from '../../../domain/followup/fulfilment';
import type { ActivityStatus } from '../../../domain/followup/activity-status';
import type { ScalePreset } from './scale-presets';

/**
 * A synthetic city for measuring scale (`verksam demo --scale`): Exempelstad's council, N
 * committees and M units, each unit's plan for every year built from the demo's own content
 * (its work drawn from `templatesPerUnit` of the demo's six units, under its committee's copy of
 * the nämndmål), and the follow-up of every report period: outcomes of every indicator a unit
 * holds (shares with täljare and nämnare, gender splits where the indicator has them), goal
 * assessments and activity status; and the budget follow-up of every budget row for each month
 * (M01–M12) and report (T1, T2, VB). Same preset and seed, same data.
 *
 * Written as bulk inserts (multi-row, in batches, ids assigned here) in one transaction, into an
 * emptied database. The history triggers are disabled for the load and enabled again before it
 * commits: a generated city was changed by no one, and a million change_log rows would say
 * nothing but double the load's time and size. Other writers are kept out meanwhile (ALTER TABLE
 * locks the tables), and a failed load leaves the old data.
 */

export interface ScaleLoadOptions {
	seed?: number;
	/** A line per phase and progress within it (for stderr). */
	onProgress?: (line: string) => void;
}

export interface ScaleLoadSummary {
	organisations: number;
	units: number;
	plans: number;
	goals: number;
	indicators: number;
	/** Indicator outcomes (indikatorutfall). */
	outcomes: number;
	/** Budget follow-ups (budgetutfall): a row per budget row and period. */
	budgetFollowups: number;
	assessments: number;
	activityFollowups: number;
	rows: number;
}

/** The demo's six units, whose content every synthetic unit reuses; the first is the signed-in demo's Familjeenheten. */
const templates: { spec: UnitSpec; base: string }[] = [
	{ spec: familjeenheten, base: 'Familjeenheten' },
	{ spec: vuxenenheten, base: 'Vuxenenheten' },
	{ spec: arbeteOchSysselsattning, base: 'Enheten för arbete och sysselsättning' },
	{ spec: handlaggarenhetenForFunktionsstod, base: 'Handläggarenheten för funktionsstöd' },
	{ spec: hemtjanstenNorrviken, base: 'Hemtjänsten' },
	{ spec: forskoleenhetenSjoangen, base: 'Förskoleenheten' }
];

const placeStarts = ['Björk', 'Ek', 'Lind', 'Al', 'Gran', 'Tall', 'Asp', 'Sjö', 'Berg', 'Strand', 'Äng', 'Hag', 'Rosen', 'Löv', 'Sol', 'Mark', 'Ström', 'Klint', 'Hassel', 'Lärk'];
const placeEnds = ['dalen', 'viken', 'ängen', 'backen', 'holmen', 'udden', 'lunda', 'hagen', 'berga', 'sund', 'torp', 'vik'];

/** The demo's words for assessments and activity status, reused at random. */
const assessmentPool = demoCity.followup!.reports.flatMap((r) => r.assessments.map((a) => a.fields)).filter((f) => f.level !== 'notJudged');
const activityPool = demoCity.followup!.reports.flatMap((r) => r.activities.map((a) => a.fields));

function shuffle<T>(items: T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/** Sizes of n parts as equal as may be, larger first: 1000 in 28 → 20 of 36 and 8 of 35. */
export function splitEvenly(total: number, parts: number): number[] {
	return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

/** The demo content is written for 2025 and 2026; another year takes the nearest one's with every year in it moved along. */
function contentFor<T>(year: number, build: (contentYear: Year) => T): T {
	const contentYear: Year = year <= 2025 ? 2025 : 2026;
	const built = build(contentYear);
	const shift = year - contentYear;
	if (shift === 0) return built;
	return JSON.parse(JSON.stringify(built).replace(/\b(20\d\d)\b/g, (y) => String(Number(y) + shift))) as T;
}

/** A unit doing the work of several demo units: their nämndmål, Årsmål and own goals together. */
function mergedSpec(first: number, count: number): UnitSpec {
	const parts = Array.from({ length: count }, (_, i) => templates[(first + i) % templates.length].spec);
	const goals = new Map<string, UnitCommitteeGoalSpec>();
	for (const part of parts) {
		for (const goal of part.committeeGoals) {
			const have = goals.get(goal.number);
			goals.set(
				goal.number,
				have
					? { number: goal.number, targets: { ...goal.targets, ...have.targets }, activities: [...new Set([...have.activities, ...goal.activities])], goals: [...have.goals, ...goal.goals] }
					: goal
			);
		}
	}
	return {
		...parts[0],
		kfTargets: Object.assign({}, ...parts.map((p) => p.kfTargets).reverse()),
		committeeGoals: [...goals.values()],
		budget: parts.flatMap((p) => p.budget)
	};
}

/** Inserts rows in multi-row statements of a size under PostgreSQL's 65 535 parameters. */
class BulkWriter {
	private pending = new Map<AnyTable, Record<string, unknown>[]>();
	written = 0;
	constructor(private readonly db: DbOrTx) {}

	async add(table: AnyTable, row: Record<string, unknown>): Promise<void> {
		let rows = this.pending.get(table);
		if (!rows) this.pending.set(table, (rows = []));
		rows.push(row);
		// A full batch writes every table's pending rows, parents first, so no row waits on a parent not yet written.
		if (rows.length * Object.keys(row).length >= 30_000) await this.flush();
	}

	private async flushTable(table: AnyTable): Promise<void> {
		const rows = this.pending.get(table);
		if (!rows?.length) return;
		this.pending.set(table, []);
		await this.db.insert(table).values(rows as never);
		this.written += rows.length;
	}

	/** Writes everything pending, parents before children (the tables in the order first used). */
	async flush(): Promise<void> {
		for (const table of this.pending.keys()) await this.flushTable(table);
	}
}

interface FrameworkIds {
	/** Council goal number → id. */
	council: Map<string, number>;
	/** Per committee: nämndmål number → id. */
	committeeGoals: Map<string, number>[];
	/** `${goalId}|${name}` → indicator id and kind. */
	indicators: Map<string, { id: number; kind: IndicatorKind; genderSplit: boolean; periodicity: string; councilTarget: number | null }>;
	/** `${goalId}|${title}` → activity id. */
	activities: Map<string, number>;
}

/** Loads a synthetic city (see above) into the database, emptying it first. */
export async function loadScaleDemo(db: DbOrTx, preset: ScalePreset, options: ScaleLoadOptions = {}): Promise<ScaleLoadSummary> {
	const seed = options.seed ?? 1;
	const random = seededRandom(`verksam-scale:${seed}`);
	// A stream of its own for the budget, so the rest of the city is the same with or without it.
	const budgetRandom = seededRandom(`verksam-scale-budget:${seed}`);
	const progress = options.onProgress ?? (() => {});
	const started = performance.now();
	const rate = (rows: number) => Math.round(rows / Math.max((performance.now() - started) / 1000, 0.001));

	return db.transaction(async (tx) => {
		const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
		progress('Tömmer databasen …');
		await tx.execute(sql.raw(`truncate table ${tables.map((t) => `"${getTableName(t)}"`).join(', ')} restart identity cascade`));
		const historyTables = [organisations, goals, goalApplicability, indicators, indicatorTargets, activities, plans, planSections, budgetTables, budgetRows, planAttachments, indicatorOutcomes, goalAssessments, activityFollowups, budgetFollowups].map(getTableName);
		for (const name of historyTables) await tx.execute(sql.raw(`alter table "${name}" disable trigger "${name}_history"`));

		const models = await installGoalModels(tx);
		const levelRows = await tx.select().from(goalLevels);
		const levelAt = (depth: number) => {
			const level = levelRows.find((l) => l.modelId === models.stockholm && l.depth === depth);
			if (!level) throw new DemoDataError('målmodell', { model: `Stockholmsmodellen saknar nivå ${depth}.` });
			return level.id;
		};

		const writer = new BulkWriter(tx);
		const nextId = { organisations: 0, goals: 0, indicators: 0, activities: 0, plans: 0, sections: 0, tables: 0, budgetRows: 0 };
		const summary: ScaleLoadSummary = { organisations: 0, units: 0, plans: 0, goals: 0, indicators: 0, outcomes: 0, budgetFollowups: 0, assessments: 0, activityFollowups: 0, rows: 0 };

		// Organisations: Exempelstad, its committees (the first is the demo's Norrvikens stadsdelsnämnd), their units.
		progress(`Skapar Exempelstad med ${preset.committees} nämnder och ${preset.units} enheter …`);
		const municipalityId = ++nextId.organisations;
		await writer.add(organisations, { id: municipalityId, parentId: null, kind: 'municipality', name: demoCity.municipality.name, slug: demoCity.municipality.slug, goalModelId: models.stockholm, position: 0 });
		const places = shuffle(placeStarts.flatMap((a) => placeEnds.map((b) => a + b)), random);
		const committeeIds: number[] = [];
		const committeeNames: string[] = [];
		for (let c = 0; c < preset.committees; c++) {
			const name = c === 0 ? committeeName : `${places[c]}s stadsdelsnämnd`;
			committeeIds.push(++nextId.organisations);
			committeeNames.push(name);
			await writer.add(organisations, { id: nextId.organisations, parentId: municipalityId, kind: 'committee', name, slug: slugify(name), goalModelId: null, position: c });
		}
		// Each unit is a (demo unit, place) pair, drawn without repeats; the first is Familjeenheten itself.
		const pairs = shuffle(templates.flatMap((_, t) => places.map((place) => ({ t, place }))), random);
		const units: { id: number; committee: number; template: number; name: string; spec: UnitSpec }[] = [];
		let drawn = 0;
		for (const [c, size] of splitEvenly(preset.units, preset.committees).entries()) {
			for (let i = 0; i < size; i++) {
				const first = units.length === 0;
				const { t, place } = first ? { t: 0, place: '' } : pairs[drawn++];
				const name = first ? templates[0].base : `${templates[t].base} ${place}`;
				const id = ++nextId.organisations;
				units.push({ id, committee: c, template: t, name, spec: mergedSpec(t, preset.templatesPerUnit) });
				await writer.add(organisations, { id, parentId: committeeIds[c], kind: 'unit', name, slug: slugify(name), goalModelId: null, position: i });
			}
		}
		summary.organisations = nextId.organisations;
		summary.units = units.length;
		await writer.flush();

		let previousIndicators = new Map<string, number>();
		for (const year of preset.years) {
			progress(`Målramverket ${year}: KF och ${preset.committees} nämnder …`);
			const currentIndicators = new Map<string, number>();
			const addIndicator = async (doc: IndicatorDoc, goalId: number, ownerId: number, position: number, ids: FrameworkIds | null) => {
				const parsed = indicatorValuesFromDoc(doc, String(goalId));
				if (!parsed.ok) throw new DemoDataError(doc.name, { indikator: parsed.message });
				const id = ++nextId.indicators;
				const key = `${ownerId}|${doc.name.replace(/\b20\d\d\b/g, '')}`;
				currentIndicators.set(key, id);
				await writer.add(indicators, { id, goalId, organisationId: ownerId, ...parsed.values, position, previousId: previousIndicators.get(key) ?? null, version: 1 });
				ids?.indicators.set(`${goalId}|${doc.name}`, { id, kind: parsed.values.kind!, genderSplit: parsed.values.genderSplit!, periodicity: parsed.values.periodicity!, councilTarget: parsed.values.councilTargetValue ?? null });
				summary.indicators++;
				return { id, ...parsed.values };
			};
			const addGoal = async (doc: GoalDoc, ownerId: number, depth: number, parentId: number | null, position: number) => {
				const id = ++nextId.goals;
				await writer.add(goals, { id, year, organisationId: ownerId, levelId: levelAt(depth), parentId, number: doc.number, title: doc.title, sections: doc.sections, position, version: 1 });
				summary.goals++;
				return id;
			};
			const addActivity = async (title: string, start: string | null, end: string | null, goalId: number, ownerId: number, position: number) => {
				const id = ++nextId.activities;
				await writer.add(activities, { id, goalId, organisationId: ownerId, title, start, end, position, version: 1 });
				return id;
			};

			// The framework: KF's direction and area goals with their indicators and activities; each committee's copy of the nämndmål.
			const ids: FrameworkIds = { council: new Map(), committeeGoals: committeeIds.map(() => new Map()), indicators: new Map(), activities: new Map() };
			const framework = contentFor(year, buildFrameworkGoals);
			for (const [d, direction] of framework.entries()) {
				const directionId = await addGoal(direction, municipalityId, 0, null, d);
				ids.council.set(direction.number!, directionId);
				for (const [a, area] of direction.goals.entries()) {
					const areaId = await addGoal(area, municipalityId, 1, directionId, a);
					ids.council.set(area.number!, areaId);
					for (const [i, indicator] of area.indicators.entries()) await addIndicator(indicator, areaId, municipalityId, i, ids);
					for (const [i, activity] of area.activities.entries()) ids.activities.set(`${areaId}|${activity.title}`, await addActivity(activity.title, activity.start, activity.end, areaId, municipalityId, i));
					for (const [c, committeeId] of committeeIds.entries()) {
						for (const [g, goal] of area.goals.entries()) {
							const goalId = await addGoal(goal, committeeId, 2, areaId, g);
							ids.committeeGoals[c].set(goal.number!, goalId);
							for (const [i, indicator] of goal.indicators.entries()) await addIndicator(indicator, goalId, committeeId, i, ids);
							for (const [i, activity] of goal.activities.entries()) ids.activities.set(`${goalId}|${activity.title}`, await addActivity(activity.title, activity.start, activity.end, goalId, committeeId, i));
						}
					}
				}
			}

			// Each unit's plan and follow-up.
			for (const [u, unit] of units.entries()) {
				const plan = contentFor(year, (y) => buildUnitPlan(unit.spec, y, ''));
				const planId = ++nextId.plans;
				await writer.add(plans, { id: planId, organisationId: unit.id, year, kind: 'verksamhetsplan', handler: unit.spec.handler, phone: unit.spec.phone, recipient: committeeNames[unit.committee], status: 'draft' });
				summary.plans++;
				for (const [i, s] of plan.introduction.entries()) await writer.add(planSections, { id: ++nextId.sections, planId, area: 'introduction', heading: s.heading, text: s.text, position: i, version: 1 });
				for (const [i, s] of plan.other.entries()) await writer.add(planSections, { id: ++nextId.sections, planId, area: 'other', heading: s.heading, text: s.text, position: i, version: 1 });
				for (const [i, table] of plan.budget.entries()) {
					const tableId = ++nextId.tables;
					await writer.add(budgetTables, { id: tableId, planId, heading: table.heading, columns: table.columns, position: i, version: 1 });
					for (const [j, row] of table.rows.entries()) {
						const budgetRowId = ++nextId.budgetRows;
						await writer.add(budgetRows, { id: budgetRowId, tableId, label: row.label, values: row.values, position: j });
						// The budget is the row's first column (as the plan and the report read it); a row without one has nothing to follow up.
						const budget = row.values[0];
						if (typeof budget !== 'number') continue;
						const months = budgetRowYear(budget, budgetRandom);
						for (const [period, month] of budgetPeriodMonths) {
							await writer.add(budgetFollowups, { budgetRowId, organisationId: unit.id, period, ...months[month - 1] });
							summary.budgetFollowups++;
						}
					}
				}
				for (const [i, title] of plan.attachments.entries()) await writer.add(planAttachments, { planId, title, position: i });

				// What the unit reports: the indicators it holds (with its Årsmål), the goals it assesses, the activities it follows up.
				const held: { id: number; kind: IndicatorKind; genderSplit: boolean; periodicity: string; target: number | null }[] = [];
				const assessed: number[] = [];
				const followed: number[] = [];
				const hold = async (indicatorId: number, doc: IndicatorDoc, facts: { kind: IndicatorKind; genderSplit: boolean; periodicity: string; councilTarget: number | null }, unitOfMeasure: string) => {
					const target = parseTarget(doc.annualTarget, unitOfMeasure);
					const value = target.ok ? target.target.value : null;
					await writer.add(indicatorTargets, { indicatorId, organisationId: unit.id, targetValue: value, targetText: target.ok ? target.target.text : null });
					held.push({ id: indicatorId, ...facts, target: value ?? facts.councilTarget });
				};
				const frameworkIndicator = (goalId: number, doc: IndicatorDoc) => {
					const found = ids.indicators.get(`${goalId}|${doc.name}`);
					if (!found) throw new DemoDataError(unit.name, { indikator: `${doc.name} finns inte i ramverket ${year}.` });
					return found;
				};
				for (const direction of plan.goals) {
					for (const area of direction.goals) {
						const areaId = ids.council.get(area.number!)!;
						for (const indicator of area.indicators) {
							const found = frameworkIndicator(areaId, indicator);
							await hold(found.id, indicator, found, indicator.unit ?? '');
						}
						for (const goal of area.goals) {
							const goalId = ids.committeeGoals[unit.committee].get(goal.number!)!;
							await writer.add(goalApplicability, { goalId, organisationId: unit.id });
							assessed.push(goalId);
							for (const indicator of goal.indicators) {
								const found = frameworkIndicator(goalId, indicator);
								await hold(found.id, indicator, found, indicator.unit ?? '');
							}
							for (const activity of goal.activities) {
								const activityId = ids.activities.get(`${goalId}|${activity.title}`);
								if (activityId !== undefined) followed.push(activityId);
							}
							for (const [g, own] of goal.goals.entries()) {
								const ownId = await addGoal(own, unit.id, 3, goalId, g);
								assessed.push(ownId);
								for (const [i, indicator] of own.indicators.entries()) {
									const created = await addIndicator(indicator, ownId, unit.id, i, null);
									await hold(created.id, indicator, { kind: created.kind!, genderSplit: created.genderSplit!, periodicity: created.periodicity!, councilTarget: null }, created.unit ?? '');
								}
								for (const [i, activity] of own.activities.entries()) followed.push(await addActivity(activity.title, activity.start, activity.end, ownId, unit.id, i));
							}
						}
					}
				}

				for (const indicator of held) {
					for (const period of periodsFor(indicator.periodicity as never)) {
						await writer.add(indicatorOutcomes, { indicatorId: indicator.id, organisationId: unit.id, period, ...outcomeFigures(indicator, random) });
						summary.outcomes++;
					}
				}
				for (const period of ['T1', 'T2', 'VB'] as ReportPeriod[]) {
					for (const goalId of assessed) {
						const fields = assessmentPool[Math.floor(random() * assessmentPool.length)];
						await writer.add(goalAssessments, { goalId, organisationId: unit.id, period, level: fields.level as FulfilmentLevel, analysis: fields.analysis, measures: fields.measures });
						summary.assessments++;
					}
					for (const activityId of followed) {
						const fields = activityPool[Math.floor(random() * activityPool.length)];
						await writer.add(activityFollowups, { activityId, organisationId: unit.id, period, status: fields.status as ActivityStatus, comment: fields.comment });
						summary.activityFollowups++;
					}
				}
				if ((u + 1) % 100 === 0 || u + 1 === units.length) {
					progress(`${year}: enheter ${u + 1} / ${units.length}, ${formatNumber(writer.written)} rader skrivna (${formatNumber(rate(writer.written))} rader/s)`);
				}
			}
			await writer.flush();
			previousIndicators = currentIndicators;
		}

		const users = demoUsers;
		progress(`Skapar demoanvändare (${users.length} st) …`);
		const slugIds = new Map((await tx.select({ id: organisations.id, slug: organisations.slug }).from(organisations)).map((o) => [o.slug, o.id]));
		for (const demoUser of users) {
			const created = await createUser(tx, { username: demoUser.username, displayName: demoUser.displayName, password: demoPassword });
			if (!created.ok) throw new DemoDataError(demoUser.username, created.errors);
			await grantRole(tx, created.value.id, slugIds.get(demoUser.organisationSlug)!, demoUser.role);
		}

		// Ids were given here; the sequences go on after them.
		for (const table of [organisations, goals, indicators, activities, plans, planSections, budgetTables, budgetRows]) {
			const name = getTableName(table);
			await tx.execute(sql.raw(`select setval(pg_get_serial_sequence('"${name}"', 'id'), coalesce((select max(id) from "${name}"), 0) + 1, false)`));
		}
		for (const name of historyTables) await tx.execute(sql.raw(`alter table "${name}" enable trigger "${name}_history"`));
		progress('Uppdaterar statistiken …');
		for (const name of historyTables) await tx.execute(sql.raw(`analyze "${name}"`));
		summary.rows = writer.written;
		const seconds = formatNumber((performance.now() - started) / 1000, 1);
		progress(
			`Klart: ${formatNumber(summary.rows)} rader, varav ${formatNumber(summary.outcomes)} indikatorutfall och ${formatNumber(summary.budgetFollowups)} budgetutfall, på ${seconds} s (${formatNumber(rate(summary.rows))} rader/s).`
		);
		return summary;
	});
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Each period of the budget follow-up with the month whose figures it has: M01–M12, and each report its last month's (T1 April's, T2 August's, VB December's). */
const budgetPeriodMonths: [PeriodKey, number][] = [...monthPeriods, ...reportPeriods].map((period) => [period, lastMonth(period)]);

/**
 * A budget row's follow-up month by month (January–December), in tkr: the year ends up to 6 % of
 * the budget away from it (budget − utfall, either way), the forecast moves from the budget to
 * that outcome as the demo's does (forecastRamp), and the outcome so far is the year's outcome's
 * share of the months passed with ±1,2 % noise, so it grows every month (12/11 outweighs the
 * noise) and in December is the forecast: the year is closed. Costs are positive, income
 * negative, and each month keeps the budget's sign.
 */
function budgetRowYear(budget: number, random: () => number): { outcome: number; forecast: number }[] {
	const variance = Math.round(budget * (random() * 2 - 1) * 0.06);
	const yearOutcome = budget - variance;
	return forecastRamp.map((share, i) => {
		const month = i + 1;
		const outcome = month === 12 ? yearOutcome : Math.round(yearOutcome * (month / 12) * (1 + (random() * 2 - 1) * 0.012));
		return { outcome, forecast: budget - Math.round(variance * share) };
	});
}

/**
 * One unit's outcome of an indicator in a period, near its target: a share as täljare of nämnare,
 * a count or an amount as a value, an index with its respondents; kvinnor and män as parts that
 * add up to the total where the indicator is gender-split. One in fifty is missing or not measured.
 */
function outcomeFigures(indicator: { kind: IndicatorKind; genderSplit: boolean; target: number | null }, random: () => number): Record<string, unknown> {
	const roll = random();
	if (roll < 0.01) return { status: 'missing', comment: 'Underlaget har inte kommit in.' };
	if (roll < 0.02) return { status: 'notMeasured', comment: 'Mättes inte under perioden.' };
	const near = (target: number, spread: number) => target * (1 + (random() * 2 - 1) * spread);
	const womenShare = 0.4 + random() * 0.2;
	switch (indicator.kind) {
		case 'share': {
			const share = Math.min(100, Math.max(0, near(indicator.target ?? 75, 0.15))) / 100;
			const denominator = 20 + Math.floor(random() * 380);
			const numerator = Math.round(denominator * share);
			if (!indicator.genderSplit) return { status: 'reported', value: round((100 * numerator) / denominator, 1), numerator, denominator };
			const womenDenominator = Math.max(1, Math.round(denominator * womenShare));
			const menDenominator = denominator - womenDenominator;
			const womenNumerator = Math.min(womenDenominator, Math.round(womenDenominator * share));
			const menNumerator = Math.min(menDenominator, numerator - womenNumerator < 0 ? 0 : numerator - womenNumerator);
			const total = womenNumerator + menNumerator;
			return {
				status: 'reported',
				value: round((100 * total) / denominator, 1),
				numerator: total,
				denominator,
				womenValue: round((100 * womenNumerator) / womenDenominator, 1),
				womenNumerator,
				womenDenominator,
				menValue: menDenominator ? round((100 * menNumerator) / menDenominator, 1) : null,
				menNumerator,
				menDenominator,
				totalFromParts: true
			};
		}
		case 'index': {
			const value = round(Math.min(100, near(indicator.target ?? 75, 0.1)), 0);
			const respondents = 10 + Math.floor(random() * 190);
			if (!indicator.genderSplit) return { status: 'reported', value, respondents };
			const womenRespondents = Math.round(respondents * womenShare);
			return { status: 'reported', value, respondents, womenValue: value, womenRespondents, menValue: value, menRespondents: respondents - womenRespondents };
		}
		default: {
			const value = Math.max(0, Math.round(near(indicator.target ?? 40, 0.3)));
			if (!indicator.genderSplit) return { status: 'reported', value };
			const women = Math.round(value * womenShare);
			return { status: 'reported', value, womenValue: women, menValue: value - women, totalFromParts: true };
		}
	}
}
