/**
 * `verksam demo --scale` as a child process on an embedded database in a temporary directory:
 * the small preset loads with its progress on standard error, a wrong size or seed is bad usage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(root, 'bin', 'verksam.js');

describe('verksam demo --scale', { timeout: 300_000 }, () => {
	let dir: string;
	const verksam = (...args: string[]) =>
		spawnSync(process.execPath, [bin, ...args], {
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, VERKSAM_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '', VERKSAM_ROOT: undefined }
		});
	beforeAll(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'verksam-scale-'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('refuses a size it does not know and a seed that is not a whole number, with exit 2', () => {
		const size = verksam('demo', '--scale', 'village');
		expect([size.status, size.stderr.split('\n')[0]]).toEqual([2, 'Storleken village finns inte; välj --scale town eller city.']);
		const seed = verksam('demo', '--scale', 'town', '--seed', 'tre');
		expect([seed.status, seed.stderr.split('\n')[0]]).toEqual([2, 'Skriv --seed som ett heltal.']);
	});

	it('loads the town: 7 units with a plan for each of three years, the phases on standard error', () => {
		const loaded = verksam('demo', '--scale', 'town', '--seed', '3');
		expect(loaded.status).toBe(0);
		// Numbers grouped by thousands with a non-breaking space, as Swedish writes them ("5 124").
		expect(loaded.stdout).toMatch(/^Klart: 7 enheter, 21 verksamhetsplaner, [\d\u00a0]+ indikatorutfall, [\d\u00a0]+ budgetutfall, [\d\u00a0]+ rader på [\d,]+ s \(/);
		expect(loaded.stderr).toContain('Skapar Exempelstad med 2 nämnder och 7 enheter …');
		expect(loaded.stderr).toContain('2026: enheter 7 / 7');
		expect(loaded.stderr).toMatch(/^Klart: [\d\u00a0]+ rader, varav [\d\u00a0]+ indikatorutfall och [\d\u00a0]+ budgetutfall, på [\d,]+ s \(/m);
	});
});
