import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { activityFollowups, budgetFollowups, goalAssessments, indicatorOutcomes, planSections, plans } from '../db/schema';
import { loadPlan, type PlanActivity, type PlanGoal, type PlanIndicator, type PlanView } from '../plans/load-plan';
export type { ReportBudgetRow, ReportBudgetTable } from './budget-followup-tables';
import { loadPartlyBand } from './load-partly-band';
import { storedOutcome, type StoredOutcome } from './outcome-row';
import type { ActivityFollowupRow } from './save-activity-followup';
import type { GoalAssessmentRow } from './save-goal-assessment';
import { budgetFollowupTables, type ReportBudgetTable } from './budget-followup-tables';
import { applyOverride, judgeFulfilment, type AssessedFulfilment } from '../../domain/followup/fulfilment';
import { isReportedIn, reportKind, type ReportPeriod } from '../../domain/followup/report-periods';
import { planTitle } from '../../domain/plan/plan-title';
import type { Target } from '../../domain/indicators/indicator';

export interface ReportIndicator extends PlanIndicator {
	/** The unit's outcome this period, as stored; null when nothing is entered. */
	outcome: StoredOutcome | null;
	/** The same period last year (through the indicator's predecessor), for textual targets and the comparison column. */
	previousOutcome: StoredOutcome | null;
	/** Computed from outcome, Årsmål and direction, or the editor's override with the computed one beside it. */
	fulfilment: AssessedFulfilment;
}

export interface ReportActivity extends PlanActivity {
	followup: ActivityFollowupRow | null;
}

export interface ReportGoal extends Omit<PlanGoal, 'indicators' | 'activities' | 'children'> {
	assessment: GoalAssessmentRow | null;
	/** The plan's indicators reported this period (by periodicity). */
	indicators: ReportIndicator[];
	activities: ReportActivity[];
	children: ReportGoal[];
}

export interface ReportView extends Omit<PlanView, 'cascade' | 'budget' | 'introduction' | 'other' | 'plan' | 'attachments'> {
	period: ReportPeriod;
	/** The report document's row (header, workflow status); null until the report is started. */
	report: typeof plans.$inferSelect | null;
	/** The year's verksamhetsplan row the report follows up; null when there is none. */
	plan: typeof plans.$inferSelect | null;
	/** The municipality's "delvis uppfyllt" band the fulfilment was judged with. */
	band: number;
	cascade: ReportGoal[];
	/** The report's own texts (sammanfattning, viktiga händelser …), stored like a plan's sections. */
	introduction: (typeof planSections.$inferSelect)[];
	other: (typeof planSections.$inferSelect)[];
	budget: ReportBudgetTable[];
}

function targetOf(indicator: PlanIndicator): Target {
	if (indicator.targetValue !== null) return { value: indicator.targetValue, text: null };
	if (indicator.targetText !== null) return { value: null, text: indicator.targetText };
	return { value: null, text: null };
}

function walk<T extends { children: T[] }>(nodes: T[], visit: (node: T) => void): void {
	for (const node of nodes) {
		visit(node);
		walk(node.children, visit);
	}
}

/**
 * Everything a unit's report (T1, T2 or VB) shows: the plan's cascade with, per goal, the unit's
 * assessment, the plan's indicators reported this period with their outcomes and fulfilment, the
 * activities with their status, and the budget tables with outcome, forecast and variance.
 * A fixed number of queries on top of loadPlan's, whatever the size of the plan.
 */
