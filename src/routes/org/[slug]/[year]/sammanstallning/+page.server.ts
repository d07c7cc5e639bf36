import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { db, outsideRequest } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { parseYear } from '$lib/forms/cascade-actions';
import { formValues, parseForm } from '$lib/forms/form-data';
import { getOrganisation } from '$lib/server/organisations/get-organisation';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { compileCommitteeDocuments } from '$lib/server/documents/compile-committee-documents';
import { compilationJobs } from '$lib/server/documents/compilation-jobs';
import { documentKindCode, renderedFormats } from '$lib/domain/document/document-file';

const compilationForm = z.object({
	kind: documentKindCode,
	format: z.enum(renderedFormats, { message: 'Välj PDF eller Word.' })
});

/** A committee's (department's, municipality's) compilation of its units' documents: the form. */
export const load: PageServerLoad = async ({ params }) => {
	const year = parseYear(params.year);
	const context = await orNotFound(() => getOrganisation(db(), params.slug));
	const { organisation } = context;
	return {
		organisation: { slug: organisation.slug, name: organisation.name },
		year,
		trail: organisationTrail(context)
	};
};

export const actions: Actions = {
	/** Starts the compilation in the background (or joins the same one running) and goes to its page. */
	start: async ({ request, params, locals }) => {
		const year = parseYear(params.year);
		const parsed = parseForm(compilationForm, { _form: 'compilation', ...formValues(await request.formData()) });
		if (!parsed.ok) return parsed.failure;
		if (!locals.user) error(401, 'Logga in först.');
		const context = await orNotFound(() => getOrganisation(db(), params.slug));
		const input = { slug: context.organisation.slug, year, ...parsed.data };
		const id = compilationJobs().start(locals.user.id, { organisationId: context.organisation.id, year, kind: input.kind, format: input.format }, (progress) =>
			outsideRequest(() => compileCommitteeDocuments(db(), input, progress))
		);
		redirect(303, `/org/${context.organisation.slug}/${year}/sammanstallning/${id}`);
	}
};
