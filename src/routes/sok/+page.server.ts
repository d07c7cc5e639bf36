import { z } from 'zod';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { searchEverything } from '$lib/server/search/search-everything';

const query = z.string().max(200).catch('');

export const load: PageServerLoad = async ({ url, locals }) => {
	const q = query.parse(url.searchParams.get('q') ?? '').trim();
	return { q, results: await searchEverything(db(), q, { grants: locals.user?.grants ?? [], limit: 25 }) };
};
