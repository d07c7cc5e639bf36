/**
 * Vitest globalSetup (vite.config.ts): builds the app once per test run, before the end-to-end
 * tests, when the run includes any test under tests/e2e/. globalSetup runs once in the main
 * process, so the build is made once however many e2e files there are.
 * VERKSAM_E2E_SKIP_BUILD=1 skips the build (quick local iteration on an existing build/).
 *
 * A failed build does not stop the other tests: the error is handed to the e2e tests
 * (inject('e2eBuildError')), whose startServer() fails with it.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp } from './build';
import { repoRoot } from './paths';

declare module 'vitest' {
	export interface ProvidedContext {
		e2eBuildError: string | null;
	}
}

const e2eDir = path.join(repoRoot, 'tests', 'e2e') + path.sep;

async function runIncludesE2e(project: TestProject): Promise<boolean> {
	try {
		// filenamePattern (the CLI's file filters) is not public API; without it, assume e2e runs.
		const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
		const specs = await project.vitest.getRelevantTestSpecifications(filters);
		return specs.some((spec) => spec.moduleId.startsWith(e2eDir));
	} catch {
		return true;
	}
}

export default async function setup(project: TestProject) {
	project.provide('e2eBuildError', null);
	if (process.env.VERKSAM_E2E_SKIP_BUILD === '1') return;
	if (!(await runIncludesE2e(project))) return;
	const started = Date.now();
	const error = await buildApp();
	project.provide('e2eBuildError', error);
	if (error) console.error('[e2e] vite build failed: the end-to-end tests will fail with its output.');
	else console.log(`[e2e] vite build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
