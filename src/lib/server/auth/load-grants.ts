import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import { roleGrants } from '../db/schema';
import type { Grant } from '../../domain/access/policy';
import type { Role } from '../../domain/access/roles';

/** A user's grants, each with its organisation's path from the root (what the policy needs). */
export async function loadGrants(db: DbOrTx, userId: number): Promise<Grant[]> {
	const rows = await executeRows<{ organisation_id: number; role: Role; path: number[] }>(db, sql`
		with recursive up(grant_id, organisation_id, role, node, path) as (
			select g.id, g.organisation_id, g.role, o.parent_id, array[o.id]
			from ${roleGrants} g join organisations o on o.id = g.organisation_id
			where g.user_id = ${userId}
			union all
			select up.grant_id, up.organisation_id, up.role, o.parent_id, o.id || up.path
			from up join organisations o on o.id = up.node
		)
		select organisation_id, role, path from up where node is null order by grant_id`);
	return rows.map((r) => ({
		organisationId: Number(r.organisation_id),
		role: r.role,
		path: r.path.map(Number)
	}));
}
