/**
 * What a backup needs to know about the database, read from PostgreSQL's own catalog (not from
 * the Drizzle schema) so that a table added by a later migration is backed up without anyone
 * remembering to list it.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';

export interface CatalogTable {
	name: string;
	/** Columns that hold data (generated columns are left out: PostgreSQL computes them). */
	columns: { name: string; type: string }[];
	primaryKey: string[];
	/** The column that points at another row of the same table (organisations.parent_id), if any. */
	selfReference: { column: string; references: string } | null;
	/** Serial and identity columns with their sequences, set past the restored ids. */
	sequences: { column: string; sequence: string }[];
}

/** Server-side state that is not restored: a restore signs everyone out (see README). */
export const tablesLeftOut = ['sessions'] as const;

/** The tables of the public schema, parents before the tables that refer to them. */
export async function readCatalog(db: DbOrTx): Promise<CatalogTable[]> {
	const columns = await executeRows<{ table: string; column: string; type: string }>(
		db,
		sql`select c.relname as "table", a.attname as "column", format_type(a.atttypid, a.atttypmod) as "type"
			from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
			order by c.relname, a.attnum`
	);
	const keys = await executeRows<{ table: string; column: string }>(
		db,
		sql`select c.relname as "table", a.attname as "column"
			from pg_constraint con join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
			cross join lateral unnest(con.conkey) with ordinality as k(attnum, position)
			join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
			where n.nspname = 'public' and con.contype = 'p'
			order by c.relname, k.position`
	);
	const foreignKeys = await executeRows<{ table: string; references: string; column: string; referencedColumn: string; width: number }>(
		db,
		sql`select c.relname as "table", r.relname as "references",
				(select attname from pg_attribute where attrelid = con.conrelid and attnum = con.conkey[1]) as "column",
				(select attname from pg_attribute where attrelid = con.confrelid and attnum = con.confkey[1]) as "referencedColumn",
				cardinality(con.conkey) as "width"
			from pg_constraint con join pg_class c on c.oid = con.conrelid join pg_class r on r.oid = con.confrelid
			join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = 'public' and con.contype = 'f'
			order by c.relname, con.conname`
	);
	const sequences = await executeRows<{ table: string; column: string; sequence: string }>(
		db,
		sql`select c.relname as "table", a.attname as "column", pg_get_serial_sequence(format('public.%I', c.relname), a.attname) as "sequence"
			from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
				and pg_get_serial_sequence(format('public.%I', c.relname), a.attname) is not null`
	);

	const tables = new Map<string, CatalogTable>();
	for (const { table, column, type } of columns) {
		let entry = tables.get(table);
		if (!entry) tables.set(table, (entry = { name: table, columns: [], primaryKey: [], selfReference: null, sequences: [] }));
		entry.columns.push({ name: column, type });
	}
	for (const { table, column } of keys) tables.get(table)?.primaryKey.push(column);
	for (const { table, column, sequence } of sequences) tables.get(table)?.sequences.push({ column, sequence });
	const parents = new Map<string, Set<string>>([...tables.keys()].map((name) => [name, new Set<string>()]));
	for (const fk of foreignKeys) {
		if (fk.table !== fk.references) {
			parents.get(fk.table)?.add(fk.references);
			continue;
		}
		const table = tables.get(fk.table)!;
		// Rows are written parents first (see backupDatabase); that needs one single-column reference.
		if (table.selfReference || Number(fk.width) !== 1) throw new Error(`The backup cannot order the rows of ${fk.table}: more than one reference to itself.`);
		table.selfReference = { column: fk.column, references: fk.referencedColumn };
	}
	for (const table of tables.values()) {
		if (!table.primaryKey.length) throw new Error(`The backup needs a primary key on ${table.name}.`);
	}
	return orderParentsFirst(tables, parents);
}

function orderParentsFirst(tables: Map<string, CatalogTable>, parents: Map<string, Set<string>>): CatalogTable[] {
	const ordered: CatalogTable[] = [];
	const state = new Map<string, 'visiting' | 'done'>();
	const visit = (name: string) => {
		if (state.get(name) === 'done') return;
		if (state.get(name) === 'visiting') throw new Error(`The tables refer to each other in a circle through ${name}.`);
		state.set(name, 'visiting');
		for (const parent of [...parents.get(name)!].sort()) visit(parent);
		state.set(name, 'done');
		ordered.push(tables.get(name)!);
	};
	for (const name of [...tables.keys()].sort()) visit(name);
	return ordered;
}

/** How far the database's structure has come: drizzle's record of the migrations it ran. */
export async function readMigrationLevel(db: DbOrTx): Promise<{ count: number; latest: string }> {
	const [row] = await executeRows<{ count: number; latest: string | null }>(
		db,
		sql`select count(*)::int as "count", max(created_at)::text as "latest" from drizzle.__drizzle_migrations`
	);
	return { count: Number(row.count), latest: row.latest ?? '0' };
}
