import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { orNotFound } from '$lib/routing/not-found';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { getIndicator } from '$lib/server/framework/get-indicator';
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
	const indicator = await orNotFound(() => getIndicator(db(), parsed.data.id));
	// The indicator is readable (the request guard checked); other units' Årsmål for it may not be.
	const { slugs } = await readableOrganisations(db(), actorOf(event.locals.user));
	return { indicator: { ...indicator, targets: indicator.targets.filter((t) => slugs.has(t.organisation.slug)) } };
};
