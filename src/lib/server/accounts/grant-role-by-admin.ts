import { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { users } from '../db/schema';
import { loadTarget } from '../policies/load-target';
import { may, type Actor } from '../../domain/access/policy';
import { roles } from '../../domain/access/roles';
import { ok, refused, type Result } from '../result';
import { grantRole } from './grant-role';
import { usernameField } from './create-user';

export const grantRoleFields = z.object({
	username: usernameField,
	organisationId: z.coerce.number({ message: 'Välj en organisation.' }).int().positive('Välj en organisation.'),
	role: z.enum(roles, { message: 'Välj en roll.' })
});
export type GrantRoleInput = z.input<typeof grantRoleFields>;

/**
 * An administrator gives someone a role. Only on an organisation inside the administrator's own
 * subtree: the administrator of one committee cannot hand out roles on another.
 */
export async function grantRoleByAdmin(db: DbOrTx, actor: Actor, input: GrantRoleInput): Promise<Result<{ userId: number }>> {
	const data = grantRoleFields.parse(input);
	const target = await loadTarget(db, { organisationId: data.organisationId });
	if (!target) return refused({ organisationId: 'Organisationen finns inte.' });
	if (!may(actor, 'manageUsers', target)) {
		return refused({ organisationId: 'Du kan bara ge roller i de organisationer du administrerar.' });
	}
	const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, data.username));
	if (!user) return refused({ username: `Det finns ingen användare "${data.username}".` });
	await grantRole(db, user.id, data.organisationId, data.role);
	return ok({ userId: user.id });
}
