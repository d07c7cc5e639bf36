import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import { integerArray } from '../db/integer-array';
import { may, type Actor } from '../../domain/access/policy';
import type { OrganisationKind } from '../../domain/organisation/organisation';
import type { PlanStatus } from '../../domain/workflow/plan-status';

export interface PlanImportTarget {
	slug: string;
	name: string;
}

/**
 * The organisations whose verksamhetsplan for the year the actor may edit (editPlan, as the policy
 * decides on each one's path and plan status): the choices of where an imported plan goes. One
 * query: every organisation at or below one the actor holds a role on, with its path and the plan's
 * status that year, in tree order.
 */
export async function listPlanImportTargets(db: DbOrTx, actor: Actor, year: number): Promise<PlanImportTarget[]> {
	const granted = (actor?.grants ?? []).map((g) => g.organisationId);
	if (granted.length === 0) return [];
	const rows = await executeRows<{ slug: string; name: string; kind: OrganisationKind; path: number[]; status: PlanStatus | null }>(
		db,
		sql`
		with recursive tree(id, path, sort_key) as (
			select o.id, array[o.id], array[o.position, o.id] from organisations o where o.parent_id is null
			union all
			select o.id, tree.path || o.id, tree.sort_key || array[o.position, o.id]
			from organisations o join tree on o.parent_id = tree.id
		)
		select o.slug, o.name, o.kind, tree.path,
			(select p.status from plans p where p.organisation_id = o.id and p.year = ${year}::integer and p.kind = 'verksamhetsplan') as status
		from tree join organisations o on o.id = tree.id
		where tree.path && ${integerArray(granted)}::integer[]
		order by tree.sort_key`
	);
	return rows
		.filter((row) => may(actor, 'editPlan', { path: row.path.map(Number), kind: row.kind, planStatus: row.status ?? null }))
		.map((row) => ({ slug: row.slug, name: row.name }));
}
