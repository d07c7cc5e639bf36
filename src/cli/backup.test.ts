/**
 * `verksam backup` and `verksam restore` as child processes on embedded databases in a
 * temporary directory: the demo out of one data directory and into another, unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../lib/server/db/client';
import { readTableContents } from '../lib/server/testing/table-contents';
import { runVerksam } from './run-verksam';

describe('verksam backup and restore', { timeout: 300_000 }, () => {
	let dir: string;
	const file = (name: string) => path.join(dir, name);
	const inDataDir = (name: string): NodeJS.ProcessEnv => {
		const env: NodeJS.ProcessEnv = { ...process.env, VERKSAM_DATA_DIR: file(name), DATABASE_URL: '' };
		delete env.VERKSAM_ROOT;
		return env;
	};
	const contents = async (name: string) => {
		const database = await openDatabase({ dataDir: file(name) });
		try {
			return await readTableContents(database.db);
		} finally {
			await database.close();
		}
	};

	beforeAll(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'verksam-cli-backup-'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('needs a file name', async () => {
		const backup = await runVerksam(['backup'], inDataDir('a'));
		expect([backup.code, backup.stderr.split('\n')[0]]).toEqual([2, 'Ange filen att skriva: verksam backup FIL']);
		const restore = await runVerksam(['restore'], inDataDir('a'));
		expect([restore.code, restore.stderr.split('\n')[0]]).toEqual([2, 'Ange säkerhetskopian: verksam restore FIL [--force]']);
	});

	it('backs up the demo and restores it into an empty data directory unchanged; refuses a full one without --force', async () => {
		expect((await runVerksam(['demo'], inDataDir('source'))).code).toBe(0);
		const backup = await runVerksam(['backup', file('exempelstad.backup.gz')], inDataDir('source'));
		expect(backup.code).toBe(0);
		// Progress, table by table, on standard error; the summary on standard out.
		expect(backup.stderr).toMatch(/^organisations: \d+ rader$/m);
		expect(backup.stderr).toMatch(/^change_log: [\d\u00a0]+ rader$/m);
		expect(backup.stdout).toMatch(/^Skrev säkerhetskopian .*exempelstad\.backup\.gz \(\d+ tabeller, [\d\u00a0]+ rader, [\d,]+ MB\) på [\d,]+ s\.\n$/);

		const restore = await runVerksam(['restore', file('exempelstad.backup.gz')], inDataDir('target'));
		expect([restore.code, restore.stderr.match(/^plans: \d+ rader$/m) !== null]).toEqual([0, true]);
		expect(restore.stdout).toMatch(/^Läste in säkerhetskopian .* \(PGlite i .*target\)\.\n$/);
		expect(await contents('target')).toEqual(await contents('source'));

		const again = await runVerksam(['restore', file('exempelstad.backup.gz')], inDataDir('target'));
		expect(again.code).toBe(1);
		expect(again.stderr).toMatch(/^Databasen är inte tom \(.*\)\. Läs in säkerhetskopian i en ny databas, eller använd --force för att tömma den först\.\n$/);
		const forced = await runVerksam(['restore', file('exempelstad.backup.gz'), '--force'], inDataDir('target'));
		expect(forced.code).toBe(0);
		expect(await contents('target')).toEqual(await contents('source'));
	});

	it('refuses a file that is not a backup with one clear line', async () => {
		writeFileSync(file('anteckning.txt'), 'inte en säkerhetskopia');
		const result = await runVerksam(['restore', file('anteckning.txt')], inDataDir('empty'));
		expect([result.code, result.stderr]).toEqual([1, `Filen ${file('anteckning.txt')} är ingen säkerhetskopia från Verksam.\n`]);
	});
});
