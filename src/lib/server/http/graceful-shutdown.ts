/**
 * Stopping the server on SIGTERM/SIGINT under load. adapter-node stops accepting connections and
 * emits 'sveltekit:shutdown' once every connection has closed; but a request whose client went
 * away may still be running then, and closing the database under it failed it (logged as a
 * database outage) and could leave the process hanging: postgres.js serves queries that were
 * queued when `end()` was called by opening new connections, which nothing then closes. So:
 * answers carry `Connection: close` from the signal on (keep-alive clients leave after their
 * current answer), a request that starts after it is answered 503, the database is closed only
 * once no request is running, and the process exits 0 — within a bounded time whatever happens.
 */

/** From the signal: how long running requests get before the database is closed anyway. */
export const SHUTDOWN_GRACE_MS = 8_000;
/** After the grace: how long closing the database may take before the process exits regardless. */
const CLOSE_DEADLINE_MS = 5_000;

let shuttingDown = false;
let running = 0;
let idle: (() => void) | null = null;

export function isShuttingDown(): boolean {
	return shuttingDown;
}

/** Runs a request's handling, counted, so the shutdown waits for it. */
export async function trackRequest<T>(work: () => Promise<T>): Promise<T> {
	running++;
	try {
		return await work();
	} finally {
		running--;
		if (running === 0) idle?.();
	}
}

function requestsDone(): Promise<void> {
	return running === 0 ? Promise.resolve() : new Promise((resolve) => (idle = resolve));
}

const within = (ms: number, work: Promise<unknown>) =>
	Promise.race([work.catch(() => {}), new Promise((resolve) => setTimeout(resolve, ms).unref())]);

/**
 * Installs the shutdown: on the first SIGTERM or SIGINT requests are turned away as above; once
 * adapter-node has closed its connections and the running requests are done (at once if none
 * runs), or the grace is over, `closeDatabase` runs and the process exits with code 0.
 */
export function installGracefulShutdown(closeDatabase: () => Promise<void>): void {
	let finishing = false;
	const finish = async () => {
		if (finishing) return;
		finishing = true;
		await within(CLOSE_DEADLINE_MS, closeDatabase());
		process.exit(0);
	};
	const begin = () => {
		if (shuttingDown) return;
		shuttingDown = true;
		// Nothing running: nothing to wait for (and `vite dev`, which never emits 'sveltekit:shutdown', stops at once).
		if (running === 0) return void finish();
		setTimeout(() => void finish(), SHUTDOWN_GRACE_MS).unref();
	};
	process.once('SIGTERM', begin);
	process.once('SIGINT', begin);
	// adapter-node emits this after the HTTP server has closed (after SIGTERM/SIGINT).
	process.once('sveltekit:shutdown' as never, () => {
		begin();
		void requestsDone().then(finish);
	});
}
