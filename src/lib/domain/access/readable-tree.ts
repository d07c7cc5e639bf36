import { may, type Actor } from './policy';
import type { OrganisationKind } from '../organisation/organisation';

interface TreeNode<T> {
	id: number;
	kind: OrganisationKind;
	children: T[];
}

/**
 * The part of an organisation tree the actor may read. Whatever is readable has every ancestor
 * readable too (someone working below an organisation may read it), so pruning at the first
 * unreadable node loses nothing.
 */
export function readableTree<T extends TreeNode<T>>(nodes: readonly T[], actor: Actor, above: readonly number[] = []): T[] {
	const kept: T[] = [];
	for (const node of nodes) {
		const path = [...above, node.id];
		if (!may(actor, 'read', { path, kind: node.kind })) continue;
		kept.push({ ...node, children: readableTree(node.children, actor, path) });
	}
	return kept;
}
