import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { orNotFound } from '$lib/routing/not-found';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { loadPlan } from '$lib/server/plans/load-plan';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';

const params = z.object({
	slug: z.string().min(1),
	year: z
		.string()
		.regex(/^\d{4}$/)
		.transform(Number)
});

/** The plan as the committee reads it: a read-only, printable document. */
export const load: PageServerLoad = async (event) => {
	const parsed = params.safeParse(event.params);
	if (!parsed.success) error(404, 'Sidan finns inte.');
	const { slug, year } = parsed.data;
	const plan = await orNotFound(() => loadPlan(db(), slug, year));
	return { plan, trail: organisationTrail(plan) };
};
