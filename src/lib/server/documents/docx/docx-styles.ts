import { LineRuleType, type IStylesOptions } from 'docx';

/**
 * Page and type of the Word documents: A4 portrait, 2.5 cm side margins, Arial 11 pt. Arial because
 * LibreOffice maps it to Liberation Sans (the same widths), so the page numbers worked out when the
 * file is written also hold there; Calibri falls back to a wider font where Carlito is missing.
 */
export const page = {
	width: 11906,
	height: 16838,
	margin: { top: 1134, right: 1418, bottom: 1134, left: 1418, header: 567, footer: 567 }
} as const;

/** The width of the text between the margins, in twips: what a table's columns share. */
export const textWidth = page.width - page.margin.left - page.margin.right;

export const font = 'Arial';

/** Half-points, as Word counts font sizes. */
const size = { body: 22, small: 18, h1: 32, h2: 28, h3: 26, h4: 24, h5: 22, h6: 22, title: 44 } as const;

/** The header row's shade and the rule above a sum row. */
export const tableColours = { headerFill: 'E7E9EC', rule: '1F2933', grid: '9AA5B1' } as const;

const heading = (pt: number, italics = false) => ({
	basedOn: 'Normal',
	next: 'Normal',
	quickFormat: true,
	run: { font, size: pt, bold: true, italics, color: '1F2933' },
	paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true }
});

/**
 * The built-in styles (Title, Heading 1–6, Caption, TOC Heading) with their own ids, so Word's
 * navigation pane, its TOC field (\o) and screen readers see real headings.
 */
export const documentStyles: IStylesOptions = {
	default: {
		document: {
			run: { font, size: size.body, language: { value: 'sv-SE' } },
			// 1.15 lines; the rule said outright, as LibreOffice reads a bare line as exact.
			paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } }
		},
		title: { run: { font, size: size.title, bold: true, color: '1F2933' }, paragraph: { spacing: { before: 480, after: 240 } } },
		heading1: heading(size.h1),
		heading2: heading(size.h2),
		heading3: heading(size.h3),
		heading4: heading(size.h4),
		heading5: heading(size.h5),
		heading6: heading(size.h6, true)
	},
	paragraphStyles: [
		{
			id: 'Caption',
			name: 'caption',
			basedOn: 'Normal',
			next: 'Normal',
			quickFormat: true,
			run: { bold: true },
			paragraph: { keepNext: true, keepLines: true, spacing: { before: 240, after: 80 } }
		},
		{
			// Not a heading: the Innehållsförteckning must not list itself or show in the navigation pane.
			id: 'TOCHeading',
			name: 'TOC Heading',
			basedOn: 'Normal',
			next: 'Normal',
			run: { font, size: size.h1, bold: true, color: '1F2933' },
			paragraph: { spacing: { before: 240, after: 240 }, keepNext: true }
		},
		{
			id: 'CoverOrganisation',
			name: 'Cover Organisation',
			basedOn: 'Normal',
			next: 'Normal',
			run: { size: size.h3, bold: true },
			paragraph: { spacing: { before: 1440, after: 60 } }
		},
		{
			id: 'Footer',
			name: 'footer',
			basedOn: 'Normal',
			run: { size: size.small },
			paragraph: { spacing: { after: 0 } }
		}
	]
};
