import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { actionName, routePolicies } from './route-policies';

/** Every route directory with a server file, as SvelteKit names it ("/org/[slug]/[year]"). */
function routeIds(dir = 'src/routes', id = ''): { id: string; dir: string }[] {
	const found: { id: string; dir: string }[] = [];
	const entries = readdirSync(dir);
	if (entries.some((e) => /^\+(page\.server|server)\.ts$/.test(e))) found.push({ id: id || '/', dir });
	for (const entry of entries) {
		const full = path.join(dir, entry);
		if (statSync(full).isDirectory()) found.push(...routeIds(full, `${id}/${entry}`));
	}
	return found;
}

describe('route policies', () => {
	it('name a requirement for every route that has server code', () => {
		const missing = routeIds()
			.map((r) => r.id)
			.filter((id) => !routePolicies[id]);
		expect(missing).toEqual([]);
	});

	it('name a requirement for every form action of every page', async () => {
		const modules = import.meta.glob('/src/routes/**/+page.server.ts');
		const missing: string[] = [];
		for (const [file, load] of Object.entries(modules)) {
			const id = file.replace('/src/routes', '').replace('/+page.server.ts', '') || '/';
			const actions = ((await load()) as { actions?: Record<string, unknown> }).actions ?? {};
			for (const name of Object.keys(actions)) {
				if (!routePolicies[id]?.actions?.[name]) missing.push(`${id} ?/${name}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('let a document be downloaded by whoever may read its page', () => {
		const downloads = Object.keys(routePolicies).filter((id) => id.endsWith('/[format=docformat]'));
		expect(downloads.sort()).toEqual([
			'/org/[slug]/[year]/dokument/[format=docformat]',
			'/org/[slug]/[year]/faststalld/[id]/[format=docformat]',
			'/org/[slug]/[year]/rapport/[period=period]/dokument/[format=docformat]'
		]);
		for (const id of downloads) {
			const page = id.replace('/[format=docformat]', '');
			expect([id, routePolicies[id]]).toEqual([id, routePolicies[page]]);
		}
		// The document pages' own requirements: a published fastställd plan is readable without a role.
		expect(routePolicies['/org/[slug]/[year]/dokument'].view).toBe('readDocument');
		expect(routePolicies['/org/[slug]/[year]/faststalld/[id]'].view).toBe('readDecision');
	});

	it('read the action name from the URL the form posts to', () => {
		expect(actionName('?/saveGoal')).toBe('saveGoal');
		expect(actionName('?/moveBudgetRow&direction=up')).toBe('moveBudgetRow');
		expect(actionName('')).toBe('default');
		// SvelteKit runs the first parameter that starts with "/", wherever it stands and however it is written.
		expect(actionName('?x=1&/deleteGoal')).toBe('deleteGoal');
		expect(actionName('?%2FdeleteGoal')).toBe('deleteGoal');
		expect(actionName('?direction=up')).toBe('default');
	});
});
