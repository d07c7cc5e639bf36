import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { orNotFound } from '$lib/routing/not-found';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { getGoal } from '$lib/server/framework/get-goal';

const params = z.object({
	id: z
		.string()
		.regex(/^\d{1,9}$/)
		.transform(Number)
});

export const load: PageServerLoad = async (event) => {
	const parsed = params.safeParse(event.params);
	if (!parsed.success) error(404, 'Sidan finns inte.');
	return { goal: await orNotFound(() => getGoal(db(), parsed.data.id, { grants: event.locals.user?.grants ?? [] })) };
};
