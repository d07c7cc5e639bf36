/** Test support: the real `verksam` command as a child process, its exit code and output. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(projectDirectory, 'bin', 'verksam.js');

export interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

export function runVerksam(args: string[], env: NodeJS.ProcessEnv, command = process.execPath, prefix = [bin]): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, [...prefix, ...args], { cwd: projectDirectory, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}
