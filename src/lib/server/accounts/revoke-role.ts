import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { roleGrants } from '../db/schema';
import { loadTarget } from '../policies/load-target';
import { loadGrants } from '../auth/load-grants';
import { may, type Actor } from '../../domain/access/policy';
import { isLastAdminGrant } from '../../domain/access/user-admin';
import { ok, refused, type Result } from '../result';

/**
 * An administrator takes away a role given on an organisation inside their own subtree. Nobody
 * takes away their own last administrator role: the municipality would risk having none left.
 */
export async function revokeRole(db: DbOrTx, actor: Actor, grantId: number): Promise<Result<{ userId: number }>> {
	const [grant] = await db.select().from(roleGrants).where(eq(roleGrants.id, grantId));
	if (!grant) return refused({ form: 'Rollen finns inte längre.' });
	const target = await loadTarget(db, { organisationId: grant.organisationId });
	if (!target || !may(actor, 'manageUsers', target)) {
		return refused({ form: 'Du kan bara ta bort roller i de organisationer du administrerar.' });
	}
	if (actor && grant.userId === actor.userId && isLastAdminGrant(await loadGrants(db, actor.userId), grant)) {
		return refused({ form: 'Du kan inte ta bort din egen sista administratörsroll. Be en annan administratör om det.' });
	}
	await db.delete(roleGrants).where(eq(roleGrants.id, grantId));
	return ok({ userId: grant.userId });
}
