/** Test factories for accounts: a user with roles, and the policy's view of them (their grants). */
import type { DbOrTx } from '../db/client';
import { createUser, type UserRow } from '../accounts/create-user';
import { grantRole } from '../accounts/grant-role';
import { loadGrants } from '../auth/load-grants';
import type { Actor } from '../../domain/access/policy';
import type { Role } from '../../domain/access/roles';

export const testPassword = 'ett långt testlösenord';

/** A user holding the given roles; without a password (hashing is slow) unless `password` is given. */
export async function createTestUser(
	db: DbOrTx,
	username: string,
	roles: [organisation: { id: number }, role: Role][] = [],
	options: { password?: string; mustChangePassword?: boolean } = {}
): Promise<UserRow> {
	const result = await createUser(db, {
		username,
		displayName: username.charAt(0).toUpperCase() + username.slice(1),
		password: options.password ?? '',
		mustChangePassword: options.mustChangePassword ?? false
	});
	if (!result.ok) throw new Error(`createUser refused: ${JSON.stringify(result.errors)}`);
	for (const [organisation, role] of roles) await grantRole(db, result.value.id, organisation.id, role);
	return result.value;
}

/** The actor the policy sees for a user, with their grants as they are now. */
export async function actorFor(db: DbOrTx, user: { id: number }): Promise<Actor> {
	return { userId: user.id, grants: await loadGrants(db, user.id) };
}
