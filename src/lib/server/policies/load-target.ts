import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import type { Target } from '../../domain/access/policy';
import type { OrganisationKind } from '../../domain/organisation/organisation';
import type { PlanStatus } from '../../domain/workflow/plan-status';
import type { PlanKind } from '../../domain/interchange/plan-format';

export interface LoadedTarget extends Target {
	organisationId: number;
	slug: string;
}

type Where = { slug: string } | { organisationId: number } | { goalId: number } | { indicatorId: number };

function organisationOf(where: Where): SQL {
	if ('slug' in where) return sql`select id from organisations where slug = ${where.slug}`;
	if ('organisationId' in where) return sql`select ${where.organisationId}::integer`;
	if ('goalId' in where) return sql`select organisation_id from goals where id = ${where.goalId}`;
	return sql`select organisation_id from indicators where id = ${where.indicatorId}`;
}

/**
 * What the policy needs to know about the thing a request acts on, in one query: the organisation's
 * path from the root, its kind, the municipality's publishing setting, and (given a year) the
 * status of the organisation's document of that kind that year: its verksamhetsplan, or a report
 * (tertialrapport, verksamhetsberättelse), which goes through the same workflow. Null when the
 * organisation or item does not exist.
 */
export async function loadTarget(db: DbOrTx, where: Where, year?: number, kind: PlanKind = 'verksamhetsplan'): Promise<LoadedTarget | null> {
	const [row] = await executeRows<{ id: number; slug: string; kind: OrganisationKind; path: number[]; public: boolean | null; status: PlanStatus | null }>(
		db,
		sql`
		with recursive up(node, path) as (
			select o.parent_id, array[o.id] from organisations o where o.id = (${organisationOf(where)})
			union all
			select o.parent_id, o.id || up.path from up join organisations o on o.id = up.node
		)
		select self.id, self.slug, self.kind, up.path,
			(select s.public_approved_plans from municipality_settings s where s.organisation_id = up.path[1]) as public,
			(select p.status from plans p where p.organisation_id = self.id and p.year = ${year ?? null}::integer and p.kind = ${kind}) as status
		from up join organisations self on self.id = up.path[array_length(up.path, 1)]
		where up.node is null`
	);
	if (!row) return null;
	return {
		organisationId: Number(row.id),
		slug: row.slug,
		kind: row.kind,
		path: row.path.map(Number),
		publicApprovedPlans: row.public === true,
		planStatus: row.status ?? null
	};
}
