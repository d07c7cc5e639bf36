/** Hierarchical goal numbers: 1 → 1.4 → 1.4.1. */

const NUMBER_PATTERN = /^\d+(\.\d+)*$/;

export function parseNumber(number: string): number[] {
	return number.split('.').map((part) => Number(part));
}

/** Orders "1.2" before "1.10" (numerically per part); goals without number last. */
export function compareGoalNumbers(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	const pa = parseNumber(a);
	const pb = parseNumber(b);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const x = pa[i] ?? -1;
		const y = pb[i] ?? -1;
		if (x !== y) return x - y;
	}
	return 0;
}

/** The next free number under a parent: parent "1.4" with children 1.4.1, 1.4.2 → "1.4.3". */
export function nextChildNumber(parentNumber: string | null, siblingNumbers: (string | null)[]): string {
	const prefix = parentNumber ? `${parentNumber}.` : '';
	let highest = 0;
	for (const sibling of siblingNumbers) {
		if (!sibling || !sibling.startsWith(prefix)) continue;
		const rest = sibling.slice(prefix.length);
		if (/^\d+$/.test(rest)) highest = Math.max(highest, Number(rest));
	}
	return `${prefix}${highest + 1}`;
}

/**
 * Checks a number a user typed for a goal under a parent. Returns a Swedish message, or null when
 * it is well-formed: digits separated by dots, one level deeper than the parent and under it.
 */
export function checkChildNumber(number: string, parentNumber: string | null): string | null {
	if (!NUMBER_PATTERN.test(number)) return 'Skriv numret som siffror med punkt emellan, till exempel 1.4.1.';
	if (parentNumber) {
		if (!number.startsWith(`${parentNumber}.`) || parseNumber(number).length !== parseNumber(parentNumber).length + 1) {
			return `Numret ska ligga under ${parentNumber}, till exempel ${parentNumber}.1.`;
		}
	} else if (number.includes('.')) {
		return 'Ett mål på översta nivån har ett nummer utan punkt, till exempel 1.';
	}
	return null;
}