export async function loadReport(db: DbOrTx, slug: string, year: number, period: ReportPeriod): Promise<ReportView> {
	const planView = await loadPlan(db, slug, year);
	const organisationId = planView.organisation.id;
	const kind = reportKind[period];

	const indicators: PlanIndicator[] = [];
	const goalIds: number[] = [];
	const activityIds: number[] = [];
	walk(planView.cascade, (goal) => {
		goalIds.push(goal.id);
		for (const i of goal.indicators) if (i.inPlan && isReportedIn(i.periodicity, period)) indicators.push(i);
		for (const a of goal.activities) activityIds.push(a.id);
	});
	const indicatorIds = indicators.map((i) => i.id);
	const previousIds = indicators.map((i) => i.previousId).filter((id): id is number => id !== null);
	const budgetRowIds = planView.budget.flatMap((t) => t.rows.map((r) => r.id));

	const [reportRows, band, outcomeRows, assessmentRows, activityRows, budgetRows] = await Promise.all([
		db.select().from(plans).where(and(eq(plans.organisationId, organisationId), eq(plans.year, year), eq(plans.kind, kind))),
		loadPartlyBand(db, planView.municipality.id),
		indicatorIds.length
			? db
					.select()
					.from(indicatorOutcomes)
					.where(
						and(
							inArray(indicatorOutcomes.indicatorId, [...indicatorIds, ...previousIds]),
							eq(indicatorOutcomes.organisationId, organisationId),
							eq(indicatorOutcomes.period, period)
						)
					)
			: [],
		goalIds.length
			? db
					.select()
					.from(goalAssessments)
					.where(and(inArray(goalAssessments.goalId, goalIds), eq(goalAssessments.organisationId, organisationId), eq(goalAssessments.period, period)))
			: [],
		activityIds.length
			? db
					.select()
					.from(activityFollowups)
					.where(
						and(inArray(activityFollowups.activityId, activityIds), eq(activityFollowups.organisationId, organisationId), eq(activityFollowups.period, period))
					)
			: [],
		budgetRowIds.length
			? db.select().from(budgetFollowups).where(and(inArray(budgetFollowups.budgetRowId, budgetRowIds), eq(budgetFollowups.period, period)))
			: []
	]);
	const report = reportRows[0] ?? null;
	const sections = report
		? await db.select().from(planSections).where(eq(planSections.planId, report.id)).orderBy(asc(planSections.position), asc(planSections.id))
		: [];

	const outcomes = new Map(outcomeRows.map((r) => [r.indicatorId, storedOutcome(r)]));
	const assessments = new Map(assessmentRows.map((r) => [r.goalId, r]));
	const activityStatus = new Map(activityRows.map((r) => [r.activityId, r]));
	const reported = new Set(indicatorIds);

	const toReportIndicator = (indicator: PlanIndicator): ReportIndicator => {
		const outcome = outcomes.get(indicator.id) ?? null;
		const previousOutcome = indicator.previousId !== null ? (outcomes.get(indicator.previousId) ?? null) : null;
		const computed = judgeFulfilment({
			outcome: outcome?.outcome,
			target: targetOf(indicator),
			direction: indicator.direction,
			band,
			previousOutcome: previousOutcome?.outcome,
			unit: indicator.unit
		});
		const assessed = applyOverride(computed, outcome?.override);
		// A stored override was valid when saved; should it not be, the computed value stands.
		const fulfilment = assessed.ok ? assessed.fulfilment : { level: computed.level, reason: computed.reason, computed, override: null };
		return { ...indicator, outcome, previousOutcome, fulfilment };
	};

	const toReportGoal = (goal: PlanGoal): ReportGoal => ({
		...goal,
		assessment: assessments.get(goal.id) ?? null,
		indicators: goal.indicators.filter((i) => reported.has(i.id)).map(toReportIndicator),
		activities: goal.activities.map((a) => ({ ...a, followup: activityStatus.get(a.id) ?? null })),
		children: goal.children.map(toReportGoal)
	});

	const budget = budgetFollowupTables(planView.budget, budgetRows);

	const { cascade: _cascade, budget: _budget, introduction: _i, other: _o, plan, attachments: _a, ...context } = planView;
	return {
		...context,
		kind,
		title: planTitle(kind, year, planView.organisation.name),
		period,
		report,
		plan,
		band,
		cascade: planView.cascade.map(toReportGoal),
		introduction: sections.filter((s) => s.area === 'introduction'),
		other: sections.filter((s) => s.area === 'other'),
		budget
	};
}
