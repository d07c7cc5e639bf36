import type { ChangeOperation } from '../db/schema';
import type { RecordedChange } from '../../domain/history/change-view';

/** One change_log row as the history pages and the audit log read it: the domain's change, and whose item it is. */
export interface HistoryEntry extends RecordedChange {
	organisationId: number | null;
}

/** A raw row (snake_case, driver types) → HistoryEntry. */
export function toHistoryEntry(row: Record<string, unknown>): HistoryEntry {
	const json = (v: unknown) => (v === null || v === undefined ? null : typeof v === 'string' ? JSON.parse(v) : v) as Record<string, unknown> | null;
	return {
		id: Number(row.id),
		at: row.at instanceof Date ? row.at : new Date(String(row.at)),
		userId: row.user_id === null || row.user_id === undefined ? null : Number(row.user_id),
		userName: (row.user_name as string | null) ?? null,
		tableName: String(row.table_name),
		rowKey: String(row.row_key),
		organisationId: row.organisation_id === null || row.organisation_id === undefined ? null : Number(row.organisation_id),
		operation: row.operation as ChangeOperation,
		oldValue: json(row.old_value),
		newValue: json(row.new_value)
	};
}
