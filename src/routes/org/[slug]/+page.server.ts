import { error } from '@sveltejs/kit';
import { orNotFound } from '$lib/routing/not-found';
import type { Actions, PageServerLoad } from './$types';
import { createOrganisation, createOrganisationInput } from '$lib/server/organisations/create-organisation';
import { formValues, parseForm, refuseForm } from '$lib/forms/form-data';
import { db } from '$lib/server/db/instance';
import { getOrganisation } from '$lib/server/organisations/get-organisation';
import { listOrganisations } from '$lib/server/organisations/list-organisations';
import { listPlanYears } from '$lib/server/plans/list-plan-years';
import { listFrameworkYears } from '$lib/server/framework/list-framework-years';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { readableTree } from '$lib/domain/access/readable-tree';

export const load: PageServerLoad = async ({ params, locals }) => {
	const context = await orNotFound(() => getOrganisation(db(), params.slug));
	const { organisation } = context;
	const [planYears, frameworkYears, tree] = await Promise.all([
		listPlanYears(db(), organisation.id),
		listFrameworkYears(db(), organisation.id),
		listOrganisations(db())
	]);
	const find = (nodes: typeof tree): (typeof tree)[number] | undefined => {
		for (const n of nodes) {
			if (n.id === organisation.id) return n;
			const f = find(n.children);
			if (f) return f;
		}
	};
	return {
		organisation,
		// Only what the user may read: a unit's editor does not see its sibling units listed.
		children: readableTree(find(tree)?.children ?? [], locals.user && { userId: locals.user.id, grants: locals.user.grants }, locals.target?.path ?? []),
		planYears,
		frameworkYears,
		currentYear: new Date().getFullYear(),
		trail: organisationTrail(context)
	};
};

export const actions: Actions = {
	addChild: async ({ request, params }) => {
		const values = formValues(await request.formData());
		const context = await getOrganisation(db(), params.slug).catch(() => error(404, 'Organisationen finns inte.'));
		const parsed = parseForm(createOrganisationInput, { name: values.name, kind: values.kind, parentId: context.organisation.id });
		if (!parsed.ok) return parsed.failure;
		const result = await createOrganisation(db(), parsed.data);
		if (!result.ok) return refuseForm(values, result.errors);
		return { saved: `${result.value.name} är tillagd.` };
	}
};
