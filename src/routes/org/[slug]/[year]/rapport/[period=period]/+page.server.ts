import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { parseYear } from '$lib/forms/cascade-actions';
import { needsConfirmation } from '$lib/forms/cascade-actions';
import { formValues, parseForm, refuseForm, versionOf } from '$lib/forms/form-data';
import { reportPeriodFromSlug, reportPeriodLabel, type ReportPeriod } from '$lib/domain/followup/report-periods';
import { reportSuggestedHeadings } from '$lib/domain/followup/report-sections';
import { loadReport, type ReportGoal, type ReportView } from '$lib/server/followup/load-report';
import { saveOutcome } from '$lib/server/followup/save-outcome';
import { saveGoalAssessment } from '$lib/server/followup/save-goal-assessment';
import { saveActivityFollowup } from '$lib/server/followup/save-activity-followup';
import { saveBudgetFollowup } from '$lib/server/followup/save-budget-followup';
import { activityFollowupFields, goalAssessmentFields, outcomeFields, outcomeFieldsFromForm } from '$lib/server/followup/followup-input';
import { budgetFollowupRows } from '$lib/forms/budget-followup-form';
import { ensurePlan } from '$lib/server/plans/ensure-plan';
import { updatePlanHeader, planHeaderFields } from '$lib/server/plans/update-plan-header';
import { planSectionFields } from '$lib/server/plans/plan-section-input';
import { addPlanSection } from '$lib/server/plans/add-plan-section';
import { updatePlanSection } from '$lib/server/plans/update-plan-section';
import { deletePlanSection } from '$lib/server/plans/delete-plan-section';
import { movePlanSection } from '$lib/server/plans/move-plan-section';
import { loadPlanStatus } from '$lib/server/workflow/load-plan-status';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { direction, id, zodFieldErrors } from '$lib/server/validation';
import type { Conflict, Result } from '$lib/server/result';

type Params = { slug: string; year: string; period: string };

function periodOf(params: Params): ReportPeriod {
	const period = reportPeriodFromSlug(params.period);
	if (!period) error(404, 'Sidan finns inte.');
	return period;
}

function view(params: Params): Promise<ReportView> {
	return orNotFound(() => loadReport(db(), params.slug, parseYear(params.year), periodOf(params)));
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const year = parseYear(params.year);
	const period = periodOf(params);
	// A committee's or the council's follow-up is the roll-up of its units' reports.
	if (locals.target && locals.target.kind !== 'unit') redirect(303, `/org/${params.slug}/${year}/uppfoljning?period=${period}`);
	const report = await view(params);
	return {
		view: report,
		workflow: await loadPlanStatus(db(), report.organisation.id, year, report.kind),
		suggestedHeadings: reportSuggestedHeadings,
		trail: [...organisationTrail(report), { label: `${reportPeriodLabel[period]} ${year}` }]
	};
};

function allGoals(goals: ReportGoal[]): ReportGoal[] {
	return goals.flatMap((g) => [g, ...allGoals(g.children)]);
}

const notHere = () => error(404, 'Det du försökte ändra finns inte i den här rapporten.');

/**
 * Reads the form, loads the report and finds the item the form names in it (its goals, the
 * indicators reported this period, activities, budget tables, the report's own texts): an item of
 * another unit, year or period, or the plan's own text, is not this report's and answers 404.
 */
async function withItem<T>(
	event: RequestEvent<Params>,
	find: (report: ReportView, itemId: number) => T | undefined,
	act: (values: Record<string, string>, item: T, report: ReportView) => Promise<unknown>
) {
	const values = formValues(await event.request.formData());
	const itemId = id.safeParse(values.id);
	const report = await view(event.params);
	const item = itemId.success ? find(report, itemId.data) : undefined;
	if (item === undefined) notHere();
	return act(values, item as T, report);
}

/**
 * A use case's refusal as the form's answer: field messages and the other person's version come
 * back with the typed values; a refusal of the item as a whole (not in the unit's report) cannot
 * happen for an item found in the report, so it is answered as a tampered id: 404.
 */
function refusal(values: Record<string, string>, result: { ok: false; errors: Record<string, string> } | Conflict<unknown>) {
	if ('conflict' in result) return refuseForm(values, result.errors, { conflict: result.conflict });
	if (result.errors.form) notHere();
	return refuseForm(values, result.errors);
}

/** Whose report an item is saved in: the unit, the year and the period. */
const inReport = (report: ReportView) => ({ organisationId: report.organisation.id, year: report.year, period: report.period });

const sectionOf = (report: ReportView, sectionId: number) => [...report.introduction, ...report.other].find((s) => s.id === sectionId);

