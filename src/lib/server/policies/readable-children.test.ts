import { describe, expect, it } from 'vitest';
import { readableChildIds } from './readable-children';

// Municipality 1 → committee 2 → units 3 and 4.
const units = [
	{ id: 3, kind: 'unit' as const },
	{ id: 4, kind: 'unit' as const }
];
const target = { organisationId: 2, slug: 'norra', kind: 'committee' as const, path: [1, 2], publicApprovedPlans: false, planStatus: null };
const user = (organisationId: number, path: number[], role: 'reviewer' | 'editor') =>
	({ id: 7, username: 'u', displayName: 'U', grants: [{ organisationId, path, role }] }) as unknown as NonNullable<App.Locals['user']>;

describe('readableChildIds', () => {
	it("gives the committee's reviewer every unit, a unit's editor only its own", () => {
		expect(readableChildIds(units, { user: user(2, [1, 2], 'reviewer'), target })).toEqual(new Set([3, 4]));
		expect(readableChildIds(units, { user: user(3, [1, 2, 3], 'editor'), target })).toEqual(new Set([3]));
		expect(readableChildIds(units, { user: null, target })).toEqual(new Set());
	});
});
