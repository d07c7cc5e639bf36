import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { getGoal } from '$lib/server/framework/get-goal';
import { NotFoundError } from '$lib/server/result';

const params = z.object({
	id: z
		.string()
		.regex(/^\d{1,9}$/)
		.transform(Number)
});

export const load: PageServerLoad = async (event) => {
	const parsed = params.safeParse(event.params);
	if (!parsed.success) error(404, 'Sidan finns inte.');
	try {
		return { goal: await getGoal(db(), parsed.data.id) };
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
};
