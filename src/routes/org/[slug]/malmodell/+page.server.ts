import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { getOrganisation } from '$lib/server/organisations/get-organisation';
import { listGoalModels } from '$lib/server/goal-models/list-goal-models';
import { goalLevelFields, updateGoalLevel } from '$lib/server/goal-models/update-goal-level';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { formValues, parseForm } from '$lib/forms/form-data';
import { id } from '$lib/server/validation';

async function municipality(slug: string) {
	const context = await getOrganisation(db(), slug).catch(() => error(404, 'Organisationen finns inte.'));
	if (context.organisation.kind !== 'municipality') error(404, 'Målmodellen hör till kommunen.');
	return context;
}

export const load: PageServerLoad = async ({ params }) => {
	const context = await municipality(params.slug);
	const models = await listGoalModels(db());
	return {
		organisation: context.organisation,
		model: models.find((m) => m.id === context.organisation.goalModelId) ?? null,
		models,
		trail: [...organisationTrail(context), { label: 'Målmodell' }]
	};
};

export const actions: Actions = {
	saveLevel: async ({ request, params }) => {
		const context = await municipality(params.slug);
		const values = formValues(await request.formData());
		const levelId = id.safeParse(values.id);
		if (!levelId.success || !context.levels.some((l) => l.id === levelId.data)) error(404, 'Nivån finns inte i kommunens målmodell.');
		const parsed = parseForm(goalLevelFields, values);
		if (!parsed.ok) return parsed.failure;
		const level = await updateGoalLevel(db(), levelId.data, parsed.data);
		return { saved: `Nivån "${level.name}" är sparad.` };
	}
};
