#!/usr/bin/env node
// Verksam's command line: `verksam serve | migrate | demo | export | import-json` (verksam --help).
// The server code is TypeScript; tsx runs it directly, so the CLI needs no build step.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env.VERKSAM_ROOT = root;
// Our own tsconfig extends SvelteKit's generated one, which a fresh checkout does not have yet.
register({ tsconfig: false });
await import(pathToFileURL(path.join(root, 'src', 'cli', 'main.ts')).href);
