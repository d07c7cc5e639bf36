import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { asc, desc, eq, getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { createTestDatabase, testDrivers, type TestDriver } from '../db/test-database';
import type { Database, Db } from '../db/client';
import * as schema from '../db/schema';
import { changeLog, goals, municipalitySettings, sessions, users } from '../db/schema';
import { loadDemo } from '../demo/load-demo';
import { createTestUser } from '../testing/account-factories';
import { readTableContents } from '../testing/table-contents';
import { backupDatabase } from './backup-database';
import { restoreDatabase } from './restore-database';

/** The demo city, plus what the demo does not have: a new user, an edit by them in the history, a session, awkward values. */
async function fillSource(db: Db): Promise<{ userId: number; goalId: number }> {
	await loadDemo(db);
	const user = await createTestUser(db, 'revisor');
	const [goal] = await db.select().from(goals).orderBy(asc(goals.id)).limit(1);
	await db.transaction(async (tx) => {
		await tx.execute(sql`select set_config('verksam.actor', ${String(user.id)}, true)`);
		await tx.update(goals).set({ title: 'Ny titel med ”citat”, \\ och\nen andra rad – åäö' }).where(eq(goals.id, goal.id));
		// A float with no short decimal form, and a time with microseconds in another zone.
		await tx.update(municipalitySettings).set({ partlyBand: 0.1 + 0.2 });
		await tx.execute(sql`update users set last_sign_in_at = '2026-03-01 12:34:56.123456+01' where id = ${user.id}`);
	});
	await db.insert(sessions).values({ id: 'abc123', userId: user.id, expiresAt: new Date('2030-01-01T00:00:00Z') });
	return { userId: user.id, goalId: goal.id };
}

const schemaTables = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, PgTable)).map((t) => getTableName(t));

async function expectSameContents(restored: Db, original: Db): Promise<void> {
	const before = await readTableContents(original);
	const after = await readTableContents(restored);
	expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
	for (const table of Object.keys(before)) {
		// Sessions are left out on purpose: a restore signs everyone out.
		expect({ table, rows: after[table] }).toEqual({ table, rows: table === 'sessions' ? [] : before[table] });
	}
}

async function isEmpty(db: Db): Promise<boolean> {
	const contents = await readTableContents(db);
	return Object.values(contents).every((rows) => rows.length === 0);
}

