import { fieldsOf, restorableColumns, type ItemTable, type RowValue } from './tables';
import { wordDiff, type DiffSegment } from './word-diff';

export type ChangeOperation = 'insert' | 'update' | 'delete';

export const operationLabels: Record<ChangeOperation, string> = {
	insert: 'Skapad',
	update: 'Ändrad',
	delete: 'Borttagen'
};

/** One field that differs between two versions of a row, as people read it. */
export interface FieldChange {
	field: string;
	label: string;
	before: string;
	after: string;
	/** A word diff for texts; null for short values (dates, numbers, choices), shown as before → after. */
	segments: DiffSegment[] | null;
}

export interface ChangeDescription {
	/** "Skapad", "Ändrad", "Borttagen", or "Ordningen ändrad" when only the position moved. */
	action: string;
	fields: FieldChange[];
	/** Only the item's place among its siblings changed. */
	reordered: boolean;
}

/**
 * Which fields a change touched, with Swedish labels and values formatted as the plan shows them.
 * Bookkeeping columns (ids, version, times) are left out; a change of position alone is "Ordningen ändrad".
 * A new item lists its filled fields, a removed one the fields it had.
 */
export function describeChange(
	table: string,
	operation: ChangeOperation,
	oldValue: RowValue | null | undefined,
	newValue: RowValue | null | undefined
): ChangeDescription {
	const before = operation === 'insert' ? null : (oldValue ?? null);
	const after = operation === 'delete' ? null : (newValue ?? null);
	const fields: FieldChange[] = [];
	for (const spec of fieldsOf(table, before, after)) {
		const b = before ? spec.read(before) : '';
		const a = after ? spec.read(after) : '';
		if (a === b) continue;
		fields.push({ field: spec.key, label: spec.label, before: b, after: a, segments: spec.prose ? wordDiff(b, a) : null });
	}
	const reordered = operation === 'update' && fields.length === 0 && before?.position !== after?.position;
	return { action: reordered ? 'Ordningen ändrad' : operationLabels[operation], fields, reordered };
}

/** The values a restore would write, in a form that compares equal exactly when the content is the same. */
export function restorableState(table: ItemTable, row: RowValue | null | undefined): string | null {
	if (!row) return null;
	return canonical(Object.fromEntries(restorableColumns[table].map((c) => [c, row[c] ?? null])));
}

function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
	}
	return JSON.stringify(value ?? null);
}

export interface VersionEntry {
	id: number;
	operation: ChangeOperation;
	oldValue: RowValue | null;
	newValue: RowValue | null;
}

/**
 * For each change that brought an item back to the content of an earlier version (not the one
 * just before it), the id of that earlier change. This is how a restore reads in the history;
 * typing the old text back by hand reads the same, as it has the same effect.
 * `entries` are one item's changes, oldest first.
 */
export function returnsToEarlier(table: ItemTable, entries: readonly VersionEntry[]): Map<number, number> {
	const found = new Map<number, number>();
	const states: { id: number; state: string | null }[] = [];
	for (const entry of entries) {
		const state = entry.operation === 'delete' ? null : restorableState(table, entry.newValue);
		const previous = states[states.length - 1];
		if (entry.operation === 'update' && state !== null && previous && previous.state !== state) {
			for (let i = states.length - 2; i >= 0; i--) {
				if (states[i].state === state) {
					found.set(entry.id, states[i].id);
					break;
				}
			}
		}
		states.push({ id: entry.id, state });
	}
	return found;
}
