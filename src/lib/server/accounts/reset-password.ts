import { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { users } from '../db/schema';
import { hashPassword } from '../auth/password';
import { endAllSessions } from '../auth/end-all-sessions';
import { passwordProblem } from '../../domain/access/password-rules';
import type { Actor } from '../../domain/access/policy';
import { ok, refused, type Result } from '../result';
import { loadManagedUser } from './load-managed-user';

export const resetPasswordFields = z.object({
	userId: z.coerce.number({ message: 'Ogiltigt id.' }).int().positive('Ogiltigt id.'),
	password: z.string().max(1000, 'Lösenordet är för långt.')
});
export type ResetPasswordInput = z.input<typeof resetPasswordFields>;

/**
 * An administrator gives someone a temporary password (following the same rules as any password).
 * The person must choose a new one at the next sign-in, and every session of theirs ends now:
 * whoever had the account open is signed out.
 */
export async function resetPassword(db: DbOrTx, actor: Actor, input: ResetPasswordInput): Promise<Result<{ endedSessions: number }>> {
	const data = resetPasswordFields.parse(input);
	const found = await loadManagedUser(db, actor, data.userId);
	if (!found.ok) return found;
	const user = found.value;
	if (actor?.userId === user.id) return refused({ password: 'Byt ditt eget lösenord under Mitt konto.' });
	const problem = passwordProblem(data.password, user.username);
	if (problem) return refused({ password: problem });
	await db
		.update(users)
		.set({ passwordHash: await hashPassword(data.password), mustChangePassword: true })
		.where(eq(users.id, user.id));
	return ok({ endedSessions: await endAllSessions(db, user.id) });
}
