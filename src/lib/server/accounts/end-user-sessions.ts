import type { DbOrTx } from '../db/client';
import { endAllSessions } from '../auth/end-all-sessions';
import type { Actor } from '../../domain/access/policy';
import { ok, type Result } from '../result';
import { loadManagedUser } from './load-managed-user';

/** An administrator signs someone out everywhere (a lost phone, a shared computer). */
export async function endUserSessions(db: DbOrTx, actor: Actor, userId: number): Promise<Result<{ displayName: string; ended: number }>> {
	const found = await loadManagedUser(db, actor, userId);
	if (!found.ok) return found;
	return ok({ displayName: found.value.displayName, ended: await endAllSessions(db, userId) });
}
