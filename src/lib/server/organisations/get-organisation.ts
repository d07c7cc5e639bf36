import { inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { goalLevels, organisations } from '../db/schema';
import { jsonObjectOf } from '../db/json-object';
import { NotFoundError } from '../result';

export type OrganisationRow = typeof organisations.$inferSelect;
export type GoalLevelRow = typeof goalLevels.$inferSelect;

export interface OrganisationContext {
	organisation: OrganisationRow;
	/** Nearest first, the municipality last. */
	ancestors: OrganisationRow[];
	municipality: OrganisationRow;
	/** The municipality's goal model levels, top first. */
	levels: GoalLevelRow[];
}

/**
 * An organisation with its line of ancestors and its municipality's goal model, in one query (every
 * organisation page reads it): the line by a recursive query, the levels beside the municipality's row.
 */
export async function getOrganisation(db: DbOrTx, slug: string): Promise<OrganisationContext> {
	// Up the line by primary key lookups (a join here makes the planner scan the whole table at each step).
	const line = sql`(
		with recursive up(id, parent_id) as (
			select id, parent_id from organisations where slug = ${slug}
			union all
			select up.parent_id, (select o.parent_id from organisations o where o.id = up.parent_id) from up where up.parent_id is not null
		)
		select array_agg(id) from up)`;
	const rows = await db
		.select({
			organisation: organisations,
			levels: sql<GoalLevelRow[] | null>`case when ${organisations.parentId} is null then (
				select coalesce(json_agg(${jsonObjectOf(goalLevels)} order by ${goalLevels.depth}), '[]'::json)
				from ${goalLevels} where ${goalLevels.modelId} = organisations.goal_model_id) end`
		})
		.from(organisations)
		.where(sql`${organisations.id} = any(${line}::integer[])`);
	const organisation = rows.find((r) => r.organisation.slug === slug)?.organisation;
	if (!organisation) throw new NotFoundError('Organisationen');
	const byId = new Map(rows.map((r) => [r.organisation.id, r]));
	const ancestors: OrganisationRow[] = [];
	for (let parent = byId.get(organisation.parentId ?? -1); parent; parent = byId.get(parent.organisation.parentId ?? -1)) {
		ancestors.push(parent.organisation);
	}
	const municipality = ancestors.at(-1) ?? organisation;
	const levels = municipality.goalModelId ? (byId.get(municipality.id)?.levels ?? []) : [];
	return { organisation, ancestors, municipality, levels };
}
/** The organisations directly below one (for choosing units a goal applies to). */
export async function listDescendantUnits(db: DbOrTx, organisationId: number): Promise<OrganisationRow[]> {
	const result: OrganisationRow[] = [];
	let frontier = [organisationId];
	while (frontier.length > 0) {
		const children = await db.select().from(organisations).where(inArray(organisations.parentId, frontier)).orderBy(organisations.position, organisations.id);
		result.push(...children.filter((c) => c.kind === 'unit'));
		frontier = children.filter((c) => c.kind !== 'unit').map((c) => c.id);
	}
	return result;
}
