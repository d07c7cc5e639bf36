import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { parseYear } from '$lib/forms/cascade-actions';
import { id } from '$lib/server/validation';
import { getPlanSnapshot } from '$lib/server/workflow/get-plan-snapshot';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';

/** A fastställd version of the plan, exactly as it was decided; only this organisation's and year's. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const year = parseYear(params.year);
	const snapshotId = id.safeParse(params.id);
	if (!snapshotId.success || !locals.target) error(404, 'Sidan finns inte.');
	const snapshot = await orNotFound(() =>
		getPlanSnapshot(db(), { snapshotId: snapshotId.data, organisationId: locals.target!.organisationId, year })
	);
	return { snapshot, trail: organisationTrail(snapshot.content) };
};
