import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 5173 },
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		// Database and browser tests share one embedded database directory each; keep files isolated.
		pool: 'forks',
		testTimeout: 30_000,
		hookTimeout: 120_000,
		globalSetup: ['tests/global-setup.ts', 'tests/e2e/support/build-setup.ts']
	}
});
