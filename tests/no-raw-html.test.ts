import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every text a user writes is shown escaped: Svelte escapes everything except {@html}, and the
 * DOM's HTML setters bypass it too. None of them may appear anywhere under src. (This file lives
 * outside src so that it does not find itself.)
 */
const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');
const forbidden = [/\{@html/, /\.innerHTML\s*=/, /\.outerHTML\s*=/, /insertAdjacentHTML/];

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((entry) => {
		const full = path.join(dir, entry);
		return statSync(full).isDirectory() ? files(full) : [full];
	});
}

describe('source', () => {
	it('never renders raw HTML', () => {
		const all = files(src);
		expect(all.some((f) => f.endsWith('.svelte'))).toBe(true);
		const found = all.flatMap((file) =>
			readFileSync(file, 'utf8')
				.split('\n')
				.flatMap((line, i) => (forbidden.some((re) => re.test(line)) ? [`${path.relative(src, file)}:${i + 1}: ${line.trim()}`] : []))
		);
		expect(found).toEqual([]);
	});
});
