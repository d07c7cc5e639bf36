import { error, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { parseYear } from '$lib/forms/cascade-actions';
import { formValues, parseForm, refuseForm } from '$lib/forms/form-data';
import { getOrganisation } from '$lib/server/organisations/get-organisation';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { planTitle } from '$lib/domain/plan/plan-title';
import type { PlanStatus } from '$lib/domain/workflow/plan-status';
import type { Result } from '$lib/server/result';
import { permissionsFor } from '$lib/server/policies/guard-request';
import { loadPlanStatus } from '$lib/server/workflow/load-plan-status';
import { submitPlan } from '$lib/server/workflow/submit-plan';
import { returnPlan } from '$lib/server/workflow/return-plan';
import { approvePlan } from '$lib/server/workflow/approve-plan';
import { reopenPlan } from '$lib/server/workflow/reopen-plan';
import {
	approvePlanFields,
	reopenPlanFields,
	returnPlanFields,
	submitPlanFields,
	type PlanStep
} from '$lib/server/workflow/workflow-input';

export const load: PageServerLoad = async ({ params }) => {
	const year = parseYear(params.year);
	const context = await orNotFound(() => getOrganisation(db(), params.slug));
	// Only a unit's plan goes through the workflow; committees have a framework.
	if (context.organisation.kind !== 'unit') error(404, 'Sidan finns inte.');
	const title = planTitle('verksamhetsplan', year, context.organisation.name);
	const committee = context.ancestors.find((a) => a.kind === 'committee') ?? context.municipality;
	return {
		organisation: { slug: context.organisation.slug, name: context.organisation.name },
		year,
		title,
		status: await loadPlanStatus(db(), context.organisation.id, year),
		// The form's suggestions: the committee decides, today (in Swedish time).
		defaultDecidedBy: committee.name,
		today: new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }),
		trail: [...organisationTrail(context), { label: `Verksamhetsplan ${year}`, href: `/org/${context.organisation.slug}/${year}` }, { label: 'Status' }]
	};
};

/**
 * Parses the step's form, runs it for the target plan and, once the plan has moved, decides the
 * permissions again so the page shown after a post without JavaScript offers the right forms.
 */
async function takeStep<S extends z.ZodType>(
	event: RequestEvent,
	form: string,
	schema: S,
	run: (step: PlanStep, input: z.output<S>) => Promise<Result<{ plan: { status: PlanStatus } }>>,
	saved: string
) {
	const values = formValues(await event.request.formData());
	const parsed = parseForm(schema, { ...values, _form: form });
	if (!parsed.ok) return parsed.failure;
	const { user, target } = event.locals;
	if (!user || !target) error(403, 'Du har inte behörighet till det här.');
	const result = await run({ organisationId: target.organisationId, year: parseYear(event.params.year ?? ''), userId: user.id }, parsed.data);
	if (!result.ok) return refuseForm({ ...values, _form: form }, result.errors);
	event.locals.target = { ...target, planStatus: result.value.plan.status };
	event.locals.permissions = permissionsFor({ userId: user.id, grants: user.grants }, event.locals.target);
	return { saved };
}

export const actions: Actions = {
	submitPlan: (event) => takeStep(event, 'submit', submitPlanFields, (step, input) => submitPlan(db(), step, input), 'Planen är inlämnad.'),
	returnPlan: (event) =>
		takeStep(event, 'return', returnPlanFields, (step, input) => returnPlan(db(), step, input), 'Planen är återremitterad till enheten.'),
	approvePlan: (event) =>
		takeStep(event, 'approve', approvePlanFields, (step, input) => approvePlan(db(), step, input), 'Planen är fastställd.'),
	reopenPlan: (event) =>
		takeStep(event, 'reopen', reopenPlanFields, (step, input) => reopenPlan(db(), step, input), 'Planen är öppnad igen och är ett utkast.')
};
