/**
 * Accessibility check with axe-core: no violation of impact serious or critical (WCAG 2.1 A/AA)
 * on any page an end-to-end test visits.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

const require = createRequire(import.meta.url);
let axeSource: string | null = null;

function source(): string {
	axeSource ??= readFileSync(path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');
	return axeSource;
}

type AxeWindow = { axe?: { run: (context: Document, options: object) => Promise<AxeResults> } };

export type AxeViolation = Pick<AxeResults['violations'][number], 'id' | 'impact' | 'help' | 'helpUrl'> & {
	targets: string[];
};

/** Runs axe on the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
	const present = await page.evaluate(() => typeof (window as unknown as AxeWindow).axe !== 'undefined');
	if (!present) await page.addScriptTag({ content: source() });
	const violations = await page.evaluate(async () => {
		const results = await (window as unknown as AxeWindow).axe!.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
		});
		return results.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			helpUrl: v.helpUrl,
			targets: v.nodes.map((n) => n.target.map(String).join(' '))
		}));
	});
	return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Throws with a readable list if the page has a serious or critical accessibility violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
	const violations = await seriousViolations(page);
	if (violations.length === 0) return;
	const lines = violations.map((v) => {
		const more = v.targets.length > 3 ? ` (+${v.targets.length - 3} more)` : '';
		return `- ${v.id} [${v.impact}]: ${v.help}\n    ${v.targets.slice(0, 3).join('\n    ')}${more}\n    ${v.helpUrl}`;
	});
	throw new Error(`Accessibility violations on ${label} (${page.url()}):\n${lines.join('\n')}`);
}
