import {
	AlignmentType,
	BorderStyle,
	Paragraph,
	Table,
	TableCell,
	TableLayoutType,
	TableRow,
	WidthType,
	type IBorderOptions
} from 'docx';
import { toneColours, type TableCell as ModelCell, type TableColumn } from '../../../domain/document/document-model';
import { tableColours, textWidth } from './docx-styles';
import { textRuns, wordColour } from './docx-text';

type TableBlock = { caption: string; columns: TableColumn[]; rows: { cells: ModelCell[]; sum?: boolean }[] };

/** Column widths in twips from the columns' weights, summing to the text width exactly. */
export function columnWidths(columns: TableColumn[], width = textWidth): number[] {
	const weights = columns.map((c) => (c.weight > 0 ? c.weight : 1));
	const total = weights.reduce((a, b) => a + b, 0);
	const widths = weights.map((w) => Math.floor((width * w) / total));
	widths[widths.length - 1] += width - widths.reduce((a, b) => a + b, 0);
	return widths;
}

const line = (colour: string, size = 4): IBorderOptions => ({ style: BorderStyle.SINGLE, size, color: colour });
const sumRule = line(tableColours.rule, 12);

/**
 * A table with its caption above it (bold, kept with the table). The header row is marked as
 * such (w:tblHeader: Word repeats it on every page and tells screen readers), no row breaks
 * across pages, right-aligned columns stay right-aligned, a sum row is bold with a rule above it,
 * and a cell with a tone has the tone's fill.
 */
export function tableBlock(table: TableBlock, pageBreakBefore: boolean): (Paragraph | Table)[] {
	const widths = columnWidths(table.columns);
	const cell = (text: string, index: number, options: { bold?: boolean; fill?: string; top?: IBorderOptions }) =>
		new TableCell({
			width: { size: widths[index], type: WidthType.DXA },
			shading: options.fill ? { fill: options.fill } : undefined,
			borders: options.top ? { top: options.top } : undefined,
			children: [
				new Paragraph({
					alignment: table.columns[index]?.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
					spacing: { before: 40, after: 40 },
					children: textRuns(text, { bold: options.bold })
				})
			]
		});
	const header = new TableRow({
		tableHeader: true,
		cantSplit: true,
		children: table.columns.map((c, index) => cell(c.label, index, { bold: true, fill: tableColours.headerFill }))
	});
	const rows = table.rows.map(
		(row) =>
			new TableRow({
				cantSplit: true,
				children: table.columns.map((_, index) => {
					const modelCell = row.cells[index];
					return cell(modelCell?.text ?? '', index, {
						bold: row.sum,
						fill: modelCell?.tone ? wordColour(toneColours[modelCell.tone].fill) : undefined,
						top: row.sum ? sumRule : undefined
					});
				})
			})
	);
	const grid = line(tableColours.grid);
	// The caption paragraph is always written: two tables with nothing between them would be one in Word.
	return [
		new Paragraph({ style: 'Caption', pageBreakBefore, children: textRuns(table.caption) }),
		new Table({
			rows: [header, ...rows],
			width: { size: textWidth, type: WidthType.DXA },
			columnWidths: widths,
			layout: TableLayoutType.FIXED,
			borders: { top: grid, bottom: grid, left: grid, right: grid, insideHorizontal: grid, insideVertical: grid }
		})
	];
}
