import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { listOrganisations } from '$lib/server/organisations/list-organisations';
import { listPublicPlans } from '$lib/server/plans/list-public-plans';
import { readableTree } from '$lib/domain/access/readable-tree';

/** Signed in: the organisations the user may read. Anonymous: the plans that are public. */
export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user;
	if (!user) return { organisations: [], publicPlans: await listPublicPlans(db()) };
	const tree = await listOrganisations(db());
	return { organisations: readableTree(tree, { userId: user.id, grants: user.grants }), publicPlans: [] };
};
