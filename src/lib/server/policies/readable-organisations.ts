import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import { may, type Actor } from '../../domain/access/policy';
import type { OrganisationKind } from '../../domain/organisation/organisation';

export interface ReadableOrganisations {
	ids: ReadonlySet<number>;
	slugs: ReadonlySet<string>;
}

/**
 * The organisations the actor may read, as the policy decides `read` for each: for pages that
 * gather things from many organisations (search, a goal's or an indicator's page), so that they
 * show nothing from outside the user's grants.
 */
export async function readableOrganisations(db: DbOrTx, actor: Actor): Promise<ReadableOrganisations> {
	if (!actor || actor.grants.length === 0) return { ids: new Set(), slugs: new Set() };
	const rows = await executeRows<{ id: number; slug: string; kind: OrganisationKind; path: number[] }>(
		db,
		sql`
		with recursive down(id, slug, kind, path) as (
			select id, slug, kind, array[id] from organisations where parent_id is null
			union all
			select o.id, o.slug, o.kind, down.path || o.id from organisations o join down on o.parent_id = down.id
		)
		select id, slug, kind, path from down`
	);
	const readable = rows.filter((r) => may(actor, 'read', { path: r.path.map(Number), kind: r.kind }));
	return { ids: new Set(readable.map((r) => Number(r.id))), slugs: new Set(readable.map((r) => r.slug)) };
}
