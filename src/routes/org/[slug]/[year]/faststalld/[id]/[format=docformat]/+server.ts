import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { fileDownload } from '$lib/routing/file-download';
import { documentDownloadParams, parseDownloadParams } from '$lib/routing/document-download';
import { exportFrozenDocument } from '$lib/server/documents/export-frozen-document';

/** A fastställd version as PDF or Word, as it was decided; only this organisation's and year's. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const { year, id, format } = parseDownloadParams(documentDownloadParams.frozen, params);
	if (!locals.target) error(404, 'Sidan finns inte.');
	const organisationId = locals.target.organisationId;
	const file = await orNotFound(() => exportFrozenDocument(db(), { snapshotId: id, organisationId, year, format }));
	return fileDownload(file.bytes, file.filename, file.contentType);
};
