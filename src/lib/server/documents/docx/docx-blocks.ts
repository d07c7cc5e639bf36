import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import { toneColours, type Block, type HeadingLevel as ModelHeadingLevel } from '../../../domain/document/document-model';
import { coverParagraphs } from './docx-cover';
import { tableBlock } from './docx-table';
import { textRuns, wordColour } from './docx-text';

const headingLevels: Record<ModelHeadingLevel, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
	1: HeadingLevel.HEADING_1,
	2: HeadingLevel.HEADING_2,
	3: HeadingLevel.HEADING_3,
	4: HeadingLevel.HEADING_4,
	5: HeadingLevel.HEADING_5,
	6: HeadingLevel.HEADING_6
};

/**
 * The body's blocks as Word paragraphs and tables. A `pageBreak` is not a paragraph of its own but
 * "page break before" on what follows it, so no new page starts with an empty line.
 * `startOnNewPage`: the body's first block starts a page (after the cover or the contents).
 */
export function bodyChildren(blocks: Block[], startOnNewPage: boolean): FileChild[] {
	const children: FileChild[] = [];
	let breakBefore = startOnNewPage;
	for (const block of blocks) {
		if (block.type === 'pageBreak') {
			breakBefore = true;
			continue;
		}
		const rendered = blockChildren(block, breakBefore);
		if (rendered.length === 0) continue;
		children.push(...rendered);
		breakBefore = false;
	}
	if (breakBefore) children.push(new Paragraph({ pageBreakBefore: true }));
	return children;
}

function blockChildren(block: Exclude<Block, { type: 'pageBreak' }>, pageBreakBefore: boolean): FileChild[] {
	switch (block.type) {
		case 'heading':
			return [new Paragraph({ heading: headingLevels[block.level], pageBreakBefore, children: textRuns(block.text) })];
		case 'paragraph':
			return [new Paragraph({ pageBreakBefore, children: textRuns(block.text) })];
		case 'labelled': {
			const tone = block.tone ? toneColours[block.tone] : null;
			return [
				new Paragraph({
					pageBreakBefore,
					spacing: { before: 120 },
					children: [
						new TextRun({ text: `${block.label}: `, bold: true }),
						...textRuns(block.value, tone ? { color: wordColour(tone.border), shading: { fill: wordColour(tone.fill) } } : {})
					]
				})
			];
		}
		case 'table':
			return tableBlock(block, pageBreakBefore);
		case 'list':
			return block.items.map(
				(item, index) => new Paragraph({ bullet: { level: 0 }, pageBreakBefore: pageBreakBefore && index === 0, children: textRuns(item) })
			);
		case 'cover':
			return coverParagraphs(block.cover, { titleAs: 'heading', pageBreakBefore });
	}
}
