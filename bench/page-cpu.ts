/**
 * CPU time per request of a page (not a test; it prints figures), which a shared machine disturbs
 * less than requests per second: starts the built server on BENCH_DATABASE_URL, signs in as admin,
 * sends BENCH_REQUESTS requests (BENCH_CONNECTIONS at a time) to each page and reads the CPU time
 * used by the server's processes and by the PostgreSQL backends serving its connections (Linux:
 * /proc and `ss`).
 *   npx vite build && BENCH_DATABASE_URL=postgres://… npx tsx bench/page-cpu.ts [page …]
 * BENCH_ENTRY: another build's index.js, to compare two builds on the same machine state.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { signInAsDemo, startBuiltServer } from './support/built-server';

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL is required');
const requests = Number(process.env.BENCH_REQUESTS ?? 300);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const pages = process.argv.slice(2).length
	? process.argv.slice(2)
	: ['/org/familjeenheten/2026', '/org/norrvikens-stadsdelsnamnd/2026/uppfoljning/matris'];
const ticksPerSecond = 100; // USER_HZ of /proc/<pid>/stat

function children(pid: number): number[] {
	try {
		return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
	} catch {
		return [];
	}
}

const tree = (pid: number): number[] => [pid, ...children(pid).flatMap(tree)];

/** User + system CPU ms of the processes. */
function cpuMs(pids: number[]): number {
	let total = 0;
	for (const pid of pids) {
		try {
			const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
			total += ((Number(fields[11]) + Number(fields[12])) / ticksPerSecond) * 1000;
		} catch {
			/* gone */
		}
	}
	return total;
}

/** The PostgreSQL backends whose clients are the given processes (matched by TCP port). */
function backendsOf(pids: number[]): number[] {
	const lines = execFileSync('ss', ['-tnpH'], { encoding: 'utf8' }).split('\n');
	const pidOf = (line: string) => Number(/pid=(\d+)/.exec(line)?.[1]);
	const ports = new Set(lines.filter((l) => pids.includes(pidOf(l))).map((l) => l.trim().split(/\s+/)[3]));
	return lines.filter((l) => l.includes('"postgres"') && ports.has(l.trim().split(/\s+/)[4])).map(pidOf);
}

const server = await startBuiltServer({ DATABASE_URL: url }, process.env.BENCH_ENTRY);
try {
	const cookie = await signInAsDemo(server.base, 'admin');
	for (const page of pages) {
		const hit = async () => {
			const response = await fetch(server.base + page, { headers: { cookie } });
			await response.text();
			if (!response.ok) throw new Error(`${page}: HTTP ${response.status}`);
		};
		const run = async (count: number) => {
			let left = count;
			await Promise.all(Array.from({ length: connections }, async () => {
				while (left-- > 0) await hit();
			}));
		};
		await run(Math.max(40, connections * 4)); // warm up, and open the pool's connections
		const serverPids = tree(server.pid);
		const backends = backendsOf(serverPids);
		const serverBefore = cpuMs(serverPids);
		const databaseBefore = cpuMs(backends);
		const started = performance.now();
		await run(requests);
		const wall = performance.now() - started;
		const serverCpu = (cpuMs(serverPids) - serverBefore) / requests;
		const databaseCpu = (cpuMs(backends) - databaseBefore) / requests;
		console.log(
			`${page}: server ${serverCpu.toFixed(1)} + database ${databaseCpu.toFixed(1)} ms CPU/request (${backends.length} backends), ${((requests / wall) * 1000).toFixed(0)} req/s wall`
		);
	}
} finally {
	await server.stop();
}
