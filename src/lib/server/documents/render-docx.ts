import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TableOfContents, TextRun, type FileChild } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { DocumentModel } from '../../domain/document/document-model';
import { bodyChildren } from './docx/docx-blocks';
import { corePropertiesXml } from './docx/docx-core-properties';
import { coverParagraphs } from './docx/docx-cover';
import { documentStyles, page } from './docx/docx-styles';

/**
 * The Innehållsförteckning's levels, Word's TOC \o range: down to the deepest heading marked
 * `contents` (a unit's cover in a compilation is a level-1 heading). Null when none is marked.
 */
export function contentsLevels(document: DocumentModel): string | null {
	let deepest = 0;
	for (const block of document.body) {
		if (block.type === 'heading' && block.contents) deepest = Math.max(deepest, block.level);
		if (block.type === 'cover') deepest = Math.max(deepest, 1);
	}
	return deepest === 0 ? null : `1-${deepest}`;
}

function contentsChildren(document: DocumentModel): FileChild[] {
	const levels = contentsLevels(document);
	if (!document.contents || !levels) return [];
	return [
		new Paragraph({ style: 'TOCHeading', pageBreakBefore: true, children: [new TextRun(document.contents.heading)] }),
		// Filled with an entry per heading (hyperlinked to its bookmark) and page numbers worked out
		// by laying the pages out as Word does, so viewers that never update fields show it whole.
		new TableOfContents(document.contents.heading, { hyperlink: true, headingStyleRange: levels })
	];
}

/**
 * Up to how large a document (paragraphs and table rows, see `layoutSize`) its page numbers are
 * worked out when it is written. docx's layout costs about 2–5 ms per paragraph or row on a shared
 * two-core machine (measured: a compilation of 20 units, size 820, 3.8 s with it and 0.3 s
 * without; of 60 units, size 2 460, 130 pages, 8 s and 0.7 s), so a unit's plan gets them and a
 * large compilation is written in about a second. Above the limit the contents are written with
 * their entries and without page numbers, which Word fills in when it opens the file
 * (updateFields); LibreOffice shows the entries without them.
 */
export const pageNumberEstimateLimit = 1000;

/** A document's size as the layout's cost grows with it: its paragraphs and table rows. */
export function layoutSize(document: DocumentModel): number {
	let size = 0;
	for (const block of document.body) {
		if (block.type === 'table') size += block.rows.length + 2;
		else if (block.type === 'list') size += block.items.length;
		else if (block.type === 'cover') size += block.cover.fields.length + 4;
		else size += 1;
	}
	return size;
}

/** "Sid 3 (12)" on every page, with Word's PAGE and NUMPAGES fields. */
function footer(document: DocumentModel): Footer {
	return new Footer({
		children: [
			new Paragraph({
				style: 'Footer',
				alignment: AlignmentType.RIGHT,
				children: [new TextRun({ children: [`${document.pageLabel} `, PageNumber.CURRENT, ' (', PageNumber.TOTAL_PAGES, ')'] })]
			})
		]
	});
}

/**
 * The document as Word (docx), on the server: A4, sv-SE, the cover, the Innehållsförteckning as a
 * real TOC field, the body with Word's own Heading 1–6 styles and tables whose header rows repeat.
 */
export async function renderDocx(
	document: DocumentModel,
	options: { estimatePageNumbers?: boolean } = {}
): Promise<Uint8Array> {
	const estimate = options.estimatePageNumbers ?? layoutSize(document) <= pageNumberEstimateLimit;
	const file = new Document({
		title: document.title,
		subject: document.subject,
		creator: 'Verksam',
		styles: documentStyles,
		// Page numbers of the contents and the footer's page count are written with the file; Word
		// still refreshes its fields on opening (it asks first), as its layout is the last word.
		pageNumbers: estimate ? estimatePageNumbers : undefined,
		features: { updateFields: true },
		sections: [
			{
				properties: { page: { size: { width: page.width, height: page.height }, margin: page.margin } },
				footers: { default: footer(document) },
				children: [
					...coverParagraphs(document.cover, { titleAs: 'title', pageBreakBefore: false }),
					...contentsChildren(document),
					...bodyChildren(document.body, true)
				]
			}
		]
	});
	const core = { path: 'docProps/core.xml', data: corePropertiesXml(document, 'Verksam', new Date()) };
	return new Uint8Array(await Packer.toBuffer(file, false, [core]));
}
