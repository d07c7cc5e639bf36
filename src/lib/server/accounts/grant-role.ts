import type { DbOrTx } from '../db/client';
import { roleGrants } from '../db/schema';
import type { Role } from '../../domain/access/roles';

/** Gives a user a role on an organisation and everything below it (nothing happens if they hold it already). */
export async function grantRole(db: DbOrTx, userId: number, organisationId: number, role: Role): Promise<void> {
	await db.insert(roleGrants).values({ userId, organisationId, role }).onConflictDoNothing();
}
