import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { getOrganisation } from '$lib/server/organisations/get-organisation';
import { listOrganisations } from '$lib/server/organisations/list-organisations';
import { listPlanYears } from '$lib/server/plans/list-plan-years';
import { listFrameworkYears } from '$lib/server/framework/list-framework-years';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { NotFoundError } from '$lib/server/result';

export const load: PageServerLoad = async ({ params }) => {
	let context;
	try {
		context = await getOrganisation(db(), params.slug);
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
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
		children: find(tree)?.children ?? [],
		planYears,
		frameworkYears,
		currentYear: new Date().getFullYear(),
		trail: organisationTrail(context)
	};
};
