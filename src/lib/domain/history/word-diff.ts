import { diffWords } from 'diff';

export type DiffSegmentKind = 'same' | 'added' | 'removed';

export interface DiffSegment {
	kind: DiffSegmentKind;
	text: string;
}

/**
 * The words that stayed, were added and were removed between two texts, in reading order
 * (a removed word comes before the word that replaced it). Whitespace is kept as written.
 */
export function wordDiff(before: string, after: string): DiffSegment[] {
	const segments: DiffSegment[] = [];
	for (const change of diffWords(before, after)) {
		const kind: DiffSegmentKind = change.added ? 'added' : change.removed ? 'removed' : 'same';
		const last = segments[segments.length - 1];
		// The library may split a run into several changes of the same kind; one segment reads better.
		if (last && last.kind === kind) last.text += change.value;
		else if (change.value !== '') segments.push({ kind, text: change.value });
	}
	return segments;
}
