import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * A fresh temporary directory named after this process (verksam-e2e-KIND-PID-xxxxxx).
 * Directories left behind by test processes that are gone (a killed Vitest worker cannot clean
 * up) are removed first.
 */
export function makeTempDir(kind: string): string {
	const prefix = `verksam-e2e-${kind}-`;
	for (const name of readdirSync(tmpdir())) {
		if (!name.startsWith(prefix)) continue;
		const pid = Number(name.slice(prefix.length).split('-')[0]);
		if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !alive(pid)) {
			rmSync(path.join(tmpdir(), name), { recursive: true, force: true });
		}
	}
	return mkdtempSync(path.join(tmpdir(), `${prefix}${process.pid}-`));
}
