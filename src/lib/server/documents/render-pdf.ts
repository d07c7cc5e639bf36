import type { DocumentModel } from '../../domain/document/document-model';

// STUB (issue 5 foundation): the helper session "pdf" replaces this file.

/** The document as a PDF (pdfmake, on the server, no browser). */
export async function renderPdf(document: DocumentModel): Promise<Uint8Array> {
	const { default: pdfmake } = await import('pdfmake');
	pdfmake.setFonts({ Roboto: { normal: 'node_modules/pdfmake/fonts/Roboto/Roboto-Regular.ttf', bold: 'node_modules/pdfmake/fonts/Roboto/Roboto-Medium.ttf', italics: 'node_modules/pdfmake/fonts/Roboto/Roboto-Italic.ttf', bolditalics: 'node_modules/pdfmake/fonts/Roboto/Roboto-MediumItalic.ttf' } });
	const pdf = pdfmake.createPdf({ info: { title: document.title }, content: [{ text: document.title }] });
	return new Uint8Array(await pdf.getBuffer());
}
