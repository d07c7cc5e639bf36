import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { users } from '../db/schema';
import { loadGrants } from '../auth/load-grants';
import type { Actor } from '../../domain/access/policy';
import { mayManageUser } from '../../domain/access/user-admin';
import { ok, refused, type Result } from '../result';
import type { UserRow } from './create-user';

/** The account an administrator wants to act on, if every role it holds is inside the administrator's subtrees. */
export async function loadManagedUser(db: DbOrTx, actor: Actor, userId: number): Promise<Result<UserRow>> {
	const [user] = await db.select().from(users).where(eq(users.id, userId));
	if (!user) return refused({ form: 'Användaren finns inte.' });
	if (!mayManageUser(actor, await loadGrants(db, userId))) {
		return refused({ form: `Du får inte ändra ${user.displayName}s konto: personen har roller utanför de organisationer du administrerar.` });
	}
	return ok(user);
}
