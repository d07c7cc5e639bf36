import { readableTree } from '../../domain/access/readable-tree';
import { actorOf } from './actor';
import type { OrganisationKind } from '../../domain/organisation/organisation';

/**
 * The ids among an organisation's children that the signed-in user may read. A page about an
 * organisation (its roll-up, its goal matrix) is read by anyone working below it, but its rows for
 * the organisations below show only those the user may read: a unit's editor sees its committee's
 * total, not its sibling units.
 */
export function readableChildIds(
	children: readonly { id: number; kind: OrganisationKind }[],
	locals: Pick<App.Locals, 'user' | 'target'>
): Set<number> {
	const nodes = children.map((c) => ({ id: c.id, kind: c.kind, children: [] as never[] }));
	return new Set(readableTree(nodes, actorOf(locals.user), locals.target?.path ?? []).map((n) => n.id));
}
