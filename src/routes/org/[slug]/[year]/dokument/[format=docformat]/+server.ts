import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { fileDownload } from '$lib/routing/file-download';
import { documentDownloadParams, parseDownloadParams } from '$lib/routing/document-download';
import { exportDocument } from '$lib/server/documents/export-document';
import { error } from '@sveltejs/kit';

/** The plan's document as PDF or Word: what the document page shows, as a file. */
export const GET: RequestHandler = async ({ params }) => {
	const { slug, year, format } = parseDownloadParams(documentDownloadParams.plan, params);
	const result = await orNotFound(() => exportDocument(db(), { slug, year, kind: 'vp', format }));
	if (!result.ok) error(404, Object.values(result.errors)[0]);
	return fileDownload(result.value.bytes, result.value.filename, result.value.contentType);
};
