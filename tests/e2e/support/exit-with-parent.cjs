// Preloaded into the e2e server (node -r): stops the server when the test process that started
// it is gone (a crashed or killed Vitest worker), so no server outlives its test run.
// SIGTERM lets adapter-node shut down cleanly (the database is closed).
const parent = process.ppid;
setInterval(() => {
	let alive = process.ppid === parent;
	if (alive) {
		try {
			process.kill(parent, 0);
		} catch {
			alive = false;
		}
	}
	if (!alive) process.kill(process.pid, 'SIGTERM');
}, 500).unref();
