import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { orNotFound } from '$lib/routing/not-found';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { getGoal } from '$lib/server/framework/get-goal';
import { readableOrganisations } from '$lib/server/policies/readable-organisations';
import { actorOf } from '$lib/server/policies/actor';

const params = z.object({
	id: z
		.string()
		.regex(/^\d{1,9}$/)
		.transform(Number)
});

export const load: PageServerLoad = async (event) => {
	const parsed = params.safeParse(event.params);
	if (!parsed.success) error(404, 'Sidan finns inte.');
	const goal = await orNotFound(() => getGoal(db(), parsed.data.id));
	// The goal is readable (the request guard checked); what other organisations hang under it may not be.
	const { slugs } = await readableOrganisations(db(), actorOf(event.locals.user));
	const visible = <T extends { organisation: { slug: string } }>(items: T[]) => items.filter((item) => slugs.has(item.organisation.slug));
	return {
		goal: { ...goal, children: visible(goal.children), indicators: visible(goal.indicators), activities: visible(goal.activities) }
	};
};
