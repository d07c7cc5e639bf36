import { HeadingLevel, Paragraph, TabStopType, TextRun, type IParagraphOptions } from 'docx';
import type { CoverPage, DocumentField } from '../../../domain/document/document-model';
import { textRuns } from './docx-text';

/** Where a field's value starts: "Handläggare" and its value on one line, the values aligned. */
const valueTab = 2268;

function field(field: DocumentField): IParagraphOptions {
	return {
		tabStops: [{ type: TabStopType.LEFT, position: valueTab }],
		spacing: { after: 40 },
		children: [new TextRun({ text: field.label, bold: true }), new TextRun({ text: '\t' }), ...textRuns(field.value)]
	};
}

/**
 * A document's first page: Handläggare, Telefon, Till; the organisation and its issuer; the title;
 * then "Förslag till beslut" or the decision. The document's own cover has its title in the Title
 * style; a unit's cover inside a compilation has it as a Heading 1, so the unit is in the
 * navigation pane and the Innehållsförteckning. A page break goes on its first paragraph rather
 * than an empty paragraph of its own.
 */
export function coverParagraphs(cover: CoverPage, options: { titleAs: 'title' | 'heading'; pageBreakBefore: boolean }): Paragraph[] {
	const paragraphs: IParagraphOptions[] = [
		...cover.fields.map(field),
		{ style: 'CoverOrganisation', children: textRuns(cover.organisation) },
		...(cover.issuer ? [{ children: textRuns(cover.issuer) }] : []),
		{ heading: options.titleAs === 'title' ? HeadingLevel.TITLE : HeadingLevel.HEADING_1, children: textRuns(cover.title) },
		...(cover.decision
			? cover.decision.map((f, index) => (index === 0 ? { ...field(f), spacing: { before: 240, after: 40 } } : field(f)))
			: cover.proposal
				? [{ spacing: { before: 240 }, children: [new TextRun({ text: cover.proposal, bold: true })] }]
				: [])
	];
	return paragraphs.map((p, index) => new Paragraph(index === 0 && options.pageBreakBefore ? { ...p, pageBreakBefore: true } : p));
}
