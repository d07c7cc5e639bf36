import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/** Column types whose JSON form is not the value drizzle maps them to (a date comes back a string). */
const notInJson = new Set(['PgTimestamp', 'PgTimestampString', 'PgDate', 'PgDateString', 'PgNumeric', 'PgBigInt64']);

/**
 * A row of `table` as a JSON object keyed like drizzle's row (`json_build_object('goalModelId', …)`),
 * so a query can bring a few rows of another table along in one column (`json_agg`) instead of
 * a second round trip. Only for tables whose columns read back the same from JSON.
 */
export function jsonObjectOf<T extends PgTable>(table: T): SQL<T['$inferSelect']> {
	const columns = Object.entries(getTableColumns(table));
	for (const [key, column] of columns) {
		if (notInJson.has(column.columnType)) throw new Error(`jsonObjectOf: ${key} (${column.columnType}) does not read back from JSON`);
	}
	return sql`json_build_object(${sql.join(
		columns.map(([key, column]) => sql`${sql.raw(`'${key}'`)}, ${column}`),
		sql`, `
	)})`;
}
