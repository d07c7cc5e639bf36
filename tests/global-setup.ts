/**
 * Starts a throw-away PostgreSQL cluster for the test run (unless TEST_DATABASE_URL is set),
 * so the data layer is tested against a real server as well as PGlite.
 * Uses Debian's postgresql package; .ci/run installs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import net from 'node:net';

function findPgBin(): string {
	const base = '/usr/lib/postgresql';
	if (existsSync(base)) {
		const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
		for (const v of versions) {
			const bin = path.join(base, v, 'bin');
			if (existsSync(path.join(bin, 'initdb'))) return bin;
		}
	}
	throw new Error(
		'PostgreSQL was not found (/usr/lib/postgresql/*/bin/initdb). Install it (apt-get install postgresql) or set TEST_DATABASE_URL.'
	);
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
		});
	});
}

export default async function setup() {
	if (process.env.TEST_DATABASE_URL) return;
	const bin = findPgBin();
	const dir = mkdtempSync(path.join(tmpdir(), 'verksam-pg-'));
	chmodSync(dir, 0o777);
	const dataDir = path.join(dir, 'data');
	const port = await freePort();
	// initdb refuses to run as root; run the server as the postgres user then.
	const asRoot = process.getuid?.() === 0;
	const run = (cmd: string, args: string[]) => {
		const full = asRoot ? ['-u', 'postgres', '--', path.join(bin, cmd), ...args] : args;
		const result = asRoot
			? spawnSync('runuser', full, { encoding: 'utf8' })
			: spawnSync(path.join(bin, cmd), full, { encoding: 'utf8' });
		if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout}`);
	};
	run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
	run('pg_ctl', [
		'-D',
		dataDir,
		'-o',
		`-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
		'-l',
		path.join(dir, 'log'),
		'-w',
		'start'
	]);
	process.env.TEST_DATABASE_URL = `postgres://postgres@127.0.0.1:${port}/postgres`;
	return () => {
		try {
			run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
