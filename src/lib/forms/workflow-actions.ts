import { error, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { parseYear } from './cascade-actions';
import { formValues, parseForm, refuseForm } from './form-data';
import { getOrganisation } from '$lib/server/organisations/get-organisation';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { planKindLabel, planTitle } from '$lib/domain/plan/plan-title';
import { documentNoun, type PlanStatus } from '$lib/domain/workflow/plan-status';
import type { PlanKind } from '$lib/domain/interchange/plan-format';
import type { Result } from '$lib/server/result';
import { permissionsFor } from '$lib/server/policies/guard-request';
import { loadPlanStatus } from '$lib/server/workflow/load-plan-status';
import { submitPlan } from '$lib/server/workflow/submit-plan';
import { returnPlan } from '$lib/server/workflow/return-plan';
import { approvePlan } from '$lib/server/workflow/approve-plan';
import { reopenPlan } from '$lib/server/workflow/reopen-plan';
import { workflowFields, type PlanStep } from '$lib/server/workflow/workflow-input';

/**
 * The status page of a unit's document, the verksamhetsplan or a report (T1, T2, VB): its load and
 * its four workflow steps, the same for every kind but for the names in the messages.
 * `documentHref` is the document's editor (the plan: /org/<slug>/<year>; a report: …/rapport/t1).
 */
export async function loadStatusPage(params: { slug: string; year: string }, kind: PlanKind, documentHref: string) {
	const year = parseYear(params.year);
	const context = await orNotFound(() => getOrganisation(db(), params.slug));
	// Only a unit's documents go through the workflow; committees have a framework.
	if (context.organisation.kind !== 'unit') error(404, 'Sidan finns inte.');
	const committee = context.ancestors.find((a) => a.kind === 'committee') ?? context.municipality;
	return {
		organisation: { slug: context.organisation.slug, name: context.organisation.name },
		year,
		kind,
		title: planTitle(kind, year, context.organisation.name),
		status: await loadPlanStatus(db(), context.organisation.id, year, kind),
		// The form's suggestions: the committee decides, today (in Swedish time).
		defaultDecidedBy: committee.name,
		today: new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }),
		trail: [...organisationTrail(context), { label: `${planKindLabel[kind]} ${year}`, href: documentHref }, { label: 'Status' }]
	};
}

/**
 * Parses the step's form, runs it for the target document and, once it has moved, decides the
 * permissions again so the page shown after a post without JavaScript offers the right forms.
 */
async function takeStep<S extends z.ZodType>(
	event: RequestEvent,
	kind: PlanKind,
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
	const year = parseYear(event.params.year ?? '');
	const result = await run({ organisationId: target.organisationId, year, userId: user.id, kind }, parsed.data);
	if (!result.ok) return refuseForm({ ...values, _form: form }, result.errors);
	event.locals.target = { ...target, planStatus: result.value.plan.status };
	event.locals.permissions = permissionsFor({ userId: user.id, grants: user.grants }, event.locals.target);
	return { saved };
}

/** The status page's form actions for the document of the kind the request names. */
export function workflowActions(kindOf: (event: RequestEvent) => PlanKind) {
	const step = (event: RequestEvent) => {
		const kind = kindOf(event);
		return { kind, fields: workflowFields(kind), the: documentNoun(kind).the };
	};
	return {
		submitPlan: (event: RequestEvent) => {
			const { kind, fields, the } = step(event);
			return takeStep(event, kind, 'submit', fields.submit, (s, input) => submitPlan(db(), s, input), `${the} är inlämnad.`);
		},
		returnPlan: (event: RequestEvent) => {
			const { kind, fields, the } = step(event);
			return takeStep(event, kind, 'return', fields.return, (s, input) => returnPlan(db(), s, input), `${the} är återremitterad till enheten.`);
		},
		approvePlan: (event: RequestEvent) => {
			const { kind, fields, the } = step(event);
			return takeStep(event, kind, 'approve', fields.approve, (s, input) => approvePlan(db(), s, input), `${the} är fastställd.`);
		},
		reopenPlan: (event: RequestEvent) => {
			const { kind, fields, the } = step(event);
			return takeStep(event, kind, 'reopen', fields.reopen, (s, input) => reopenPlan(db(), s, input), `${the} är öppnad igen och är ett utkast.`);
		}
	};
}
