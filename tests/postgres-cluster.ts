/**
 * A throw-away PostgreSQL cluster in a temporary directory on a free loopback port, made with
 * Debian's postgresql package (initdb, pg_ctl): the test run's shared server (global-setup.ts)
 * and the fault tests' own servers, which they stop and start.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

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

export interface PostgresCluster {
	port: number;
	/** postgres://postgres[:password]@127.0.0.1:PORT/DATABASE */
	url(database?: string): string;
	/** pg_ctl start, returning once the server accepts connections. */
	start(): void;
	/** pg_ctl stop -m fast (open sessions are ended), returning once the server is down. */
	stop(): void;
	/** Stops the server (immediately) and removes its directory. */
	destroy(): void;
}

export interface ClusterOptions {
	/** The postgres user's password (scram-sha-256); without it, every connection is trusted. */
	password?: string;
	/** fsync=off: faster, for a run whose server process is never killed. */
	fast?: boolean;
	/** More server settings (`name=value`), e.g. autovacuum=off where a test needs no write it did not make. */
	settings?: string[];
}

export async function startPostgresCluster(options: ClusterOptions = {}): Promise<PostgresCluster> {
	const bin = findPgBin();
	const dir = mkdtempSync(path.join(tmpdir(), 'verksam-pg-'));
	chmodSync(dir, 0o777);
	const dataDir = path.join(dir, 'data');
	const port = await freePort();
	// initdb refuses to run as root; run the server as the postgres user then.
	const asRoot = process.getuid?.() === 0;
	const run = (cmd: string, args: string[]) => {
		const result = asRoot
			? spawnSync('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args], { encoding: 'utf8' })
			: spawnSync(path.join(bin, cmd), args, { encoding: 'utf8' });
		if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout}`);
	};
	const auth = ['--auth=trust'];
	if (options.password !== undefined) {
		const pwfile = path.join(dir, 'pwfile');
		writeFileSync(pwfile, `${options.password}\n`, { mode: 0o644 });
		auth.splice(0, 1, '--auth=scram-sha-256', `--pwfile=${pwfile}`);
	}
	run('initdb', ['-D', dataDir, '-U', 'postgres', ...auth, '-E', 'UTF8', '--locale=C.UTF-8']);
	const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200${options.fast ? ' -c fsync=off' : ''}${(options.settings ?? []).map((s) => ` -c ${s}`).join('')}`;
	const start = () => run('pg_ctl', ['-D', dataDir, '-o', settings, '-l', path.join(dir, 'log'), '-w', 'start']);
	start();
	const credentials = options.password !== undefined ? `postgres:${encodeURIComponent(options.password)}` : 'postgres';
	return {
		port,
		url: (database = 'postgres') => `postgres://${credentials}@127.0.0.1:${port}/${database}`,
		start,
		stop: () => run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']),
		destroy: () => {
			try {
				if (existsSync(path.join(dataDir, 'postmaster.pid'))) run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}
