import type { Content, ContentTable, ContentText, ContentTocItem, CustomTableLayout, Style, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import {
	toneColours,
	type Block,
	type CoverPage,
	type DocumentModel,
	type HeadingLevel,
	type TableRow
} from '../../../domain/document/document-model';

/** Heading sizes in pt by level; the body is 10 pt. */
const headingSize: Record<HeadingLevel, number> = { 1: 17, 2: 14, 3: 12.5, 4: 11.5, 5: 10.5, 6: 10 };
const ruleColour = '#8c8c8c';
const headerFill = '#e8eaed';

const styles: Record<string, Style> = {
	coverField: { fontSize: 10 },
	coverOrganisation: { fontSize: 13, bold: true },
	coverIssuer: { fontSize: 11 },
	coverTitle: { fontSize: 24, bold: true },
	coverProposal: { fontSize: 12, bold: true },
	caption: { fontSize: 10, bold: true },
	tableHeader: { fontSize: 9, bold: true },
	tableCell: { fontSize: 9 },
	footer: { fontSize: 8, color: '#333333' }
};

/** A heading as pdfmake needs it: a text node that is a bookmark and, maybe, a contents entry. */
type HeadingNode = (ContentText | ContentTocItem) &
	Pick<ContentText, 'outline' | 'outlineParentId'> &
	Partial<Pick<ContentTocItem, 'tocItem' | 'tocMargin' | 'tocStyle'>> & { id: string };

/**
 * The bookmark tree: each heading's parent is the last heading above it of a lower level, so the
 * PDF's outline follows the document's levels (a level-3 heading under the last level-2 one).
 */
class Outline {
	private open: { level: number; id: string }[] = [];
	private count = 0;

	/** A new bookmark at `level`: its id and its parent's. */
	add(level: number): { id: string; parentId: string | undefined } {
		while (this.open.length > 0 && this.open[this.open.length - 1].level >= level) this.open.pop();
		const parentId = this.open[this.open.length - 1]?.id;
		const id = `heading-${++this.count}`;
		this.open.push({ level, id });
		return { id, parentId };
	}
}

function heading(outline: Outline, level: HeadingLevel, text: string, contents: boolean): Content {
	const { id, parentId } = outline.add(level);
	const node: HeadingNode = {
		text,
		id,
		fontSize: headingSize[level],
		bold: true,
		margin: [0, level <= 2 ? 14 : 10, 0, 4],
		outline: true,
		outlineParentId: parentId
	};
	if (contents) {
		node.tocItem = true;
		node.tocMargin = [(level - 1) * 14, level === 1 ? 5 : 2, 0, 1];
		node.tocStyle = level === 1 ? { bold: true } : {};
	}
	return node as Content;
}

function fields(list: { label: string; value: string }[]): Content[] {
	return list.map((field) => ({
		text: [{ text: `${field.label}: `, bold: true }, field.value],
		style: 'coverField',
		margin: [0, 0, 0, 2]
	}));
}

/**
 * A first page: Handläggare, Telefon, Till; the organisation and issuer; the title large; then
 * "Förslag till beslut" or the decision. `title` is the title's node (a bookmark, inside a
 * compilation also a contents entry).
 */
function coverPage(cover: CoverPage, title: Content): Content {
	const parts: Content[] = [...fields(cover.fields)];
	parts.push({ text: cover.organisation, style: 'coverOrganisation', margin: [0, 90, 0, 2] });
	if (cover.issuer) parts.push({ text: cover.issuer, style: 'coverIssuer' });
	parts.push(title);
	if (cover.decision) parts.push({ stack: fields(cover.decision), margin: [0, 12, 0, 0] });
	else if (cover.proposal) parts.push({ text: cover.proposal, style: 'coverProposal', margin: [0, 12, 0, 0] });
	return { stack: parts };
}

/** Thin horizontal rules, the header row shaded (by the cells), a heavier rule above a sum row. */
function tableLayout(rows: TableRow[]): CustomTableLayout {
	return {
		hLineWidth: (i, node) => {
			if (i === 0 || i === node.table.body.length) return 0.6;
			// Line i lies above body row i, which is the model's row i - 1 (row 0 is the header).
			return rows[i - 1]?.sum ? 1.2 : 0.4;
		},
		vLineWidth: () => 0,
		hLineColor: () => ruleColour,
		paddingLeft: () => 4,
		paddingRight: () => 4,
		paddingTop: () => 2.5,
		paddingBottom: () => 2.5
	};
}

function table(block: Extract<Block, { type: 'table' }>, keepTogether: boolean): Content {
	const totalWeight = block.columns.reduce((sum, column) => sum + Math.max(column.weight, 0), 0) || 1;
	const header: TableCell[] = block.columns.map((column) => ({
		text: column.label,
		style: 'tableHeader',
		alignment: column.align,
		fillColor: headerFill
	}));
	const body: TableCell[][] = block.rows.map((row) =>
		block.columns.map((column, index) => {
			const cell = row.cells[index] ?? { text: '' };
			return {
				text: cell.text,
				style: 'tableCell',
				alignment: column.align,
				bold: row.sum === true,
				fillColor: cell.tone ? toneColours[cell.tone].fill : undefined
			};
		})
	);
	const node: ContentTable = {
		table: {
			headerRows: 1,
			// The header never alone at the foot of a page.
			keepWithHeaderRows: 1,
			dontBreakRows: true,
			// Percentages of the full width: pdfmake's '*' columns are all equally wide.
			widths: block.columns.map((column) => `${((100 * Math.max(column.weight, 0)) / totalWeight).toFixed(3)}%`),
			body: [header, ...body]
		},
		layout: tableLayout(block.rows)
	};
	return {
		stack: [{ text: block.caption, style: 'caption', margin: [0, 0, 0, 3] }, node],
		margin: [0, 6, 0, 8],
		unbreakable: keepTogether
	};
}

/** The width text may take: A4 less the side margins, in pt. */
const textWidth = 595.28 - 2 * 56;

/** Lines a text takes at a width, by a generous average character width (pt per character). */
function lines(text: string, width: number, charWidth: number): number {
	const perLine = Math.max(1, Math.floor(width / charWidth));
	return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** A block's height in pt, over-estimated (the body is 10 pt, tables 9 pt, lines 1.15 high). */
function estimatedHeight(block: Block): number {
	switch (block.type) {
		case 'paragraph':
			return lines(block.text, textWidth, 4.6) * 12 + 6;
		case 'labelled':
			return lines(`${block.label}: ${block.value}`, textWidth, 4.6) * 12 + 4;
		case 'list':
			return block.items.reduce((sum, item) => sum + lines(item, textWidth - 15, 4.6) * 12, 6);
		case 'table': {
			const total = block.columns.reduce((sum, column) => sum + Math.max(column.weight, 0), 0) || 1;
			const widths = block.columns.map((column) => (textWidth * Math.max(column.weight, 0)) / total - 8);
			const rowHeight = (texts: string[]) => Math.max(...texts.map((text, i) => lines(text, widths[i] ?? 1, 4.4)), 1) * 11 + 6;
			return 30 + rowHeight(block.columns.map((column) => column.label)) + block.rows.reduce((sum, row) => sum + rowHeight(row.cells.map((cell) => cell.text)), 0);
		}
		default:
			return Infinity;
	}
}

/**
 * Whether a block surely takes less than half a page, so it may be kept on one page with the
 * headings above it. pdfmake's unbreakable blocks keep only their first page: nothing that might
 * be longer is ever wrapped in one.
 */
function small(block: Block): boolean {
	return estimatedHeight(block) <= 360;
}

function blockContent(block: Exclude<Block, { type: 'heading' | 'pageBreak' | 'cover' }>): Content {
	switch (block.type) {
		case 'paragraph':
			return { text: block.text, margin: [0, 0, 0, 6] };
		case 'labelled':
			return {
				text: [
					{ text: `${block.label}: `, bold: true },
					block.tone ? { text: ` ${block.value} `, background: toneColours[block.tone].fill } : block.value
				],
				margin: [0, 0, 0, 4]
			};
		case 'table':
			return table(block, small(block));
		case 'list':
			// A copy: pdfmake replaces a list's items by its own nodes in place.
			return { ul: [...block.items], margin: [0, 0, 0, 6] };
	}
}

/**
 * The body's blocks as pdfmake content. Headings are kept on one page with the block after them
 * when that block is small (no heading alone at the foot of a page). A page break is attached to
 * the next block (`pageBreak: 'before'`), so breaks in a row, one at the end, or one right after
 * a cover page (which ends its page itself) never leave an empty page.
 */
function body(blocks: Block[], outline: Outline): Content[] {
	const content: Content[] = [];
	// The body starts on a page of its own, after the first page and the contents.
	let breakBefore = true;
	let headings: Content[] = [];
	const push = (nodes: Content[], unbreakable: boolean) => {
		if (nodes.length === 0) return;
		const node: Content = unbreakable && nodes.length > 1 ? { stack: nodes, unbreakable: true } : nodes.length === 1 ? nodes[0] : { stack: nodes };
		if (breakBefore) {
			content.push({ stack: [node], pageBreak: 'before' });
			breakBefore = false;
		} else content.push(node);
	};
	const flushHeadings = () => {
		push(headings, true);
		headings = [];
	};
	for (const block of blocks) {
		switch (block.type) {
			case 'heading':
				headings.push(heading(outline, block.level, block.text, block.contents));
				break;
			case 'pageBreak':
				flushHeadings();
				breakBefore = true;
				break;
			case 'cover':
				flushHeadings();
				breakBefore = true;
				push([coverPage(block.cover, heading(outline, 1, block.cover.title, true))], false);
				breakBefore = true;
				break;
			default:
				if (small(block)) {
					push([...headings, blockContent(block)], true);
					headings = [];
				} else {
					flushHeadings();
					push([blockContent(block)], false);
				}
		}
	}
	flushHeadings();
	return content;
}

/** pdfmake's document definition for the model: the first page, the contents, the body, the footer. */
export function documentDefinition(model: DocumentModel, options: { compress: boolean }): TDocumentDefinitions {
	const outline = new Outline();
	// The first page's title is a bookmark of its own, beside the contents and the headings.
	const title: ContentText = { text: model.cover.title, style: 'coverTitle', margin: [0, 18, 0, 0], outline: true };
	const content: Content[] = [coverPage(model.cover, title)];
	if (model.contents) {
		content.push({
			toc: {
				title: { text: model.contents.heading, fontSize: headingSize[1], bold: true, margin: [0, 0, 0, 10], outline: true } as Content,
				numberStyle: { alignment: 'right' }
			},
			pageBreak: 'before'
		});
	}
	content.push(...body(model.body, outline));
	return {
		pageSize: 'A4',
		pageOrientation: 'portrait',
		pageMargins: [56, 56, 56, 56],
		language: model.language,
		info: { title: model.title, subject: model.subject, creator: 'Verksam', producer: 'Verksam (pdfmake)' },
		displayTitle: true,
		compress: options.compress,
		defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
		styles,
		content,
		footer: (currentPage, pageCount) => ({
			text: `${model.pageLabel} ${currentPage} (${pageCount})`,
			style: 'footer',
			alignment: 'right',
			margin: [56, 24, 56, 0]
		})
	};
}
