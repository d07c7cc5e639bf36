/**
 * A document as both renderers read it (PDF through pdfmake, Word through docx): what it says and
 * how it is structured, never how it looks. Built from a plan's or a report's view by
 * `plan-document.ts`; a committee's compilation is several of them in one (`compile-documents.ts`).
 */

/** A document's language, for the PDF's /Lang and Word's proofing language. */
export type DocumentLanguage = 'sv-SE';

/** How a labelled value or a table cell is marked: a fulfilment level's word keeps its colour. */
export type Tone = 'met' | 'partly' | 'notMet' | 'notJudged';

/** "Handläggare: Anna Berg". */
export interface DocumentField {
	label: string;
	value: string;
}

/**
 * A document's first page, as in the committee's documents: Handläggare, Telefon, Till; the
 * organisation and its committee; the title; "Förslag till beslut" until the document is
 * fastställd, then the decision (Beslutsdatum, Beslutat av, Diarienummer).
 */
export interface CoverPage {
	/** Handläggare, Telefon, Till: only those with a value. */
	fields: DocumentField[];
	/** "Solrosens förskola". */
	organisation: string;
	/** The committee and the municipality: "Norrvikens stadsdelsnämnd, Exempelstad"; '' when none. */
	issuer: string;
	title: string;
	/** The decision once fastställd; null before. */
	decision: DocumentField[] | null;
	/** "Förslag till beslut" while not fastställd; null once fastställd or when the document is empty. */
	proposal: string | null;
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface TableColumn {
	label: string;
	/** Numbers and targets right-aligned, text left-aligned. */
	align: 'left' | 'right';
	/** Relative width: 3 for a name column, 1 for a figure. */
	weight: number;
}

export interface TableCell {
	text: string;
	/** A fulfilment level's cell: the word is the text, the tone its colour. */
	tone?: Tone;
}

export interface TableRow {
	cells: TableCell[];
	/** The computed Netto row of a budget table: bold, a rule above. */
	sum?: boolean;
}

export type Block =
	/**
	 * A heading: Word's Heading N style and navigation pane, the PDF's bookmark tree. Levels follow
	 * the cascade (KF:s inriktningsmål 1 → area goal 2 → Nämndmål 3 → unit goal 4) and never skip.
	 * `contents`: listed in the Innehållsförteckning (the top levels); every heading is a bookmark.
	 */
	| { type: 'heading'; level: HeadingLevel; text: string; contents: boolean }
	/** A paragraph; single line breaks inside it are kept. */
	| { type: 'paragraph'; text: string }
	/** "Bedömning: Uppfyllt", the value in its tone's colour when it has one. */
	| { type: 'labelled'; label: string; value: string; tone?: Tone }
	/**
	 * A table with a caption above it. The header row repeats on every page the table breaks onto;
	 * a row is never split across pages. The first column names the row.
	 */
	| { type: 'table'; caption: string; columns: TableColumn[]; rows: TableRow[] }
	/** A list (Bilagor). */
	| { type: 'list'; items: string[] }
	/** A new page; in a compilation each unit's document starts on one, with its cover. */
	| { type: 'pageBreak' }
	/**
	 * Another document's first page inside a compilation (after a page break). Its title counts as a
	 * level-1 heading listed in the contents (a bookmark, a Heading 1, an entry of the combined
	 * Innehållsförteckning); the document's own headings follow one level down.
	 */
	| { type: 'cover'; cover: CoverPage };

export interface DocumentModel {
	/** The PDF's /Title and Word's title property: the document's title. */
	title: string;
	/** The PDF's /Subject and Word's subject: the organisation and its committee. */
	subject: string;
	language: DocumentLanguage;
	cover: CoverPage;
	/**
	 * The Innehållsförteckning after the first page, with page numbers: the headings marked
	 * `contents`. Null when the document has no headings.
	 */
	contents: { heading: string } | null;
	body: Block[];
	/** The footer's page label: "Sid" → "Sid 3 (12)". */
	pageLabel: string;
}

/** A tone's colours, the same in both renderers and as the web page's badge: fill, border, and the swatch. */
export const toneColours: Record<Tone, { fill: string; border: string; swatch: string }> = {
	met: { fill: '#e3f1e6', border: '#1e6b35', swatch: '#1e7b34' },
	partly: { fill: '#fff4d6', border: '#8a5a00', swatch: '#f2c12e' },
	notMet: { fill: '#fbe7e7', border: '#a4161a', swatch: '#c62828' },
	notJudged: { fill: '#f1f3f5', border: '#6b7785', swatch: '#ffffff' }
};
