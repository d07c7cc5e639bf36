import { renderPdf } from './render-pdf';
import { renderDocx } from './render-docx';
import type { DocumentModel } from '../../domain/document/document-model';
import type { PlanKind } from '../../domain/interchange/plan-format';
import { documentContentType, documentFileName, type RenderedFormat } from '../../domain/document/document-file';

/** A document as a file: what a download answers with and the CLI writes. */
export interface DocumentFile {
	/** "verksamhetsplan-2026-solrosens-forskola.pdf" */
	filename: string;
	contentType: string;
	bytes: Uint8Array;
	/** The document's title, for messages: "Verksamhetsplan 2026 – Solrosens förskola". */
	title: string;
}

/** The document rendered as PDF or Word, named for its kind, year and organisation. */
export async function renderDocumentFile(
	document: DocumentModel,
	name: { kind: PlanKind; year: number; organisation: string; decidedOn?: string },
	format: RenderedFormat
): Promise<DocumentFile> {
	const bytes = format === 'pdf' ? await renderPdf(document) : await renderDocx(document);
	return {
		filename: documentFileName(name.kind, name.year, name.organisation, format, name.decidedOn),
		contentType: documentContentType[format],
		bytes,
		title: document.title
	};
}
