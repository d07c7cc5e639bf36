import { describe, expect, it } from 'vitest';
import { unitCascade, type CascadeNode } from './unit-cascade';

// Municipality 1 → committee 2 → units 3 and 4.
const g = (id: number, parentId: number | null, organisationId: number, number: string | null, position = 0) => ({
	id,
	parentId,
	organisationId,
	number,
	position
});
const goals = [
	g(10, null, 1, '1'),
	g(11, 10, 1, '1.1'),
	g(12, 10, 1, '1.2'),
	g(20, null, 1, '2'),
	g(21, 20, 1, '2.1'),
	g(110, 11, 2, '1.1.1'), // for unit 3 only
	g(111, 11, 2, '1.1.2'), // no choice: all units
	g(210, 21, 2, '2.1.1'), // for unit 4 only
	g(300, 110, 3, null, 1),
	g(301, 110, 3, null, 0),
	g(400, 210, 4, null)
];
const applicability = new Map([
	[110, [3]],
	[210, [4]]
]);
const ids = (nodes: CascadeNode<{ id: number }>[]): unknown[] =>
	nodes.map((n) => (n.children.length ? [n.goal.id, ids(n.children)] : n.goal.id));

describe('a unit plan holds the branches the unit works with', () => {
	it('includes chosen and unrestricted committee goals, the unit goals in order, and their ancestors', () => {
		const tree = unitCascade(goals, { unitId: 3, ancestorIds: [2, 1], applicability });
		expect(ids(tree)).toEqual([[10, [[11, [[110, [301, 300]], 111]]]]]);
	});
	it('leaves out council goals without a branch for the unit and other units goals', () => {
		const tree = unitCascade(goals, { unitId: 4, ancestorIds: [2, 1], applicability });
		expect(ids(tree)).toEqual([[10, [[11, [111]]]], [20, [[21, [[210, [400]]]]]]]);
	});
});
