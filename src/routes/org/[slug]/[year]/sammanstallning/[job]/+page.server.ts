import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { parseYear } from '$lib/forms/cascade-actions';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { findCompilationJob } from '$lib/routing/compilation-job';
import { planKindOfCode } from '$lib/domain/document/document-file';
import { compilationTitle } from '$lib/domain/plan/plan-title';

/** A compilation's progress, then its download link (or what went wrong). */
export const load: PageServerLoad = async ({ params, locals }) => {
	const year = parseYear(params.year);
	const { context, job } = await findCompilationJob(db(), { slug: params.slug, year, job: params.job }, locals.user);
	const { organisation } = context;
	const base = `/org/${organisation.slug}/${year}/sammanstallning`;
	return {
		organisation: { slug: organisation.slug, name: organisation.name },
		year,
		job,
		title: compilationTitle(planKindOfCode(job.key.kind), year, organisation.name),
		base,
		trail: organisationTrail(context)
	};
};
