import { error, redirect } from '@sveltejs/kit';
import { orNotFound } from '$lib/routing/not-found';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { loadPlan } from '$lib/server/plans/load-plan';
import { ensurePlan } from '$lib/server/plans/ensure-plan';
import { copyPlanForward } from '$lib/server/plans/copy-plan-forward';
import { updatePlanHeader, planHeaderFields } from '$lib/server/plans/update-plan-header';
import { planSectionFields, suggestedHeadings } from '$lib/server/plans/plan-section-input';
import { addPlanSection } from '$lib/server/plans/add-plan-section';
import { updatePlanSection } from '$lib/server/plans/update-plan-section';
import { deletePlanSection } from '$lib/server/plans/delete-plan-section';
import { movePlanSection } from '$lib/server/plans/move-plan-section';
import { budgetTableFields } from '$lib/server/plans/budget-input';
import { addBudgetTable } from '$lib/server/plans/add-budget-table';
import { saveBudgetTable } from '$lib/server/plans/save-budget-table';
import { addBudgetRow } from '$lib/server/plans/add-budget-row';
import { deleteBudgetRow } from '$lib/server/plans/delete-budget-row';
import { deleteBudgetTable } from '$lib/server/plans/delete-budget-table';
import { addAttachment } from '$lib/server/plans/add-attachment';
import { deleteAttachment } from '$lib/server/plans/delete-attachment';
import { moveAttachment } from '$lib/server/plans/move-attachment';
import { moveBudgetRow } from '$lib/server/plans/move-budget-row';
import { ownsItem, type ItemKind } from '$lib/server/policies/owned-item';
import { formValues, parseForm, refuseForm, versionOf } from '$lib/forms/form-data';
import { cascadeActions, needsConfirmation, parseYear } from '$lib/forms/cascade-actions';
import { direction, id, requiredText } from '$lib/server/validation';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { loadPlanStatus } from '$lib/server/workflow/load-plan-status';
import { decodeImportSummary } from '$lib/domain/import/import-summary';
import { IMPORT_SUMMARY_COOKIE } from '$lib/server/import/import-summary-cookie';

async function view(slug: string, year: number) {
	return orNotFound(() => loadPlan(db(), slug, year));
}

export const load: PageServerLoad = async ({ params, cookies }) => {
	const year = parseYear(params.year);
	// Shown once after an import: read and dropped.
	const importSummary = decodeImportSummary(cookies.get(IMPORT_SUMMARY_COOKIE));
	if (importSummary) cookies.delete(IMPORT_SUMMARY_COOKIE, { path: `/org/${params.slug}/${params.year}` });
	const plan = await view(params.slug, year);
	if (plan.organisation.kind !== 'unit') redirect(303, `/org/${params.slug}/${year}/ramverk`);
	return {
		view: plan,
		previousYearHasPlan: plan.years.includes(year - 1),
		workflow: await loadPlanStatus(db(), plan.organisation.id, year, plan.kind, { plan: plan.plan }),
		suggestedHeadings,
		importSummary,
		trail: [...organisationTrail(plan), { label: `${plan.title.split(' – ')[0]}` }]
	};
};

/** Reads the form, checks that the item it names belongs to this unit, and runs `act`. */
async function withItem(
	request: Request,
	params: { slug: string; year: string },
	kind: ItemKind,
	act: (values: Record<string, string>, itemId: number, unit: Awaited<ReturnType<typeof view>>) => Promise<unknown>
) {
	const values = formValues(await request.formData());
	const itemId = id.safeParse(values.id);
	const plan = await view(params.slug, parseYear(params.year));
	if (!itemId.success || !(await ownsItem(db(), kind, itemId.data, plan.organisation.id))) {
		error(404, 'Det du försökte ändra finns inte i den här planen.');
	}
	return act(values, itemId.data, plan);
}

