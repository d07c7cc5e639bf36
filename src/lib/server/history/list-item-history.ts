import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import { NotFoundError } from '../result';
import type { ItemTable } from '../../domain/history/tables';
import { changeYear } from './change-year';
import { toHistoryEntry, type HistoryEntry } from './history-entry';

export interface ItemHistoryQuery {
	/** The organisation whose page asks: only changes recorded for it are shown. */
	organisationId: number;
	/** The plan's or framework's year the item must belong to. */
	year: number;
	table: ItemTable;
	rowKey: string;
	order?: 'oldest' | 'newest';
}

/**
 * Every recorded change of one item, with who made it. An item that has no change recorded for
 * the organisation, or that belongs to another year, does not exist here (a tampered URL → 404).
 */
export async function listItemHistory(db: DbOrTx, query: ItemHistoryQuery): Promise<HistoryEntry[]> {
	const rows = await executeRows<Record<string, unknown>>(
		db,
		sql`select c.id, c.at, c.user_id, u.display_name as user_name, c.table_name, c.row_key, c.organisation_id,
				c.operation, c.old_value, c.new_value, ${changeYear('c')} as year
			from change_log c left join users u on u.id = c.user_id
			where c.table_name = ${query.table} and c.row_key = ${query.rowKey} and c.organisation_id = ${query.organisationId}
			order by c.id`
	);
	// The item's year is what its latest version says (a goal's year never changes; its parents' neither).
	const latest = rows[rows.length - 1];
	if (!latest || Number(latest.year) !== query.year) throw new NotFoundError('Posten');
	const entries = rows.map(toHistoryEntry);
	return query.order === 'newest' ? entries.reverse() : entries;
}
