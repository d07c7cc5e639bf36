import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import { formatNumber } from '../../domain/format/number';
import { ok, refused, type Result } from '../result';
import { readCatalog, readMigrationLevel, type CatalogTable } from './database-catalog';
import { BACKUP_FORMAT, BACKUP_VERSION, END_MARKER, backupHeader, splitLines, tableMarker, type BackupHeader } from './backup-file';

export interface RestoreSummary {
	tables: { name: string; rows: number }[];
}

/** Rows per insert, and at most this much JSON text in one statement. */
const BATCH_ROWS = 2000;
const BATCH_CHARS = 4_000_000;

/** A problem with the file found while reading it: the transaction is undone and the user told. */
class BadFile extends Error {}

/**
 * Reads a Verksam backup (backup-file.ts) into an empty, migrated database in one transaction:
 * a broken file leaves the database as it was. The history is restored as it was written (the
 * history triggers are off while the rows go in), and every id sequence is set past the restored ids.
 * `force` empties a database that holds data first.
 */
export async function restoreDatabase(
	db: Db,
	options: { file: string; force?: boolean; onProgress?: (line: string) => void }
): Promise<Result<RestoreSummary>> {
	const progress = options.onProgress ?? (() => {});
	const { file } = options;
	const damaged = `Säkerhetskopian ${file} är ofullständig eller skadad; ingenting lästes in.`;
	// pipeline, not pipe: a missing file's error must reach the reader below.
	const input = pipeline(createReadStream(file), createGunzip(), () => {});
	input.setEncoding('utf8');
	const lines = splitLines(input);
	try {
		let header: BackupHeader;
		try {
			const first = await lines.next();
			const parsed = backupHeader.safeParse(first.done ? null : JSON.parse(first.value));
			if (!parsed.success) return refused({ file: `Filen ${file} är ingen säkerhetskopia från Verksam.` });
			header = parsed.data;
		} catch (error) {
			const code = (error as { code?: string }).code;
			if (code === 'ENOENT') return refused({ file: `Filen ${file} finns inte.` });
			return refused({ file: `Filen ${file} är ingen säkerhetskopia från Verksam.` });
		}
		if (header.version !== BACKUP_VERSION) {
			return refused({ file: `Säkerhetskopian har formatversion ${header.version}; den här versionen av Verksam läser version ${BACKUP_VERSION}.` });
		}
		const level = await readMigrationLevel(db);
		if (BigInt(header.migrations.latest) > BigInt(level.latest)) {
			return refused({
				file: `Säkerhetskopian kommer från en nyare version av Verksam (databasstruktur ${header.migrations.count}, den här databasen har ${level.count}). Uppdatera Verksam först.`
			});
		}
		const catalog = new Map((await readCatalog(db)).map((t) => [t.name, t]));
		for (const table of header.tables) {
			const target = catalog.get(table.name);
			const missing = target ? table.columns.filter((c) => !target.columns.some((t) => t.name === c.name)).map((c) => c.name) : [];
			if (!target || missing.length) {
				return refused({ file: `Säkerhetskopian har ${target ? `kolumnerna ${missing.join(', ')} i` : 'tabellen'} ${table.name}, som databasen saknar.` });
			}
		}

		return await db.transaction(async (tx) => {
			if (options.force) {
				const names = sql.join([...catalog.keys()].map((n) => sql.identifier(n)), sql`, `);
				await tx.execute(sql`truncate table ${names} restart identity cascade`);
			} else {
				const filled = await tablesWithRows(tx, [...catalog.keys()]);
				if (filled.length) {
					return refused({
						database: `Databasen är inte tom (${filled.join(', ')} har rader). Läs in säkerhetskopian i en ny databas, eller använd --force för att tömma den först.`
					});
				}
			}
			// Off until the end of the transaction: the history is restored as it was, not written anew.
			for (const name of catalog.keys()) await tx.execute(sql`alter table ${sql.identifier(name)} disable trigger user`);
			try {
				await insertRows(tx, header, lines, catalog, progress);
			} catch (error) {
				if (error instanceof BadFile || (error as { code?: string }).code?.startsWith('Z_')) throw new BadFile(damaged);
				throw error;
			}
			for (const name of catalog.keys()) await tx.execute(sql`alter table ${sql.identifier(name)} enable trigger user`);
			for (const table of catalog.values()) await setSequencesPastIds(tx, table);
			return ok({ tables: header.tables.map((t) => ({ name: t.name, rows: t.rows })) });
		});
	} catch (error) {
		if (error instanceof BadFile) return refused({ file: error.message });
		throw error;
	} finally {
		input.destroy();
	}
}

async function tablesWithRows(tx: DbOrTx, names: string[]): Promise<string[]> {
	const filled = [];
	for (const name of names) {
		const [{ any }] = await executeRows<{ any: boolean }>(tx, sql`select exists (select from ${sql.identifier(name)}) as "any"`);
		if (any) filled.push(name);
	}
	return filled;
}

/** Reads the file after its header: each table's rows, in batches, then the end marker. */
async function insertRows(
	tx: DbOrTx,
	header: BackupHeader,
	lines: AsyncGenerator<string>,
	catalog: Map<string, CatalogTable>,
	progress: (line: string) => void
): Promise<void> {
	for (const table of header.tables) {
		const marker = await lines.next();
		if (marker.done || marker.value !== tableMarker(table.name)) throw new BadFile();
		let batch: string[] = [];
		let chars = 0;
		let read = 0;
		const flush = async () => {
			if (!batch.length) return;
			await insertBatch(tx, table.name, table.columns.map((c) => c.name), batch);
			read += batch.length;
			batch = [];
			chars = 0;
		};
		while (read + batch.length < table.rows) {
			const line = await lines.next();
			if (line.done || !line.value.startsWith('{')) throw new BadFile();
			batch.push(line.value);
			chars += line.value.length;
			if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush();
		}
		await flush();
		if (!catalog.has(table.name)) throw new BadFile();
		progress(`${table.name}: ${formatNumber(table.rows, 0)} rader`);
	}
	const end = await lines.next();
	if (end.done || end.value !== END_MARKER) throw new BadFile();
	if (!(await lines.next()).done) throw new BadFile();
}

/** PostgreSQL turns the JSON back into the table's own types (json_populate_recordset). */
async function insertBatch(tx: DbOrTx, table: string, columns: string[], rows: string[]): Promise<void> {
	const name = sql.identifier(table);
	const list = sql.join(
		columns.map((c) => sql.identifier(c)),
		sql`, `
	);
	await tx.execute(
		sql`insert into ${name} (${list}) overriding system value select ${list} from json_populate_recordset(null::${name}, ${`[${rows.join(',')}]`}::json)`
	);
}

/** The next id a serial or identity column hands out comes after the restored ones. */
async function setSequencesPastIds(tx: DbOrTx, table: CatalogTable): Promise<void> {
	for (const { column, sequence } of table.sequences) {
		await tx.execute(
			sql`select setval(${sequence}::regclass, coalesce(max(${sql.identifier(column)}), 0) + 1, false) from ${sql.identifier(table.name)}`
		);
	}
}
