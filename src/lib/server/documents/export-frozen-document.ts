import type { DbOrTx } from '../db/client';
import { getPlanSnapshot } from '../workflow/get-plan-snapshot';
import { renderDocumentFile, type DocumentFile } from './render-document-file';
import { planDocument, reportDocument } from '../../domain/document/plan-document';
import type { RenderedFormat } from '../../domain/document/document-file';

export interface ExportFrozenDocumentInput {
	snapshotId: number;
	organisationId: number;
	year: number;
	format: RenderedFormat;
}

/**
 * A fastställd version (of the verksamhetsplan or a report) as PDF or Word, as it was decided: the
 * frozen content, with the decision (date, by whom, diarienummer) on its first page. Only the
 * organisation's and year's own; another's throws NotFoundError, as the fastställd page answers 404.
 */
export async function exportFrozenDocument(db: DbOrTx, input: ExportFrozenDocumentInput): Promise<DocumentFile> {
	const snapshot = await getPlanSnapshot(db, { snapshotId: input.snapshotId, organisationId: input.organisationId, year: input.year });
	const decision = { decidedOn: snapshot.decidedOn, decidedBy: snapshot.decidedBy, diaryNumber: snapshot.diaryNumber };
	const document = snapshot.kind === 'verksamhetsplan' ? planDocument(snapshot.content, { decision }) : reportDocument(snapshot.content, { decision });
	const name = { kind: snapshot.kind, year: snapshot.content.year, organisation: snapshot.content.organisation.name, decidedOn: snapshot.decidedOn };
	return renderDocumentFile(document, name, input.format);
}