describe.each(testDrivers)('backup and restore (%s)', { timeout: 120_000 }, (driver) => {
	let source: Database;
	let dir: string;
	let file: string;
	let added: { userId: number; goalId: number };
	const fresh: Database[] = [];
	const freshDatabase = async () => {
		const database = await createTestDatabase(driver);
		fresh.push(database);
		return database;
	};

	beforeAll(async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'verksam-backup-'));
		file = path.join(dir, 'verksam.backup.gz');
		source = await createTestDatabase(driver);
		added = await fillSource(source.db);
	});
	afterAll(async () => {
		for (const database of [source, ...fresh]) await database?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('backs up every table of the schema except sessions, with its row count', async () => {
		const progress: string[] = [];
		const summary = await backupDatabase(source.db, { file, onProgress: (line) => progress.push(line) });
		expect(summary.tables.map((t) => t.name).sort()).toEqual(schemaTables.filter((t) => t !== 'sessions').sort());
		// Parents first: an organisation before its plans, a plan before its sections.
		const order = summary.tables.map((t) => t.name);
		expect(order.indexOf('organisations')).toBeLessThan(order.indexOf('plans'));
		expect(order.indexOf('plans')).toBeLessThan(order.indexOf('plan_sections'));
		expect(order.indexOf('users')).toBeLessThan(order.indexOf('role_grants'));
		const [{ n: userCount }] = await source.db.select({ n: sql<number>`count(*)::int` }).from(users);
		expect(summary.tables.find((t) => t.name === 'users')?.rows).toBe(userCount);
		expect(progress).toContain(`users: ${userCount} rader`);
		expect(summary.bytes).toBeGreaterThan(0);
		expect(existsSync(`${file}.partial`)).toBe(false);
	});

	it('restores into an empty database exactly what was backed up, history included, and new rows get new ids', async () => {
		const target = await freshDatabase();
		const result = await restoreDatabase(target.db, { file });
		expect(result.ok).toBe(true);
		await expectSameContents(target.db, source.db);

		// The edit is in the history as it was made (by revisor), and the restore itself wrote none.
		const edits = await target.db.select().from(changeLog).where(eq(changeLog.tableName, 'goals')).orderBy(desc(changeLog.id)).limit(1);
		expect([edits[0].userId, edits[0].rowKey, edits[0].operation]).toEqual([added.userId, String(added.goalId), 'update']);

		// Sequences: the next user gets the id after revisor's (the last one), and the history triggers work again.
		const [{ n: logRows }] = await target.db.select({ n: sql<number>`count(*)::int` }).from(changeLog);
		const next = await createTestUser(target.db, 'ny-efter-aterlasning');
		expect(next.id).toBe(added.userId + 1);
		const [{ n: logRowsAfter }] = await target.db.select({ n: sql<number>`count(*)::int` }).from(changeLog);
		expect(logRowsAfter).toBe(logRows + 1);
	});

	it('refuses a database that holds data, and empties it first with force', async () => {
		const target = await freshDatabase();
		await createTestUser(target.db, 'finns-redan');
		const refusal = await restoreDatabase(target.db, { file });
		expect(refusal).toEqual({
			ok: false,
			errors: {
				database:
					'Databasen är inte tom (change_log, users har rader). Läs in säkerhetskopian i en ny databas, eller använd --force för att tömma den först.'
			}
		});
		const forced = await restoreDatabase(target.db, { file, force: true });
		expect(forced.ok).toBe(true);
		await expectSameContents(target.db, source.db);
	});

	it('refuses a file that is not a backup, of another version or from a newer Verksam, and writes nothing', async () => {
		const target = await freshDatabase();
		const [headerLine, ...rest] = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
		const header = JSON.parse(headerLine);
		const write = (name: string, bytes: Buffer | string) => {
			writeFileSync(path.join(dir, name), bytes);
			return path.join(dir, name);
		};
		const withHeader = (changed: object) => gzipSync([JSON.stringify({ ...header, ...changed }), ...rest].join('\n'));

		expect(await restoreDatabase(target.db, { file: write('text.txt', 'hej') })).toEqual({
			ok: false,
			errors: { file: `Filen ${path.join(dir, 'text.txt')} är ingen säkerhetskopia från Verksam.` }
		});
		const plan = write('plan.json.gz', gzipSync(JSON.stringify({ format: 'verksam-plan/1', plans: [] })));
		expect(await restoreDatabase(target.db, { file: plan })).toEqual({ ok: false, errors: { file: `Filen ${plan} är ingen säkerhetskopia från Verksam.` } });
		const missing = path.join(dir, 'finns-inte.gz');
		expect(await restoreDatabase(target.db, { file: missing })).toEqual({ ok: false, errors: { file: `Filen ${missing} finns inte.` } });
		expect(await restoreDatabase(target.db, { file: write('v2.gz', withHeader({ version: 2 })) })).toEqual({
			ok: false,
			errors: { file: 'Säkerhetskopian har formatversion 2; den här versionen av Verksam läser version 1.' }
		});
		const newer = withHeader({ migrations: { count: header.migrations.count + 1, latest: String(Number(header.migrations.latest) + 1) } });
		expect(await restoreDatabase(target.db, { file: write('newer.gz', newer) })).toEqual({
			ok: false,
			errors: {
				file: `Säkerhetskopian kommer från en nyare version av Verksam (databasstruktur ${header.migrations.count + 1}, den här databasen har ${header.migrations.count}). Uppdatera Verksam först.`
			}
		});
		expect(await isEmpty(target.db)).toBe(true);
	});

	it('refuses a truncated file, cut in the compressed bytes or between lines, and writes nothing', async () => {
		const target = await freshDatabase();
		const bytes = readFileSync(file);
		const cut = path.join(dir, 'cut.gz');
		writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
		expect(await restoreDatabase(target.db, { file: cut })).toEqual({
			ok: false,
			errors: { file: `Säkerhetskopian ${cut} är ofullständig eller skadad; ingenting lästes in.` }
		});
		const lines = gunzipSync(bytes).toString('utf8').split('\n');
		const short = path.join(dir, 'short.gz');
		// Without its last rows and the end marker: every line left is whole.
		writeFileSync(short, gzipSync(lines.slice(0, -5).join('\n')));
		expect(await restoreDatabase(target.db, { file: short })).toEqual({
			ok: false,
			errors: { file: `Säkerhetskopian ${short} är ofullständig eller skadad; ingenting lästes in.` }
		});
		expect(await isEmpty(target.db)).toBe(true);
	});
});

describe('backup and restore across drivers', { timeout: 180_000 }, () => {
	const opened: Database[] = [];
	let dir: string;
	const open = async (driver: TestDriver) => {
		const database = await createTestDatabase(driver);
		opened.push(database);
		return database;
	};
	beforeAll(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'verksam-backup-cross-'));
	});
	afterAll(async () => {
		for (const database of opened) await database.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('moves a database from PGlite to PostgreSQL and back without a difference', async () => {
		const original = await open('pglite');
		await fillSource(original.db);
		const postgres = await open('postgres');
		await backupDatabase(original.db, { file: path.join(dir, 'from-pglite.gz') });
		expect((await restoreDatabase(postgres.db, { file: path.join(dir, 'from-pglite.gz') })).ok).toBe(true);
		await expectSameContents(postgres.db, original.db);

		const back = await open('pglite');
		await backupDatabase(postgres.db, { file: path.join(dir, 'from-postgres.gz') });
		expect((await restoreDatabase(back.db, { file: path.join(dir, 'from-postgres.gz') })).ok).toBe(true);
		await expectSameContents(back.db, original.db);
	});
});
