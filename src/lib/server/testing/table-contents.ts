import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { executeRows } from '../db/execute-rows';

/**
 * Every table of the public schema and its rows, ordered by primary key, each row as
 * PostgreSQL's JSON of it (times in UTC): two databases with equal contents give equal maps.
 */
export async function readTableContents(db: Db): Promise<Record<string, string[]>> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`set local timezone = 'UTC'`);
		const keys = await executeRows<{ table: string; column: string }>(
			tx,
			sql`select c.relname as "table", a.attname as "column"
				from pg_class c join pg_namespace n on n.oid = c.relnamespace
				left join pg_constraint con on con.conrelid = c.oid and con.contype = 'p'
				left join lateral unnest(con.conkey) with ordinality as k(attnum, position) on true
				left join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
				where n.nspname = 'public' and c.relkind = 'r'
				order by c.relname, k.position`
		);
		const contents: Record<string, string[]> = {};
		const tables = [...new Set(keys.map((k) => k.table))];
		for (const table of tables) {
			const columns = keys.filter((k) => k.table === table && k.column).map((k) => sql`t.${sql.identifier(k.column)}`);
			const order = columns.length ? sql`order by ${sql.join(columns, sql`, `)}` : sql`order by 1`;
			const rows = await executeRows<{ line: string }>(tx, sql`select row_to_json(t)::text as line from ${sql.identifier(table)} t ${order}`);
			contents[table] = rows.map((r) => r.line);
		}
		return contents;
	});
}
