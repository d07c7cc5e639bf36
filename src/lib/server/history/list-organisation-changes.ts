import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import { itemTables } from '../../domain/history/tables';
import { changeYear } from './change-year';
import { toHistoryEntry, type HistoryEntry } from './history-entry';

export interface OrganisationChanges {
	entries: (HistoryEntry & { indicatorName: string | null })[];
	total: number;
}

/**
 * The changes to one organisation's items for one year, newest first: its goals, texts, indicators,
 * targets, activities, budget and attachments (the tables with a history page). The rule: a change
 * counts when it was recorded for the organisation (change_log.organisation_id) and the item belongs
 * to the year, by its own year (goals, plans) or its plan's, goal's or indicator's.
 */
export async function listOrganisationChanges(
	db: DbOrTx,
	query: { organisationId: number; year: number; limit?: number; offset?: number }
): Promise<OrganisationChanges> {
	const tables = sql.join(
		itemTables.map((t) => sql`${t}`),
		sql`, `
	);
	const rows = await executeRows<Record<string, unknown>>(
		db,
		sql`with changes as (
				select c.*, ${changeYear('c')} as year from change_log c
				where c.organisation_id = ${query.organisationId} and c.table_name in (${tables})
			)
			select c.id, c.at, c.user_id, u.display_name as user_name, c.table_name, c.row_key, c.organisation_id,
				c.operation, c.old_value, c.new_value, count(*) over () as total,
				(case when c.table_name = 'indicator_targets' then
					(select i.name from indicators i where i.id = (coalesce(c.new_value, c.old_value)->>'indicator_id')::integer) end) as indicator_name
			from changes c left join users u on u.id = c.user_id
			where c.year = ${query.year}
			order by c.id desc
			limit ${query.limit ?? 100} offset ${query.offset ?? 0}`
	);
	return {
		entries: rows.map((r) => ({ ...toHistoryEntry(r), indicatorName: (r.indicator_name as string | null) ?? null })),
		total: rows.length ? Number(rows[0].total) : 0
	};
}
