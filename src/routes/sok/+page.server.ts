import { z } from 'zod';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { searchEverything } from '$lib/server/search/search-everything';
import { readableOrganisations } from '$lib/server/policies/readable-organisations';
import { actorOf } from '$lib/server/policies/actor';

const query = z.string().max(200).catch('');

export const load: PageServerLoad = async ({ url, locals }) => {
	const q = query.parse(url.searchParams.get('q') ?? '').trim();
	// Only what the user may read: a unit's editor does not find a sibling unit's goals.
	const { ids } = await readableOrganisations(db(), actorOf(locals.user));
	return { q, results: await searchEverything(db(), q, { limit: 25, within: ids }) };
};
