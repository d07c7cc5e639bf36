import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { parseYear } from '$lib/forms/cascade-actions';
import { formValues, parseForm, refuseForm } from '$lib/forms/form-data';
import { id } from '$lib/server/validation';
import { getOrganisation } from '$lib/server/organisations/get-organisation';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { planTitle } from '$lib/domain/plan/plan-title';
import { listPlanComments } from '$lib/server/comments/list-plan-comments';
import { replyFields, startThreadFields } from '$lib/server/comments/comment-input';
import { startThread } from '$lib/server/comments/start-thread';
import { replyToThread } from '$lib/server/comments/reply-to-thread';
import { resolveThread } from '$lib/server/comments/resolve-thread';
import { reopenThread } from '$lib/server/comments/reopen-thread';

export const load: PageServerLoad = async ({ params }) => {
	const year = parseYear(params.year);
	const context = await orNotFound(() => getOrganisation(db(), params.slug));
	const { threads, targets } = await listPlanComments(db(), context.organisation.id, year);
	return {
		organisation: context.organisation,
		year,
		title: planTitle('verksamhetsplan', year, context.organisation.name),
		threads,
		targets,
		trail: organisationTrail(context)
	};
};

/** The plan the request is about (the guard has loaded the organisation) and who is writing. */
function planOf(event: Pick<RequestEvent, 'locals' | 'params'>) {
	const { target, user } = event.locals;
	if (!target || !user) error(403, 'Du har inte behörighet till det här.');
	return { organisationId: target.organisationId, year: parseYear(event.params.year), userId: user.id };
}

/** The thread a form names; a missing or malformed id is a page that does not exist. */
function threadId(values: Record<string, string>): number {
	const parsed = id.safeParse(values.thread);
	if (!parsed.success) error(404, 'Tråden finns inte.');
	return parsed.data;
}

export const actions: Actions = {
	startThread: async (event) => {
		const values = formValues(await event.request.formData());
		const parsed = parseForm(startThreadFields, values);
		if (!parsed.ok) return parsed.failure;
		const { organisationId, year, userId } = planOf(event);
		const result = await startThread(db(), { organisationId, year, authorId: userId, ...parsed.data });
		if (!result.ok) return refuseForm(values, result.errors);
		return { saved: 'Kommentaren är skickad.', focus: `thread-${result.value.id}` };
	},
	reply: async (event) => {
		const values = formValues(await event.request.formData());
		const thread = threadId(values);
		const parsed = parseForm(replyFields, values);
		if (!parsed.ok) return parsed.failure;
		const { organisationId, year, userId } = planOf(event);
		const result = await orNotFound(() => replyToThread(db(), { organisationId, year, threadId: thread, authorId: userId, body: parsed.data.body }));
		if (!result.ok) return refuseForm(values, result.errors);
		return { saved: 'Svaret är skickat.', focus: `thread-${thread}` };
	},
	resolve: async (event) => {
		const thread = threadId(formValues(await event.request.formData()));
		const { organisationId, year, userId } = planOf(event);
		await orNotFound(() => resolveThread(db(), { organisationId, year, threadId: thread, userId }));
		return { saved: 'Tråden är markerad som löst.', focus: `thread-${thread}` };
	},
	reopen: async (event) => {
		const thread = threadId(formValues(await event.request.formData()));
		const { organisationId, year } = planOf(event);
		await orNotFound(() => reopenThread(db(), { organisationId, year, threadId: thread }));
		return { saved: 'Tråden är öppen igen.', focus: `thread-${thread}` };
	}
};
