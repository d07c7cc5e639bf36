import { getTableColumns, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client';
import { executeRows } from './execute-rows';
import { parameterChunks } from './parameter-chunks';
import type { VersionedTable } from './save-versioned';

export interface VersionedUpdate {
	id: number;
	/** The version the save started from: the row is written only if it is still at it. */
	version: number;
	/** By the table's property names (as drizzle's `set`); every row names the same columns. */
	values: Record<string, unknown>;
}

/**
 * saveVersioned's update for many rows at once: one `update … from (values …)` per chunk of rows,
 * each row written only if it still has the version its save named (`and version = v.version`),
 * its version raised by one and updated_at set. Returns the ids written: a row missing from them
 * was changed or deleted by someone else since it was read, and the caller decides what that
 * means (saveOutcomes undoes everything). The history triggers run per row as for any update.
 */
export async function updateVersionedRows(db: DbOrTx, table: VersionedTable, rows: readonly VersionedUpdate[], updatedAt: Date): Promise<Set<number>> {
	const written = new Set<number>();
	if (rows.length === 0) return written;
	const all = getTableColumns(table) as Record<string, PgColumn>;
	const keys = Object.keys(rows[0].values);
	const columns = keys.map((key) => {
		const column = all[key];
		if (!column) throw new Error(`${key} is not a column of the table`);
		return column;
	});
	const name = (column: PgColumn) => sql.identifier(column.name);
	// A serial id is an integer once stored.
	const type = (column: PgColumn) => column.getSQLType().replace(/^(small|big)?serial$/, (_, size: string | undefined) => (size ? `${size}int` : 'integer'));
	const typed = (value: unknown, column: PgColumn) => sql`${sql.param(value, column)}::${sql.raw(type(column))}`;
	// Typed parameters: a values list's columns take their type from its rows, not from the table.
	for (const chunk of parameterChunks(rows, keys.length + 2)) {
		const values = chunk.map(
			(row) => sql`(${typed(row.id, table.id)}, ${typed(row.version, table.version)}, ${sql.join(
				columns.map((column, i) => typed(row.values[keys[i]], column)),
				sql`, `
			)})`
		);
		const updated = await executeRows<{ id: number }>(
			db,
			sql`update ${table} as t
				set ${sql.join(columns.map((column) => sql`${name(column)} = v.${name(column)}`), sql`, `)},
					${name(table.version)} = t.${name(table.version)} + 1,
					${name(table.updatedAt)} = ${typed(updatedAt, table.updatedAt)}
				from (values ${sql.join(values, sql`, `)}) as v(row_id, row_version, ${sql.join(columns.map(name), sql`, `)})
				where t.${name(table.id)} = v.row_id and t.${name(table.version)} = v.row_version
				returning t.${name(table.id)} as id`
		);
		for (const row of updated) written.add(Number(row.id));
	}
	return written;
}
