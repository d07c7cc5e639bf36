import { error, type RequestEvent } from '@sveltejs/kit';
import { db } from '$lib/server/db/instance';
import { createGoal } from '$lib/server/framework/create-goal';
import { updateGoal } from '$lib/server/framework/update-goal';
import { deleteGoal } from '$lib/server/framework/delete-goal';
import { moveGoal } from '$lib/server/framework/move-goal';
import { setGoalApplicability } from '$lib/server/framework/set-goal-applicability';
import { setIndicatorTargets } from '$lib/server/framework/set-indicator-targets';
import { indicatorFields } from '$lib/server/framework/indicator-input';
import { createIndicator } from '$lib/server/framework/create-indicator';
import { updateIndicator } from '$lib/server/framework/update-indicator';
import { deleteIndicator } from '$lib/server/framework/delete-indicator';
import { activityFields } from '$lib/server/framework/activity-input';
import { createActivity } from '$lib/server/framework/create-activity';
import { updateActivity } from '$lib/server/framework/update-activity';
import { deleteActivity } from '$lib/server/framework/delete-activity';
import { moveActivity } from '$lib/server/framework/move-activity';
import { moveIndicator } from '$lib/server/framework/move-indicator';
import { ensurePlan } from '$lib/server/plans/ensure-plan';
import { ownsItem, type ItemKind } from '$lib/server/policies/owned-item';
import type { PlanGoal } from '$lib/server/plans/load-plan';
import { direction, id } from '$lib/server/validation';
import { parseTarget } from '$lib/domain/indicators/indicator';
import { formList, formValues, parseForm, prefixed, refuseForm, versionOf } from './form-data';

/** What the cascade actions need of a page: its organisation, year and the goals it shows. */
export interface CascadePage {
	organisation: { id: number; kind: string };
	year: number;
	cascade: PlanGoal[];
}

type Params = { slug: string; year: string };
type Event = RequestEvent<Params>;

export function parseYear(raw: string): number {
	if (!/^\d{4}$/.test(raw)) error(404, 'Sidan finns inte.');
	return Number(raw);
}

export function findGoal(goals: PlanGoal[], goalId: number): PlanGoal | undefined {
	for (const goal of goals) {
		if (goal.id === goalId) return goal;
		const found = findGoal(goal.children, goalId);
		if (found) return found;
	}
	return undefined;
}

function collectIndicators(goals: PlanGoal[]): number[] {
	return goals.flatMap((g) => [...g.indicators.map((i) => i.id), ...collectIndicators(g.children)]);
}

/** Deleting asks first: without confirm=yes the page shows a confirmation for the item. */
export function needsConfirmation(values: Record<string, string>, label: string, action: string) {
	if (values.confirm === 'yes') return null;
	return { confirmDelete: { action, id: values.id, label } };
}

/**
 * The form actions for goals, indicators, targets and activities, shared by the unit's plan
 * editor and the council's and committees' framework editors. Every action checks that the
 * item it names belongs to the page's organisation.
 */
