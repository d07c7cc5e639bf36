import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/instance';
import { parseYear } from '$lib/forms/cascade-actions';
import { findCompilationJob } from '$lib/routing/compilation-job';

/** The job's progress as JSON, for the page's polling with JavaScript. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const { job } = await findCompilationJob(db(), { slug: params.slug, year: parseYear(params.year), job: params.job }, locals.user);
	return json(job, { headers: { 'cache-control': 'private, no-store' } });
};
