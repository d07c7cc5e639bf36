import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import { roleGrants } from '../db/schema';
import type { Grant } from '../../domain/access/policy';

/**
 * A user's grants, each with its organisation's path from the root (what the policy needs), as
 * one JSON array: a subquery, so the session check reads the user and the grants in one query.
 */
export function grantsJson(userId: SQL): SQL<Grant[]> {
	return sql<Grant[]>`(
		with recursive up(grant_id, organisation_id, role, node, path) as (
			select g.id, g.organisation_id, g.role, o.parent_id, array[o.id]
			from ${roleGrants} g join organisations o on o.id = g.organisation_id
			where g.user_id = ${userId}
			union all
			select up.grant_id, up.organisation_id, up.role, o.parent_id, o.id || up.path
			from up join organisations o on o.id = up.node
		)
		select coalesce(json_agg(json_build_object('organisationId', organisation_id, 'role', role, 'path', path) order by grant_id), '[]'::json)
		from up where node is null)`;
}

/** A user's grants, each with its organisation's path from the root. */
export async function loadGrants(db: DbOrTx, userId: number): Promise<Grant[]> {
	const [row] = await executeRows<{ grants: Grant[] }>(db, sql`select ${grantsJson(sql`${userId}::integer`)} as grants`);
	return row.grants;
}
