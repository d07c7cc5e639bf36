import { formatNumber, formatTkr, parseSwedishNumber } from '$lib/domain/format/number';

/** An amount as it stands in an input: Swedish, ungrouped-free of NBSP so it re-parses, empty for none. */
export function formTkrInput(value: number | null | undefined): string {
	if (value === null || value === undefined) return '';
	return formatNumber(value, 2).replace(/\u00a0/g, ' ');
}

/**
 * After a clash, the other person's saved amount for a cell, when it is not what the user typed;
 * undefined when the same. `empty` is how their blank cell reads ("(tomt)").
 */
export function theirTkr(typed: string, theirs: number | null | undefined, empty: string): string | undefined {
	const stored = theirs ?? null;
	const mine = typed.trim() === '' ? null : parseSwedishNumber(typed);
	if (mine === stored) return undefined;
	return stored === null ? empty : formatTkr(stored);
}
