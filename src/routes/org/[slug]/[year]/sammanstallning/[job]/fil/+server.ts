import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/instance';
import { parseYear } from '$lib/forms/cascade-actions';
import { findCompilationJob } from '$lib/routing/compilation-job';
import { contentDisposition } from '$lib/routing/file-download';
import { compilationJobs } from '$lib/server/documents/compilation-jobs';

/** The finished compilation, streamed from its temporary file (it can be many megabytes). */
export const GET: RequestHandler = async ({ params, locals }) => {
	const { job } = await findCompilationJob(db(), { slug: params.slug, year: parseYear(params.year), job: params.job }, locals.user);
	const file = locals.user ? compilationJobs().file(job.id, locals.user.id) : null;
	if (!file) error(404, 'Sammanställningen är inte klar.');
	const { size } = await stat(file.path);
	return new Response(Readable.toWeb(createReadStream(file.path)) as ReadableStream<Uint8Array>, {
		headers: {
			'content-type': file.contentType,
			'content-length': String(size),
			'content-disposition': contentDisposition(file.name),
			'cache-control': 'private, no-store'
		}
	});
};
