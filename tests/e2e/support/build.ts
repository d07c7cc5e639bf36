/** Builds the app (npx vite build → build/, adapter-node) for the end-to-end tests. */
import { spawn } from 'node:child_process';
import { repoRoot } from './paths';

// Rolldown colours its errors even with NO_COLOR.
const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** Resolves with null on success, or the failure with the build's output. */
export function buildApp(): Promise<string | null> {
	// Vitest's own variables (NODE_ENV=test, VITEST...) must not leak into a production build.
	const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0' };
	for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
	return new Promise((resolve) => {
		const child = spawn('npx', ['vite', 'build'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		const collect = (chunk: Buffer) => {
			output = (output + chunk.toString('utf8')).slice(-20_000);
		};
		child.stdout.on('data', collect);
		child.stderr.on('data', collect);
		child.once('error', (error) => resolve(`npx vite build could not start: ${error}`));
		child.once('close', (code, signal) =>
			resolve(code === 0 ? null : `npx vite build failed (${code ?? signal}):\n${stripAnsi(output)}`)
		);
	});
}