export function cascadeActions(load: (slug: string, year: number) => Promise<CascadePage>) {
	const page = (event: Event) => load(event.params.slug, parseYear(event.params.year));

	async function withItem(
		event: Event,
		kind: ItemKind,
		act: (values: Record<string, string>, itemId: number, view: CascadePage, formData: FormData) => Promise<unknown>
	) {
		const formData = await event.request.formData();
		const values = formValues(formData);
		const itemId = id.safeParse(values.id);
		const view = await page(event);
		if (!itemId.success || !(await ownsItem(db(), kind, itemId.data, view.organisation.id))) {
			error(404, 'Det du försökte ändra finns inte här.');
		}
		return act(values, itemId.data, view, formData);
	}

	/** A unit's changes also start its plan for the year. */
	async function touchPlan(view: CascadePage) {
		if (view.organisation.kind === 'unit') await ensurePlan(db(), view.organisation.id, view.year);
	}

	return {
		addGoal: async (event: Event) => {
			const values = formValues(await event.request.formData());
			const view = await page(event);
			// A goal hangs only under a goal this page shows: a unit cannot hang one under a nämndmål that is not its own.
			if (values.parentId && !findGoal(view.cascade, Number(values.parentId))) error(404, 'Målet finns inte här.');
			const result = await createGoal(db(), {
				organisationSlug: event.params.slug,
				year: view.year,
				parentId: values.parentId ? Number(values.parentId) : null,
				number: values.number ?? '',
				title: values.title ?? '',
				sections: prefixed(values, 'sections.')
			});
			if (!result.ok) return refuseForm(values, result.errors);
			await touchPlan(view);
			return { saved: `Målet "${result.value.title}" är tillagt.` };
		},
		saveGoal: (event: Event) =>
			withItem(event, 'goal', async (values, goalId, view, formData) => {
				const result = await updateGoal(db(), {
					goalId,
					version: values.version,
					number: values.number ?? '',
					title: values.title ?? '',
					sections: prefixed(values, 'sections.')
				});
				if (!result.ok) return refuseForm(values, result.errors, 'conflict' in result ? { conflict: result.conflict } : {});
				if (view.organisation.kind !== 'unit' && view.organisation.kind !== 'municipality') {
					await setGoalApplicability(db(), goalId, formList(formData, 'units').map(Number).filter(Number.isInteger));
				}
				return { saved: `Målet "${result.value.title}" är sparat.` };
			}),
		deleteGoal: (event: Event) =>
			withItem(event, 'goal', async (values, goalId, view) => {
				const goal = findGoal(view.cascade, goalId);
				const confirm = needsConfirmation(values, `målet "${goal?.title ?? ''}" med allt under det`, '?/deleteGoal');
				if (confirm) return confirm;
				const deleted = await deleteGoal(db(), goalId);
				return { saved: `Målet "${deleted.title}" är borttaget.` };
			}),
		moveGoal: (event: Event) =>
			withItem(event, 'goal', async (values, goalId) => {
				// A missing or unknown direction is refused, not a server error.
				const way = direction.safeParse(values.direction);
				if (!way.success) return refuseForm(values, { direction: way.error.issues[0].message });
				await moveGoal(db(), goalId, way.data);
				return { saved: 'Ordningen är ändrad.' };
			}),
		saveTargets: async (event: Event) => {
			const values = formValues(await event.request.formData());
			const view = await page(event);
			const allowed = new Set(collectIndicators(view.cascade));
			const typed: Record<number, string> = {};
			const started: Record<number, string> = {};
			for (const [key, value] of Object.entries(values)) {
				const match = /^(target|before)-(\d+)$/.exec(key);
				if (match && allowed.has(Number(match[2]))) (match[1] === 'target' ? typed : started)[Number(match[2])] = value;
			}
			const chosen = Object.keys(values)
				.map((key) => /^include-(\d+)$/.exec(key)?.[1])
				.filter((id): id is string => id !== undefined && allowed.has(Number(id)))
				.map(Number);
			const result = await setIndicatorTargets(db(), view.organisation.id, typed, chosen, started);
			if (!result.ok) return refuseForm(values, result.errors, 'conflict' in result ? { conflict: result.conflict } : {});
			await touchPlan(view);
			return { saved: 'Årsmålen är sparade.' };
		},
		addIndicator: (event: Event) =>
			withItem(event, 'goal', async (values, goalId, view) => {
				const parsed = parseForm(indicatorFields, values);
				if (!parsed.ok) return parsed.failure;
				const target = parseTarget(values.target, parsed.data.unit);
				if (!target.ok) return refuseForm(values, { target: target.message });
				const indicator = await db().transaction(async (tx) => {
					const created = await createIndicator(tx, goalId, parsed.data);
					if (values.target) await setIndicatorTargets(tx, view.organisation.id, { [created.id]: values.target });
					return created;
				});
				return { saved: `Indikatorn "${indicator.name}" är tillagd.` };
			}),
		saveIndicator: (event: Event) =>
			withItem(event, 'indicator', async (values, indicatorId) => {
				const parsed = parseForm(indicatorFields, values);
				if (!parsed.ok) return parsed.failure;
				const result = await updateIndicator(db(), indicatorId, versionOf(values), parsed.data);
				if (!result.ok) return refuseForm(values, result.errors, 'conflict' in result ? { conflict: result.conflict } : {});
				return { saved: `Indikatorn "${result.value.name}" är sparad.` };
			}),
		deleteIndicator: (event: Event) =>
			withItem(event, 'indicator', async (values, indicatorId) => {
				const confirm = needsConfirmation(values, `indikatorn "${values.label ?? ''}"`, '?/deleteIndicator');
				if (confirm) return confirm;
				const deleted = await deleteIndicator(db(), indicatorId);
				return { saved: `Indikatorn "${deleted.name}" är borttagen.` };
			}),
		moveIndicator: (event: Event) =>
			withItem(event, 'indicator', async (values, indicatorId) => {
				// A missing or unknown direction is refused, not a server error.
				const way = direction.safeParse(values.direction);
				if (!way.success) return refuseForm(values, { direction: way.error.issues[0].message });
				await moveIndicator(db(), indicatorId, way.data);
				return { saved: 'Ordningen är ändrad.' };
			}),
		moveActivity: (event: Event) =>
			withItem(event, 'activity', async (values, activityId) => {
				// A missing or unknown direction is refused, not a server error.
				const way = direction.safeParse(values.direction);
				if (!way.success) return refuseForm(values, { direction: way.error.issues[0].message });
				await moveActivity(db(), activityId, way.data);
				return { saved: 'Ordningen är ändrad.' };
			}),
		addActivity: async (event: Event) => {
			const values = formValues(await event.request.formData());
			const view = await page(event);
			const goalId = Number(values.goalId);
			// Activities go under the page's own goals, or (for a unit) under a nämndmål in its plan.
			if (!findGoal(view.cascade, goalId)) error(404, 'Målet finns inte här.');
			const parsed = parseForm(activityFields, values);
			if (!parsed.ok) return parsed.failure;
			const activity = await createActivity(db(), goalId, view.organisation.id, parsed.data);
			await touchPlan(view);
			return { saved: `Aktiviteten "${activity.title}" är tillagd.` };
		},
		saveActivity: (event: Event) =>
			withItem(event, 'activity', async (values, activityId) => {
				const parsed = parseForm(activityFields, values);
				if (!parsed.ok) return parsed.failure;
				const result = await updateActivity(db(), activityId, versionOf(values), parsed.data);
				if (!result.ok) return refuseForm(values, result.errors, 'conflict' in result ? { conflict: result.conflict } : {});
				return { saved: `Aktiviteten "${result.value.title}" är sparad.` };
			}),
		deleteActivity: (event: Event) =>
			withItem(event, 'activity', async (values, activityId) => {
				const confirm = needsConfirmation(values, `aktiviteten "${values.label ?? ''}"`, '?/deleteActivity');
				if (confirm) return confirm;
				const deleted = await deleteActivity(db(), activityId);
				return { saved: `Aktiviteten "${deleted.title}" är borttagen.` };
			})
	};
}
