/**
 * Import benchmark (not a test): the time to parse every seed plan from plain text into
 * verksam-plan/1, per file and in total (target: all of them in under 1 s).
 *   npm run bench:import [directory] [runs]
 * The directory defaults to the seeds in the repository (src/lib/domain/import/seeds); the
 * median of the runs is shown (the first run also pays for warming up).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parsePlanText } from '../src/lib/domain/import/parse-plan-text';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] ?? path.join(root, 'src', 'lib', 'domain', 'import', 'seeds'));
const runs = Number(process.argv[3] ?? 20);

const files = readdirSync(dir)
	.filter((name) => name.endsWith('.txt'))
	.sort()
	.map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const totals: number[] = [];
const perFile = new Map<string, number[]>();
for (let run = 0; run < runs; run++) {
	let total = 0;
	for (const { name, text } of files) {
		const start = performance.now();
		parsePlanText(text);
		const ms = performance.now() - start;
		total += ms;
		perFile.set(name, [...(perFile.get(name) ?? []), ms]);
	}
	totals.push(total);
}
for (const { name, text } of files) {
	const { file, warnings } = parsePlanText(text);
	console.log(`${name}: ${median(perFile.get(name) ?? []).toFixed(2)} ms (${text.split('\n').length} rader, ${file.plans.length} planer, ${warnings.length} varningar)`);
}
console.log(`Alla ${files.length} filer: ${median(totals).toFixed(2)} ms (median av ${runs} körningar; första körningen ${totals[0].toFixed(2)} ms)`);
