import { asc } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { organisations } from '../db/schema';
import type { OrganisationKind } from '../../domain/organisation/organisation';

export interface OrganisationNode {
	id: number;
	name: string;
	slug: string;
	kind: OrganisationKind;
	children: OrganisationNode[];
}

/** The whole organisation tree, roots (municipalities) first, siblings in their set order. */
export async function listOrganisations(db: DbOrTx): Promise<OrganisationNode[]> {
	const rows = await db.select().from(organisations).orderBy(asc(organisations.position), asc(organisations.id));
	const nodes = new Map<number, OrganisationNode>(
		rows.map((r) => [r.id, { id: r.id, name: r.name, slug: r.slug, kind: r.kind, children: [] }])
	);
	const roots: OrganisationNode[] = [];
	for (const row of rows) {
		const node = nodes.get(row.id)!;
		const parent = row.parentId === null ? undefined : nodes.get(row.parentId);
		if (parent) parent.children.push(node);
		else roots.push(node);
	}
	return roots;
}
