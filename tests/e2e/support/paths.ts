import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root (tests/e2e/support → ../../..). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
