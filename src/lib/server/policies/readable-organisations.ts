import { sql, type SQL } from 'drizzle-orm';
import { integerArray } from '../db/integer-array';
import type { Grant } from '../../domain/access/policy';

/**
 * A subquery of the ids of every organisation the grants let their holder read, as the policy's
 * 'read' decides (src/lib/domain/access/policy.ts): the organisations a role is held on and
 * everything below them, and everything above them. For filtering lists in SQL:
 * `organisation_id in ${readableOrganisationIds(grants)}`.
 */
export function readableOrganisationIds(grants: readonly Grant[]): SQL {
	const granted = integerArray(grants.map((g) => g.organisationId));
	const above = integerArray(grants.flatMap((g) => g.path));
	return sql`(
		with recursive readable_down(id) as (
			select o.id from organisations o where o.id = any(${granted}::integer[])
			union
			select o.id from organisations o join readable_down d on o.parent_id = d.id
		)
		select id from readable_down
		union
		select unnest(${above}::integer[])
	)`;
}
