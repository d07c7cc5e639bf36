/**
 * Which part of the goal cascade a unit's plan contains: its own goals, the committee goals
 * that apply to it, and every goal above those (so the plan reads on its own). Council goals
 * appear only as ancestors: a plan holds just the branches the unit works with.
 */

export interface CascadeGoalInput {
	id: number;
	parentId: number | null;
	organisationId: number;
	position: number;
	number: string | null;
}

export interface CascadeNode<T> {
	goal: T;
	children: CascadeNode<T>[];
}

export interface UnitContext {
	unitId: number;
	/** The unit's ancestors, nearest first, the municipality last. */
	ancestorIds: number[];
	/** goal id → organisations it was chosen for; a goal without rows applies to every unit below its owner. */
	applicability: Map<number, number[]>;
}

import { compareGoalNumbers } from './numbering';

export function goalAppliesToUnit(goal: CascadeGoalInput, context: UnitContext): boolean {
	if (goal.organisationId === context.unitId) return true;
	const owners = context.ancestorIds;
	const ownerIndex = owners.indexOf(goal.organisationId);
	// Council (the root) goals are included only as ancestors of something the unit works with.
	if (ownerIndex < 0 || ownerIndex === owners.length - 1) return false;
	const chosen = context.applicability.get(goal.id);
	if (!chosen || chosen.length === 0) return true;
	return chosen.includes(context.unitId) || chosen.some((id) => owners.includes(id));
}

export function siblingOrder(a: CascadeGoalInput, b: CascadeGoalInput): number {
	return a.position - b.position || compareGoalNumbers(a.number, b.number) || a.id - b.id;
}

/** Builds the unit's cascade as a tree, in order: position, then number, then creation. */
export function unitCascade<T extends CascadeGoalInput>(goals: T[], context: UnitContext): CascadeNode<T>[] {
	const byId = new Map(goals.map((g) => [g.id, g]));
	const included = new Set<number>();
	for (const goal of goals) {
		if (!goalAppliesToUnit(goal, context)) continue;
		let current: T | undefined = goal;
		while (current && !included.has(current.id)) {
			included.add(current.id);
			current = current.parentId === null ? undefined : byId.get(current.parentId);
		}
	}
	return buildTree(goals.filter((g) => included.has(g.id)));
}

/** Any set of goals as a tree; goals whose parent is not in the set become roots. */
export function buildTree<T extends CascadeGoalInput>(goals: T[]): CascadeNode<T>[] {
	const nodes = new Map(goals.map((g) => [g.id, { goal: g, children: [] as CascadeNode<T>[] }]));
	const roots: CascadeNode<T>[] = [];
	for (const goal of [...goals].sort(siblingOrder)) {
		const node = nodes.get(goal.id)!;
		const parent = goal.parentId === null ? undefined : nodes.get(goal.parentId);
		(parent ? parent.children : roots).push(node);
	}
	return roots;
}
