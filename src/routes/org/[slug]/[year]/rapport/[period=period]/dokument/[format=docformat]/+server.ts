import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { fileDownload } from '$lib/routing/file-download';
import { documentDownloadParams, parseDownloadParams } from '$lib/routing/document-download';
import { exportDocument } from '$lib/server/documents/export-document';

/** A unit's report (T1, T2, VB) as PDF or Word; a committee has none (404, as its report pages). */
export const GET: RequestHandler = async ({ params }) => {
	const { slug, year, period, format } = parseDownloadParams(documentDownloadParams.report, params);
	const result = await orNotFound(() => exportDocument(db(), { slug, year, kind: period, format }));
	if (!result.ok) error(404, Object.values(result.errors)[0]);
	return fileDownload(result.value.bytes, result.value.filename, result.value.contentType);
};
