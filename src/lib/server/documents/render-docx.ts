import { Document, Packer, Paragraph } from 'docx';
import type { DocumentModel } from '../../domain/document/document-model';

// STUB (issue 5 foundation): the helper session "docx" replaces this file.

/** The document as Word (docx), on the server. */
export async function renderDocx(document: DocumentModel): Promise<Uint8Array> {
	const file = new Document({ title: document.title, sections: [{ children: [new Paragraph(document.title)] }] });
	return new Uint8Array(await Packer.toBuffer(file));
}
