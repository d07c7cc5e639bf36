import type { DocumentModel } from '../../domain/document/document-model';
import { documentDefinition } from './pdf/document-definition';
import { loadPdfmake } from './pdf/pdfmake';

/**
 * The document as a PDF (pdfmake, on the server, no browser): A4, sv-SE, title and subject,
 * bookmarks for every heading, the Innehållsförteckning with page numbers, "Sid N (M)".
 * `options.compress: false` leaves the PDF's objects readable (the tests read /Outlines and /Lang).
 */
export async function renderPdf(document: DocumentModel, options: { compress?: boolean } = {}): Promise<Uint8Array> {
	const pdfmake = await loadPdfmake();
	const pdf = pdfmake.createPdf(documentDefinition(document, { compress: options.compress ?? true }));
	const buffer = await pdf.getBuffer();
	return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