export const actions: Actions = {
	saveOutcome: (event) =>
		withItem(
			event,
			(report, itemId) => allGoals(report.cascade).flatMap((g) => g.indicators).find((i) => i.id === itemId),
			async (values, indicator, report) => {
				const fields = outcomeFields.safeParse(outcomeFieldsFromForm(values));
				if (!fields.success) return refuseForm(values, zodFieldErrors(fields.error));
				const result = await saveOutcome(db(), {
					indicatorId: indicator.id,
					...inReport(report),
					version: versionOf(values),
					fields: fields.data
				});
				if (!result.ok) return refusal(values, result);
				return { saved: `Utfallet för ”${indicator.name}” är sparat.` };
			}
		),
	saveAssessment: (event) =>
		withItem(
			event,
			(report, itemId) => allGoals(report.cascade).find((g) => g.id === itemId),
			async (values, goal, report) => {
				const parsed = parseForm(goalAssessmentFields, values);
				if (!parsed.ok) return parsed.failure;
				const result = await saveGoalAssessment(db(), {
					goalId: goal.id,
					...inReport(report),
					version: versionOf(values),
					fields: parsed.data
				});
				if (!result.ok) return refusal(values, result);
				return { saved: `Bedömningen av ”${goal.title}” är sparad.` };
			}
		),
	saveActivityStatus: (event) =>
		withItem(
			event,
			(report, itemId) => allGoals(report.cascade).flatMap((g) => g.activities).find((a) => a.id === itemId),
			async (values, activity, report) => {
				const parsed = parseForm(activityFollowupFields, values);
				if (!parsed.ok) return parsed.failure;
				const result = await saveActivityFollowup(db(), {
					activityId: activity.id,
					...inReport(report),
					version: versionOf(values),
					fields: parsed.data
				});
				if (!result.ok) return refusal(values, result);
				return { saved: `Statusen för ”${activity.title}” är sparad.` };
			}
		),
	saveBudgetFollowup: (event) =>
		withItem(
			event,
			(report, itemId) => report.budget.find((t) => t.id === itemId),
			async (values, table, report) => {
				const result = await saveBudgetFollowup(db(), {
					tableId: table.id,
					...inReport(report),
					rows: budgetFollowupRows(values, table)
				});
				if (!result.ok) return refusal(values, result);
				return { saved: `Budgetuppföljningen för ”${table.heading}” är sparad.` };
			}
		),
	saveReportHeader: async (event) => {
		const values = formValues(await event.request.formData());
		const parsed = parseForm(planHeaderFields, values);
		if (!parsed.ok) return parsed.failure;
		const report = await view(event.params);
		const row = await ensurePlan(db(), report.organisation.id, report.year, report.kind);
		const result = await updatePlanHeader(db(), row.id, versionOf(values), parsed.data);
		if (!result.ok) return refuseForm(values, result.errors, 'conflict' in result ? { conflict: result.conflict } : {});
		return { saved: 'Uppgifterna är sparade.' };
	},
	addSection: async (event) => {
		const values = formValues(await event.request.formData());
		const parsed = parseForm(planSectionFields, values);
		if (!parsed.ok) return parsed.failure;
		const area = values.area === 'other' ? 'other' : 'introduction';
		const report = await view(event.params);
		const row = await ensurePlan(db(), report.organisation.id, report.year, report.kind);
		const section = await addPlanSection(db(), row.id, area, parsed.data);
		return { saved: `Avsnittet "${section.heading}" är tillagt.` };
	},
	saveSection: (event) =>
		withItem(event, sectionOf, async (values, section) => {
			const parsed = parseForm(planSectionFields, values);
			if (!parsed.ok) return parsed.failure;
			const result: Result<{ heading: string }> | Conflict<unknown> = await updatePlanSection(db(), section.id, versionOf(values), parsed.data);
			if (!result.ok) return refuseForm(values, result.errors, 'conflict' in result ? { conflict: result.conflict } : {});
			return { saved: `Avsnittet "${result.value.heading}" är sparat.` };
		}),
	deleteSection: (event) =>
		withItem(event, sectionOf, async (values, section) => {
			const confirm = needsConfirmation(values, `avsnittet "${section.heading}"`, '?/deleteSection');
			if (confirm) return confirm;
			const deleted = await deletePlanSection(db(), section.id);
			return { saved: `Avsnittet "${deleted.heading}" är borttaget.` };
		}),
	moveSection: (event) =>
		withItem(event, sectionOf, async (values, section) => {
			// A missing or unknown direction is refused, not a server error.
			const way = direction.safeParse(values.direction);
			if (!way.success) return refuseForm(values, { direction: way.error.issues[0].message });
			await movePlanSection(db(), section.id, way.data);
			return { saved: 'Ordningen är ändrad.' };
		})
};
