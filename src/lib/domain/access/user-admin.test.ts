import { describe, expect, it } from 'vitest';
import { isLastAdminGrant, mayManageUser } from './user-admin';
import { readableTree } from './readable-tree';
import type { Actor, Grant } from './policy';
import type { OrganisationKind } from '../organisation/organisation';

// Tree: city 1 → committees 10, 20 → units 11, 12 (under 10) and 21 (under 20).
const grant = (path: number[], role: Grant['role']): Grant => ({ organisationId: path[path.length - 1], path, role });
const cityAdmin: Actor = { userId: 1, grants: [grant([1], 'admin')] };
const northAdmin: Actor = { userId: 2, grants: [grant([1, 10], 'admin')] };
const northEditor: Actor = { userId: 3, grants: [grant([1, 10], 'editor')] };

describe('mayManageUser', () => {
	it('lets an administrator act on people whose every role is inside their subtree', () => {
		expect(mayManageUser(northAdmin, [grant([1, 10, 11], 'editor'), grant([1, 10], 'reader')])).toBe(true);
		expect(mayManageUser(cityAdmin, [grant([1, 20, 21], 'editor'), grant([1, 10], 'admin')])).toBe(true);
	});

	it('refuses when any role lies outside, or above', () => {
		expect(mayManageUser(northAdmin, [grant([1, 10, 11], 'editor'), grant([1, 20, 21], 'editor')])).toBe(false);
		expect(mayManageUser(northAdmin, [grant([1], 'admin')])).toBe(false);
		expect(mayManageUser(northEditor, [grant([1, 10, 11], 'editor')])).toBe(false);
		expect(mayManageUser(null, [grant([1, 10, 11], 'editor')])).toBe(false);
	});

	it("leaves people without roles to a whole municipality's administrator", () => {
		expect(mayManageUser(cityAdmin, [])).toBe(true);
		expect(mayManageUser(northAdmin, [])).toBe(false);
	});
});

describe('isLastAdminGrant', () => {
	it('is true only for an administrator role with no other administrator role beside it', () => {
		expect(isLastAdminGrant([grant([1, 10], 'admin'), grant([1, 10], 'editor')], { organisationId: 10, role: 'admin' })).toBe(true);
		expect(isLastAdminGrant([grant([1, 10], 'admin'), grant([1, 10, 11], 'admin')], { organisationId: 10, role: 'admin' })).toBe(false);
		expect(isLastAdminGrant([grant([1, 10], 'admin'), grant([1, 10], 'editor')], { organisationId: 10, role: 'editor' })).toBe(false);
	});
});

describe('readableTree', () => {
	type Node = { id: number; kind: OrganisationKind; children: Node[] };
	const tree: Node[] = [
		{
			id: 1,
			kind: 'municipality',
			children: [
				{
					id: 10,
					kind: 'committee',
					children: [
						{ id: 11, kind: 'unit', children: [] },
						{ id: 12, kind: 'unit', children: [] }
					]
				},
				{ id: 20, kind: 'committee', children: [{ id: 21, kind: 'unit', children: [] }] }
			]
		}
	];
	const ids = (nodes: Node[]): unknown[] => nodes.map((n) => (n.children.length ? [n.id, ids(n.children)] : n.id));

	it("keeps a unit's line upwards and nothing beside it", () => {
		const unitEditor: Actor = { userId: 4, grants: [grant([1, 10, 11], 'editor')] };
		expect(ids(readableTree(tree, unitEditor))).toEqual([[1, [[10, [11]]]]]);
	});

	it('keeps everything below a committee role', () => {
		expect(ids(readableTree(tree, northEditor))).toEqual([[1, [[10, [11, 12]]]]]);
	});

	it('keeps nothing for someone without roles', () => {
		expect(readableTree(tree, { userId: 5, grants: [] })).toEqual([]);
		expect(readableTree(tree, null)).toEqual([]);
	});
});
