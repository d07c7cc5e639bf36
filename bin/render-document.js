#!/usr/bin/env node
// Renders one document apart from the server (src/lib/server/documents/render-apart.ts): a large
// compilation's layout is one long synchronous stretch needing hundreds of MB, which the server's
// process should neither wait for nor keep. Reads {format, model} as JSON on stdin, writes the file
// to stdout. tsx runs the TypeScript renderers directly, as for the CLI.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
register({ tsconfig: false });
await import(pathToFileURL(path.join(root, 'src', 'lib', 'server', 'documents', 'render-apart-child.ts')).href);
