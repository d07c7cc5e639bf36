import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import { toHistoryEntry, type HistoryEntry } from './history-entry';

export interface AuditLogQuery {
	/** The organisation whose log is read: it and everything below it. */
	organisationId: number;
	/** First and last day of the period (ISO dates), inclusive, as days in Stockholm. */
	from: string;
	to: string;
	/** Page size; null for all (the export). */
	limit: number | null;
	offset?: number;
	/** Oldest first (the export, a record to read in order) or newest first (the page). */
	order?: 'oldest' | 'newest';
}

export type AuditLogEntry = HistoryEntry & { organisationName: string | null; indicatorName: string | null };

export interface AuditLog {
	entries: AuditLogEntry[];
	total: number;
}

/**
 * Every recorded change in a period for an organisation and all below it. For a
 * municipality (the root) that is the whole municipality, including changes that belong to no
 * organisation (user accounts).
 */
export async function listAuditLog(db: DbOrTx, query: AuditLogQuery): Promise<AuditLog> {
	const rows = await executeRows<Record<string, unknown>>(
		db,
		sql`with recursive subtree(id) as (
				select id from organisations where id = ${query.organisationId}
				union all
				select o.id from organisations o join subtree s on o.parent_id = s.id
			),
			root as (select parent_id is null as is_root from organisations where id = ${query.organisationId})
			select c.id, c.at, c.user_id, u.display_name as user_name, c.table_name, c.row_key, c.organisation_id,
				c.operation, c.old_value, c.new_value, o.name as organisation_name, count(*) over () as total,
				(case when c.table_name = 'indicator_targets' then
					(select i.name from indicators i where i.id = (coalesce(c.new_value, c.old_value)->>'indicator_id')::integer) end) as indicator_name
			from change_log c
				left join users u on u.id = c.user_id
				left join organisations o on o.id = c.organisation_id
			where c.at >= (${query.from}::date)::timestamp at time zone 'Europe/Stockholm'
				and c.at < ((${query.to}::date + 1)::timestamp at time zone 'Europe/Stockholm')
				and (c.organisation_id in (select id from subtree)
					or (c.organisation_id is null and (select is_root from root)))
			order by c.id ${query.order === 'newest' ? sql`desc` : sql`asc`}
			limit ${query.limit ?? null} offset ${query.offset ?? 0}`
	);
	return {
		entries: rows.map((r) => ({
			...toHistoryEntry(r),
			organisationName: (r.organisation_name as string | null) ?? null,
			indicatorName: (r.indicator_name as string | null) ?? null
		})),
		total: rows.length ? Number(rows[0].total) : 0
	};
}
