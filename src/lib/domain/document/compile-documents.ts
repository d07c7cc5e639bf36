import type { CoverPage, DocumentModel } from './document-model';

// STUB (issue 5 foundation): the helper session "builder" replaces this file.

export interface Compilation {
	title: string;
	subject: string;
	cover: CoverPage;
	/** Paragraphs after the cover, e.g. which units have no document. */
	preface: string[];
	documents: DocumentModel[];
}

/**
 * A committee's compilation: its own cover and one combined Innehållsförteckning, then every
 * document on a new page with its own first page (a `cover` block, whose title is a level-1
 * heading), its headings one level down.
 */
export function compileDocuments(compilation: Compilation): DocumentModel {
	return {
		title: compilation.title,
		subject: compilation.subject,
		language: 'sv-SE',
		cover: compilation.cover,
		contents: null,
		body: compilation.documents.flatMap((d) => [{ type: 'pageBreak' as const }, { type: 'cover' as const, cover: d.cover }, ...d.body]),
		pageLabel: 'Sid'
	};
}
