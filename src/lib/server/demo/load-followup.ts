import type { DbOrTx } from '../db/client';
import { loadPlan, type PlanGoal } from '../plans/load-plan';
import { saveOutcomes } from '../followup/save-outcomes';
import { saveGoalAssessment } from '../followup/save-goal-assessment';
import { saveActivityFollowup } from '../followup/save-activity-followup';
import { saveBudgetFollowup } from '../followup/save-budget-followup';
import type { BudgetFollowupRowFields } from '../followup/followup-input';
import type { DemoFollowup } from './content/followup/helpers';
import { DemoDataError } from './demo-data-error';


/** The ids of a unit's plan for a year, by the names the demo content uses. */
interface PlanIds {
	organisationId: number;
	goals: Map<string, number>;
	indicators: Map<string, number>;
	activities: Map<string, number>;
	/** By position: the table's id and its rows' ids by label. */
	tables: { id: number; rows: Map<string, number> }[];
}

function unique<T>(map: Map<string, T>, key: string, value: T, what: string): void {
	if (map.has(key)) throw new DemoDataError(what, { namn: `”${key}” förekommer två gånger i planen.` });
	map.set(key, value);
}

async function planIds(db: DbOrTx, slug: string, year: number): Promise<PlanIds> {
	const view = await loadPlan(db, slug, year);
	const ids: PlanIds = { organisationId: view.organisation.id, goals: new Map(), indicators: new Map(), activities: new Map(), tables: [] };
	const what = `${slug} ${year}`;
	const walk = (goals: PlanGoal[]) => {
		for (const goal of goals) {
			unique(ids.goals, goal.number ?? goal.title, goal.id, what);
			for (const indicator of goal.indicators) if (indicator.inPlan) unique(ids.indicators, indicator.name, indicator.id, what);
			for (const activity of goal.activities) unique(ids.activities, activity.title, activity.id, what);
			walk(goal.children);
		}
	};
	walk(view.cascade);
	ids.tables = view.budget.map((table) => ({ id: table.id, rows: new Map(table.rows.map((row) => [row.label, row.id])) }));
	return ids;
}

function idOf(map: Map<string, number>, key: string, what: string): number {
	const id = map.get(key);
	if (id === undefined) throw new DemoDataError(what, { namn: `”${key}” finns inte i planen.` });
	return id;
}

function check(result: { ok: boolean; errors?: Record<string, string> }, what: string): void {
	if (!result.ok) throw new DemoDataError(what, result.errors ?? { form: 'Sparades inte.' });
}

/**
 * Enters the demo's follow-up as the units' editors would: every outcome (a report's at once, as
 * a spreadsheet import does), goal assessment, activity status and budget follow-up through the
 * same use cases the report editor calls, so the demo holds only what those accept. Each item is new, so every save starts from version 0.
 */
export async function loadDemoFollowup(db: DbOrTx, followup: DemoFollowup): Promise<void> {
	const plans = new Map<string, PlanIds>();
	const idsFor = async (slug: string, year: number) => {
		const key = `${slug} ${year}`;
		let ids = plans.get(key);
		if (!ids) {
			ids = await planIds(db, slug, year);
			plans.set(key, ids);
		}
		return ids;
	};

	for (const report of followup.reports) {
		const ids = await idsFor(report.unitSlug, report.year);
		const what = (item: string) => `${report.unitSlug} ${report.period} ${report.year}, ${item}`;
		const base = { organisationId: ids.organisationId, year: report.year, period: report.period, version: 0 };
		// A report's outcomes in one call, as a filled-in spreadsheet is imported.
		const outcomes = await saveOutcomes(db, {
			year: report.year,
			period: report.period,
			items: report.outcomes.map((entry) => ({
				organisationId: ids.organisationId,
				version: 0,
				indicatorId: idOf(ids.indicators, entry.indicator, what(entry.indicator)),
				fields: entry.fields
			}))
		});
		if (!outcomes.ok) {
			const [index, refusal] = Object.entries(outcomes.refusals)[0];
			check(refusal, what(report.outcomes[Number(index)].indicator));
		}
		for (const entry of report.assessments) {
			const saved = await saveGoalAssessment(db, { ...base, goalId: idOf(ids.goals, entry.goal, what(entry.goal)), fields: entry.fields });
			check(saved, what(entry.goal));
		}
		for (const entry of report.activities) {
			const saved = await saveActivityFollowup(db, { ...base, activityId: idOf(ids.activities, entry.activity, what(entry.activity)), fields: entry.fields });
			check(saved, what(entry.activity));
		}
	}

	for (const period of followup.budget) {
		const ids = await idsFor(period.unitSlug, period.year);
		for (const [position, table] of period.tables.entries()) {
			const what = `${period.unitSlug} ${period.period} ${period.year}, ${table.heading}`;
			const planTable = ids.tables[position];
			if (!planTable) throw new DemoDataError(what, { tabell: 'Tabellen finns inte i planen.' });
			const rows: Record<number, BudgetFollowupRowFields> = {};
			for (const row of table.rows) {
				rows[idOf(planTable.rows, row.label, what)] = { version: 0, outcome: row.outcome, forecast: row.forecast, comment: row.comment };
			}
			check(await saveBudgetFollowup(db, { tableId: planTable.id, organisationId: ids.organisationId, year: period.year, period: period.period, rows }), what);
		}
	}
}
