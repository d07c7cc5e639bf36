/**
 * Page speed benchmark (not a test): starts the built server on a fresh PGlite database with the
 * demo city, then requests each main page sequentially and prints server round-trip times.
 *   npx vite build && npx tsx bench/pages.ts [rounds]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { signInAsDemo, startBuiltServer } from './support/built-server';

const rounds = Number(process.argv[2] ?? 50);
const pages: string[] = [
	'/',
	'/org/familjeenheten',
	'/org/familjeenheten/2026',
	'/org/familjeenheten/2026/dokument',
	'/org/exempelstad/2026/ramverk',
	'/org/norrvikens-stadsdelsnamnd/2026/ramverk',
	'/org/norrvikens-stadsdelsnamnd/2026/uppfoljning',
	'/org/norrvikens-stadsdelsnamnd/2026/uppfoljning/matris',
	'/org/exempelstad/2026/uppfoljning',
	'/org/familjeenheten/2026/rapport/t1',
	'/org/familjeenheten/2026/rapport/t1/dokument',
	'/org/familjeenheten/2025/rapport/vb',
	'/org/familjeenheten/2025/rapport/vb/dokument',
	'/org/familjeenheten/2026/prognos',
	'/sok?q=barn',
	'/indikator/1',
	'/mal/5'
];

const dataDir = mkdtempSync(path.join(tmpdir(), 'verksam-bench-'));
const server = await startBuiltServer({ VERKSAM_DATA_DIR: dataDir, DATABASE_URL: '' });
const base = server.base;
try {
	// Pages need a signed-in user: the committee's editor reads everything the benchmark visits.
	const cookie = await signInAsDemo(base, 'redaktor');
	const headers = { cookie };
	// An indicator's trend page: the first indicator the committee's roll-up links to.
	const rollup = await (await fetch(base + '/org/norrvikens-stadsdelsnamnd/2026/uppfoljning', { headers })).text();
	const trend = /href="(\/org\/norrvikens-stadsdelsnamnd\/2026\/uppfoljning\/indikator\/\d+)[^"]*"/.exec(rollup)?.[1];
	if (trend) pages.push(trend);
	console.log(`Server ready (PGlite, demo loaded) after ${server.readyAfterMs} ms; ${rounds} requests per page, signed in as redaktor\n`);
	console.log('page'.padEnd(48), 'bytes'.padStart(8), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'max ms'.padStart(8));
	for (const page of pages) {
		await fetch(base + page, { headers }).then((r) => r.text()); // warm-up
		const times: number[] = [];
		let bytes = 0;
		for (let i = 0; i < rounds; i++) {
			const t = performance.now();
			const response = await fetch(base + page, { headers, redirect: 'manual' });
			bytes = (await response.text()).length;
			times.push(performance.now() - t);
			if (!response.ok) throw new Error(`${page}: HTTP ${response.status}`);
		}
		times.sort((a, b) => a - b);
		const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
		console.log(page.padEnd(48), String(bytes).padStart(8), at(0.5).padStart(8), at(0.95).padStart(8), at(1).padStart(8));
	}
} finally {
	await server.stop();
	rmSync(dataDir, { recursive: true, force: true });
}