export const actions: Actions = {
	...cascadeActions(view),
	createPlan: async ({ params }) => {
		const plan = await view(params.slug, parseYear(params.year));
		await ensurePlan(db(), plan.organisation.id, plan.year);
		return { saved: 'Planen är skapad.' };
	},
	copyForward: async ({ params }) => {
		const year = parseYear(params.year);
		const result = await copyPlanForward(db(), { slug: params.slug, fromYear: year - 1, toYear: year });
		// The form is one button: its message stands at the top of it.
		if (!result.ok) return refuseForm({ _form: 'copy-forward' }, { form: Object.values(result.errors).join(' ') });
		return { saved: `Planen är startad från ${year - 1}.`, warnings: result.value.warnings };
	},
	saveHeader: async ({ request, params }) => {
		const values = formValues(await request.formData());
		const parsed = parseForm(planHeaderFields, values);
		if (!parsed.ok) return parsed.failure;
		const plan = await view(params.slug, parseYear(params.year));
		const row = await ensurePlan(db(), plan.organisation.id, plan.year);
		const result = await updatePlanHeader(db(), row.id, versionOf(values), parsed.data);
		if (!result.ok) return refuseForm(values, result.errors, 'conflict' in result ? { conflict: result.conflict } : {});
		return { saved: 'Uppgifterna är sparade.' };
	},
	addSection: async ({ request, params }) => {
		const values = formValues(await request.formData());
		const parsed = parseForm(planSectionFields, values);
		if (!parsed.ok) return parsed.failure;
		const area = values.area === 'other' ? 'other' : 'introduction';
		const plan = await view(params.slug, parseYear(params.year));
		const row = await ensurePlan(db(), plan.organisation.id, plan.year);
		const section = await addPlanSection(db(), row.id, area, parsed.data);
		return { saved: `Avsnittet "${section.heading}" är tillagt.` };
	},
	saveSection: ({ request, params }) =>
		withItem(request, params, 'section', async (values, sectionId) => {
			const parsed = parseForm(planSectionFields, values);
			if (!parsed.ok) return parsed.failure;
			const result = await updatePlanSection(db(), sectionId, Number(values.version), parsed.data);
			if (!result.ok) return refuseForm(values, result.errors, 'conflict' in result ? { conflict: result.conflict } : {});
			return { saved: `Avsnittet "${result.value.heading}" är sparat.` };
		}),
	deleteSection: ({ request, params }) =>
		withItem(request, params, 'section', async (values, sectionId) => {
			const confirm = needsConfirmation(values, `avsnittet "${values.label ?? ''}"`, '?/deleteSection');
			if (confirm) return confirm;
			const deleted = await deletePlanSection(db(), sectionId);
			return { saved: `Avsnittet "${deleted.heading}" är borttaget.` };
		}),
	moveSection: ({ request, params }) =>
		withItem(request, params, 'section', async (values, sectionId) => {
			// A missing or unknown direction is refused, not a server error.
			const way = direction.safeParse(values.direction);
			if (!way.success) return refuseForm(values, { direction: way.error.issues[0].message });
			await movePlanSection(db(), sectionId, way.data);
			return { saved: 'Ordningen är ändrad.' };
		}),
	addBudgetTable: async ({ request, params }) => {
		const values = formValues(await request.formData());
		const parsed = parseForm(budgetTableFields, values);
		if (!parsed.ok) return parsed.failure;
		const plan = await view(params.slug, parseYear(params.year));
		const row = await ensurePlan(db(), plan.organisation.id, plan.year);
		const table = await addBudgetTable(db(), row.id, parsed.data);
		return { saved: `Budgettabellen "${table.heading}" är tillagd.` };
	},
	saveBudgetTable: ({ request, params }) =>
		withItem(request, params, 'budgetTable', async (values, tableId) => {
			const parsed = parseForm(budgetTableFields, values);
			if (!parsed.ok) return parsed.failure;
			const rows: Record<number, { label: string; values: string[] }> = {};
			for (const [key, value] of Object.entries(values)) {
				const label = /^label-(\d+)$/.exec(key);
				if (label) (rows[Number(label[1])] ??= { label: '', values: [] }).label = value;
				const amount = /^value-(\d+)-(\d+)$/.exec(key);
				if (amount) (rows[Number(amount[1])] ??= { label: '', values: [] }).values[Number(amount[2])] = value;
			}
			const result = await saveBudgetTable(db(), tableId, { ...parsed.data, version: versionOf(values), rows });
			if (!result.ok) return refuseForm(values, result.errors, 'conflict' in result ? { conflict: result.conflict } : {});
			return { saved: `Budgettabellen "${parsed.data.heading}" är sparad.` };
		}),
	addBudgetRow: ({ request, params }) =>
		withItem(request, params, 'budgetTable', async (values, tableId) => {
			const label = requiredText('Skriv radens benämning.', 200).safeParse(values.label ?? '');
			if (!label.success) return refuseForm(values, { label: label.error.issues[0].message });
			await addBudgetRow(db(), tableId, label.data);
			return { saved: `Raden "${label.data}" är tillagd.` };
		}),
	moveBudgetRow: ({ request, params, url }) =>
		withItem(request, params, 'budgetRow', async (values, rowId) => {
			// The row's buttons sit in the table's form, so the direction comes in the action URL.
			// A missing or unknown direction is refused, not a server error.
			const way = direction.safeParse(url.searchParams.get('direction'));
			if (!way.success) return refuseForm(values, { direction: way.error.issues[0].message });
			await moveBudgetRow(db(), rowId, way.data);
			return { saved: 'Ordningen är ändrad.' };
		}),
	moveAttachment: ({ request, params }) =>
		withItem(request, params, 'attachment', async (values, attachmentId) => {
			// A missing or unknown direction is refused, not a server error.
			const way = direction.safeParse(values.direction);
			if (!way.success) return refuseForm(values, { direction: way.error.issues[0].message });
			await moveAttachment(db(), attachmentId, way.data);
			return { saved: 'Ordningen är ändrad.' };
		}),
	deleteBudgetRow: ({ request, params }) =>
		withItem(request, params, 'budgetRow', async (values, rowId, plan) => {
			const label = plan.budget.flatMap((t) => t.rows).find((r) => r.id === rowId)?.label ?? '';
			const confirm = needsConfirmation(values, `budgetraden "${label}"`, '?/deleteBudgetRow');
			if (confirm) return confirm;
			const deleted = await deleteBudgetRow(db(), rowId);
			return { saved: `Raden "${deleted.label}" är borttagen.` };
		}),
	deleteBudgetTable: ({ request, params }) =>
		withItem(request, params, 'budgetTable', async (values, tableId) => {
			const confirm = needsConfirmation(values, `budgettabellen "${values.label ?? ''}" med alla rader`, '?/deleteBudgetTable');
			if (confirm) return confirm;
			const deleted = await deleteBudgetTable(db(), tableId);
			return { saved: `Budgettabellen "${deleted.heading}" är borttagen.` };
		}),
	addAttachment: async ({ request, params }) => {
		const values = formValues(await request.formData());
		const title = requiredText('Skriv bilagans namn.', 300).safeParse(values.title ?? '');
		if (!title.success) return refuseForm(values, { title: title.error.issues[0].message });
		const plan = await view(params.slug, parseYear(params.year));
		const row = await ensurePlan(db(), plan.organisation.id, plan.year);
		await addAttachment(db(), row.id, title.data);
		return { saved: `Bilagan "${title.data}" är tillagd.` };
	},
	deleteAttachment: ({ request, params }) =>
		withItem(request, params, 'attachment', async (values, attachmentId) => {
			const confirm = needsConfirmation(values, `bilagan "${values.label ?? ''}"`, '?/deleteAttachment');
			if (confirm) return confirm;
			const deleted = await deleteAttachment(db(), attachmentId);
			return { saved: `Bilagan "${deleted.title}" är borttagen.` };
		})
};

