import type { Block, CoverPage, DocumentModel, HeadingLevel } from './document-model';
import { translate } from '../../i18n/index';

export interface Compilation {
	title: string;
	subject: string;
	cover: CoverPage;
	/** Paragraphs after the cover, e.g. which units have no document. */
	preface: string[];
	documents: DocumentModel[];
}

/**
 * A committee's compilation: its own cover and one combined Innehållsförteckning, the preface
 * paragraphs, then every document on a new page with its own first page (a `cover` block, whose
 * title is a level-1 heading listed in the contents), its headings one level down (at most 6) and
 * listed in the contents down to level 2: each unit's title, then its parts and top goals.
 */
export function compileDocuments(compilation: Compilation): DocumentModel {
	const body: Block[] = [
		...compilation.preface.map((text): Block => ({ type: 'paragraph', text })),
		...compilation.documents.flatMap((document): Block[] => [
			{ type: 'pageBreak' },
			{ type: 'cover', cover: document.cover },
			...document.body.map(shiftDown)
		])
	];
	return {
		title: compilation.title,
		subject: compilation.subject,
		language: 'sv-SE',
		cover: compilation.cover,
		contents: body.some((b) => b.type === 'heading' || b.type === 'cover') ? { heading: translate('sv', 'docContents') } : null,
		body,
		pageLabel: translate('sv', 'docPage')
	};
}

/** A document's heading one level below its cover's title; the contents keep the top two levels. */
function shiftDown(block: Block): Block {
	if (block.type !== 'heading') return block;
	const level = Math.min(block.level + 1, 6) as HeadingLevel;
	return { ...block, level, contents: block.contents && level <= 2 };
}
