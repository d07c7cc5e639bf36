import type { DocumentModel } from '../../../domain/document/document-model';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]);

/**
 * docProps/core.xml written by us rather than by docx, which has no dc:language: the title, the
 * subject, the language and the creator, as Word's File › Info and screen readers read them.
 */
export function corePropertiesXml(document: DocumentModel, creator: string, now: Date): string {
	const time = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
	return (
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
		'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
		`<dc:title>${escapeXml(document.title)}</dc:title>` +
		`<dc:subject>${escapeXml(document.subject)}</dc:subject>` +
		`<dc:creator>${escapeXml(creator)}</dc:creator>` +
		`<dc:language>${escapeXml(document.language)}</dc:language>` +
		`<cp:lastModifiedBy>${escapeXml(creator)}</cp:lastModifiedBy>` +
		'<cp:revision>1</cp:revision>' +
		`<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created>` +
		`<dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>` +
		'</cp:coreProperties>'
	);
}
