import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { organisations, roleGrants } from '../db/schema';
import type { ListedGrant } from './list-users';

/** One person's roles with the organisations' names, for their own account page. */
export async function listUserRoles(db: DbOrTx, userId: number): Promise<ListedGrant[]> {
	const rows = await db
		.select({ id: roleGrants.id, role: roleGrants.role, organisation: { id: organisations.id, name: organisations.name, slug: organisations.slug } })
		.from(roleGrants)
		.innerJoin(organisations, eq(organisations.id, roleGrants.organisationId))
		.where(eq(roleGrants.userId, userId))
		.orderBy(asc(roleGrants.id));
	return rows;
}
