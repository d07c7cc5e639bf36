import { error, redirect } from '@sveltejs/kit';
import { orNotFound } from '$lib/routing/not-found';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { loadFramework } from '$lib/server/framework/load-framework';
import { copyFrameworkForward } from '$lib/server/framework/copy-framework-forward';
import { listFrameworkYears } from '$lib/server/framework/list-framework-years';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { cascadeActions, parseYear } from '$lib/forms/cascade-actions';
import { refuseForm } from '$lib/forms/form-data';

async function view(slug: string, year: number) {
	return orNotFound(() => loadFramework(db(), slug, year));
}

export const load: PageServerLoad = async ({ params }) => {
	const year = parseYear(params.year);
	const framework = await view(params.slug, year);
	if (framework.organisation.kind === 'unit') redirect(303, `/org/${params.slug}/${year}`);
	const years = await listFrameworkYears(db(), framework.organisation.id);
	return {
		view: framework,
		previousYearHasGoals: years.includes(year - 1),
		trail: [...organisationTrail(framework), { label: `Målramverk ${year}` }]
	};
};

export const actions: Actions = {
	...cascadeActions(view),
	copyForward: async ({ params }) => {
		const year = parseYear(params.year);
		const result = await copyFrameworkForward(db(), { slug: params.slug, fromYear: year - 1, toYear: year });
		// The form is one button: its message stands at the top of it.
		if (!result.ok) return refuseForm({ _form: 'copy-forward' }, { form: Object.values(result.errors).join(' ') });
		return { saved: `Målramverket är kopierat från ${year - 1}.` };
	}
};
