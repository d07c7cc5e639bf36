import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { users } from '../db/schema';
import { endAllSessions } from '../auth/end-all-sessions';
import type { Actor } from '../../domain/access/policy';
import { ok, refused, type Result } from '../result';
import { loadManagedUser } from './load-managed-user';

/** An administrator turns an account off (every session ends at once) or on again. */
export async function setUserDisabled(db: DbOrTx, actor: Actor, userId: number, disabled: boolean): Promise<Result<{ displayName: string }>> {
	const found = await loadManagedUser(db, actor, userId);
	if (!found.ok) return found;
	const user = found.value;
	if (disabled && actor?.userId === user.id) return refused({ form: 'Du kan inte stänga av ditt eget konto.' });
	await db.update(users).set({ disabled }).where(eq(users.id, user.id));
	if (disabled) await endAllSessions(db, user.id);
	return ok({ displayName: user.displayName });
}
