/**
 * The goals of a follow-up page in reading order (the cascade's tree, depth first), each with its
 * level and the area goal it falls under, so indicators can be grouped under their goals and the
 * pages filtered by area goal ("KF:s mål för verksamhetsområdet", the goal model's depth 1).
 */

import { buildTree, type CascadeGoalInput, type CascadeNode } from '../cascade/unit-cascade';

/** The depth of the goal model's area goals (Stockholm: KF:s mål för verksamhetsområdet). */
export const areaGoalDepth = 1;

export interface OutlineLevel {
	id: number;
	depth: number;
	name: string;
}

export interface OutlinedGoal<T> {
	goal: T;
	depth: number;
	levelName: string;
	/** The area goal the goal is or falls under; null above the area goals. */
	areaGoalId: number | null;
}

/** The goals in tree order (position, number, creation), with depth, level name and area goal. */
export function goalOutline<T extends CascadeGoalInput & { levelId: number }>(goals: readonly T[], levels: readonly OutlineLevel[]): OutlinedGoal<T>[] {
	const levelOf = new Map(levels.map((l) => [l.id, l]));
	const out: OutlinedGoal<T>[] = [];
	const visit = (nodes: CascadeNode<T>[], area: number | null) => {
		for (const node of nodes) {
			const level = levelOf.get(node.goal.levelId);
			const depth = level?.depth ?? 0;
			const areaGoalId = depth === areaGoalDepth ? node.goal.id : depth > areaGoalDepth ? area : null;
			out.push({ goal: node.goal, depth, levelName: level?.name ?? '', areaGoalId });
			visit(node.children, areaGoalId);
		}
	};
	visit(buildTree([...goals]), null);
	return out;
}

/**
 * The area goals of an outline (the filter's choices) and the one asked for, if it is one of
 * them; anything else means all goals.
 */
export function areaGoalChoice<T extends { id: number }>(outline: readonly OutlinedGoal<T>[], requested: number | null | undefined): { choices: OutlinedGoal<T>[]; chosen: number | null } {
	const choices = outline.filter((o) => o.areaGoalId === o.goal.id);
	return { choices, chosen: requested && choices.some((o) => o.goal.id === requested) ? requested : null };
}
