/**
 * Watching a running server's data from a test, on either database: whether a request changed any
 * data table (each table's row count and sum of `xmin`: any committed insert, update or delete
 * changes it). PostgreSQL is simply queried. PGlite is one process's alone, so the test reads a
 * copy of its data directory, taken between requests (the server is idle then, and PGlite has
 * written its WAL at each commit, so the copy opens as after a crash); a copy is made only when
 * the WAL changed, and opened only when two marks must be compared and their WAL differs.
 */
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import postgres from 'postgres';
import { PGlite } from '@electric-sql/pglite';
import { makeTempDir } from './temp-dirs';
import type { ServerOptions } from './server';

/** The data as it was at one moment (opaque: compare two with `same`). */
export interface DataMark {
	readonly key: string;
}

export interface DataWatch {
	readonly name: string;
	/** Options for startServer: the database watched. */
	readonly serverOptions: ServerOptions;
	/** A query on the data as it is now (only between requests). */
	query<T>(text: string): Promise<T[]>;
	/** A mark of the data as it is now (only between requests). */
	mark(): Promise<DataMark>;
	/** Whether no data table changed between two marks. */
	same(a: DataMark, b: DataMark): Promise<boolean>;
	close(): Promise<void>;
}

/** Sessions and sign-in attempts change on every sign-in and sign-out; they are not data a form stores. */
const notData = /session|sign_in|login|attempt|drizzle/;

async function fingerprintQuery(query: <T>(text: string) => Promise<T[]>): Promise<{ sql: string; tables: string[] }> {
	const rows = await query<{ table_name: string }>(
		`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`
	);
	const tables = rows.map((r) => r.table_name).filter((name) => !notData.test(name));
	const sql = tables.map((t) => `select '${t}' as t, count(*)::text as n, coalesce(sum(xmin::text::bigint), 0)::text as x from "${t}"`).join(' union all ');
	return { sql, tables };
}

const describeRows = (rows: { t: string; n: string; x: string }[]) => rows.map((r) => `${r.t}:${r.n}:${r.x}`).join(' ');

/** A fresh database on the test run's PostgreSQL server (TEST_DATABASE_URL), dropped at the end. */
export async function postgresWatch(): Promise<DataWatch> {
	const adminUrl = process.env.TEST_DATABASE_URL!;
	const databaseName = `verksam_fuzz_${randomBytes(4).toString('hex')}`;
	const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${databaseName}`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${databaseName}`;
	const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
	const query = <T>(text: string) => sql.unsafe(text) as unknown as Promise<T[]>;
	let fingerprint: string | null = null;
	return {
		name: 'PostgreSQL',
		serverOptions: { databaseUrl: url.toString() },
		query,
		async mark() {
			fingerprint ??= (await fingerprintQuery(query)).sql;
			return { key: describeRows(await query(fingerprint)) };
		},
		same: async (a, b) => a.key === b.key,
		async close() {
			await sql.end();
			const dropper = postgres(adminUrl, { max: 1, onnotice: () => {} });
			await dropper.unsafe(`drop database if exists ${databaseName} with (force)`);
			await dropper.end();
		}
	};
}

interface Snapshot extends DataMark {
	dir: string;
	fingerprint?: string;
}

/** A PGlite data directory of the test's own, for the server; read through copies. */
export function pgliteWatch(): DataWatch {
	const dataDir = makeTempDir('fuzz-data');
	const copies = makeTempDir('fuzz-copies');
	/** The newest copies (a mark refers to one); older ones are removed. */
	const kept: Snapshot[] = [];
	let opened: { dir: string; db: PGlite } | null = null;
	let fingerprint: string | null = null;

	/** The WAL files' names, sizes and modification times: unchanged while nothing was committed. */
	const walStamp = () => {
		const wal = path.join(dataDir, 'pg_wal');
		return readdirSync(wal)
			.map((name) => ({ name, stat: statSync(path.join(wal, name), { bigint: true }) }))
			.filter(({ stat }) => stat.isFile())
			.map(({ name, stat }) => `${name}:${stat.size}:${stat.mtimeNs}`)
			.join(' ');
	};

	const snapshot = (): Snapshot => {
		const key = walStamp();
		const newest = kept.at(-1);
		if (newest?.key === key) return newest;
		const dir = path.join(copies, String(kept.length + Date.now()));
		cpSync(dataDir, dir, { recursive: true });
		rmSync(path.join(dir, 'postmaster.pid'), { force: true });
		kept.push({ key, dir });
		while (kept.length > 4) {
			const old = kept.shift()!;
			if (opened?.dir !== old.dir) rmSync(old.dir, { recursive: true, force: true });
		}
		return kept.at(-1)!;
	};

	const queryOn = async <T>(snap: Snapshot, text: string): Promise<T[]> => {
		if (opened?.dir !== snap.dir) {
			// PGlite would make a new, empty database in a directory that is gone.
			if (!existsSync(snap.dir)) throw new Error(`The copy ${snap.dir} is no longer kept: compare newer marks.`);
			const previous = opened;
			opened = null;
			if (previous) {
				await previous.db.close();
				if (!kept.some((s) => s.dir === previous.dir)) rmSync(previous.dir, { recursive: true, force: true });
			}
			opened = { dir: snap.dir, db: await PGlite.create(snap.dir) };
		}
		return (await opened.db.query<T>(text)).rows;
	};

	const fingerprintOf = async (snap: Snapshot): Promise<string> => {
		fingerprint ??= (await fingerprintQuery((text) => queryOn(snap, text))).sql;
		snap.fingerprint ??= describeRows(await queryOn(snap, fingerprint));
		return snap.fingerprint;
	};

	return {
		name: 'PGlite',
		serverOptions: { dataDir },
		query: (text) => queryOn(snapshot(), text),
		mark: async () => snapshot(),
		async same(a, b) {
			if (a.key === b.key) return true;
			return (await fingerprintOf(a as Snapshot)) === (await fingerprintOf(b as Snapshot));
		},
		async close() {
			await opened?.db.close();
			rmSync(copies, { recursive: true, force: true });
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
