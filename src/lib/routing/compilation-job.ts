import { error } from '@sveltejs/kit';
import type { DbOrTx } from '$lib/server/db/client';
import { getOrganisation, type OrganisationContext } from '$lib/server/organisations/get-organisation';
import { compilationJobs, type CompilationJobView } from '$lib/server/documents/compilation-jobs';
import type { SignedInUser } from '$lib/server/auth/validate-session';
import { orNotFound } from './not-found';

/**
 * The compilation job a page or endpoint names, for the organisation and year in its URL: 404 when
 * there is none by that id, it is someone else's, it has expired, or it belongs to another
 * organisation or year (the route's permission was decided on the one in the URL).
 */
export async function findCompilationJob(
	db: DbOrTx,
	params: { slug: string; year: number; job: string },
	user: SignedInUser | null
): Promise<{ context: OrganisationContext; job: CompilationJobView }> {
	const context = await orNotFound(() => getOrganisation(db, params.slug));
	const job = user ? compilationJobs().get(params.job, user.id) : null;
	if (!job || job.key.organisationId !== context.organisation.id || job.key.year !== params.year) error(404, 'Sammanställningen finns inte, eller är äldre än en timme.');
	return { context, job };
}
