import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { listOrganisations } from '$lib/server/organisations/list-organisations';

export const load: PageServerLoad = async () => ({ organisations: await listOrganisations(db()) });
