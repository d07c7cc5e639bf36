import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import { formatNumber } from '../../domain/format/number';
import { readCatalog, readMigrationLevel, tablesLeftOut, type CatalogTable } from './database-catalog';
import { BACKUP_FORMAT, BACKUP_VERSION, END_MARKER, tableMarker, type BackupHeader } from './backup-file';

export interface BackupSummary {
	tables: { name: string; rows: number }[];
	bytes: number;
}

/** Rows fetched from the cursor at a time: the whole database is never in memory. */
const BATCH_ROWS = 2000;

/**
 * Writes every table (except sessions) to a Verksam backup file (backup-file.ts) from one
 * consistent snapshot. The file appears only when it is complete: it is written beside its name
 * and renamed at the end.
 */
export async function backupDatabase(db: Db, options: { file: string; onProgress?: (line: string) => void }): Promise<BackupSummary> {
	const progress = options.onProgress ?? (() => {});
	const partial = `${options.file}.partial`;
	try {
		const tables = await db.transaction(async (tx) => {
			// One snapshot for every table: rows written while the backup runs are all in or all out.
			await tx.execute(sql`set transaction isolation level repeatable read, read only`);
			const catalog = (await readCatalog(tx)).filter((t) => !(tablesLeftOut as readonly string[]).includes(t.name));
			const counted: { table: CatalogTable; rows: number }[] = [];
			for (const table of catalog) {
				const [{ n }] = await executeRows<{ n: number }>(tx, sql`select count(*)::int as n from ${sql.identifier(table.name)}`);
				counted.push({ table, rows: Number(n) });
			}
			const header: BackupHeader = {
				format: BACKUP_FORMAT,
				version: BACKUP_VERSION,
				createdAt: new Date().toISOString(),
				migrations: await readMigrationLevel(tx),
				tables: counted.map(({ table, rows }) => ({ name: table.name, columns: table.columns, rows }))
			};
			async function* lines(): AsyncGenerator<string> {
				yield `${JSON.stringify(header)}\n`;
				for (const { table, rows } of counted) {
					yield `${tableMarker(table.name)}\n`;
					let written = 0;
					for await (const batch of rowBatches(tx, table)) {
						written += batch.length;
						yield batch.join('\n') + '\n';
					}
					// The snapshot cannot change under us; a difference means a row was left out (a cycle of references).
					if (written !== rows) throw new Error(`The backup wrote ${written} of ${rows} rows of ${table.name}.`);
					progress(`${table.name}: ${formatNumber(rows, 0)} rader`);
				}
				yield `${END_MARKER}\n`;
			}
			await pipeline(Readable.from(lines()), createGzip(), createWriteStream(partial));
			return counted.map(({ table, rows }) => ({ name: table.name, rows }));
		});
		await rename(partial, options.file);
		return { tables, bytes: (await stat(options.file)).size };
	} catch (error) {
		await rm(partial, { force: true });
		throw error;
	}
}

/** A table's rows as JSON text, parents before children when the table refers to itself. */
async function* rowBatches(tx: DbOrTx, table: CatalogTable): AsyncGenerator<string[]> {
	const name = sql.identifier(table.name);
	const columns = sql.join(
		table.columns.map((c) => sql.identifier(c.name)),
		sql`, `
	);
	const primaryKey = sql.join(
		table.primaryKey.map((c) => sql`r.${sql.identifier(c)}`),
		sql`, `
	);
	// The derived table r holds the stored columns only (not generated ones), named as in the table.
	const rows = sql`(select ${columns} from ${name}) r`;
	let query: SQL;
	if (table.selfReference) {
		const child = sql.identifier(table.selfReference.column);
		const key = sql.identifier(table.selfReference.references);
		query = sql`with recursive depth(key, depth) as (
				select ${key}, 0 from ${name} where ${child} is null
				union all
				select c.${key}, d.depth + 1 from ${name} c join depth d on c.${child} = d.key
			)
			select row_to_json(r)::text as line from ${rows} join depth d on d.key = r.${key} order by d.depth, ${primaryKey}`;
	} else {
		query = sql`select row_to_json(r)::text as line from ${rows} order by ${primaryKey}`;
	}
	const cursor = sql.identifier(`backup_${table.name}`);
	await tx.execute(sql`declare ${cursor} no scroll cursor for ${query}`);
	for (;;) {
		const fetched = await executeRows<{ line: string }>(tx, sql`fetch ${sql.raw(String(BATCH_ROWS))} from ${cursor}`);
		if (!fetched.length) break;
		yield fetched.map((r) => r.line);
	}
	await tx.execute(sql`close ${cursor}`);
}
