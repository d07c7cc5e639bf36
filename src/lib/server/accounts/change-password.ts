import { z } from 'zod';
import { and, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { sessions, users } from '../db/schema';
import { hashPassword, verifyPassword } from '../auth/password';
import { passwordProblem } from '../../domain/access/password-rules';
import { ok, refused, type Result } from '../result';

export const changePasswordFields = z.object({
	current: z.string().min(1, 'Skriv ditt nuvarande lösenord.').max(1000, 'Lösenordet är för långt.'),
	password: z.string().min(1, 'Skriv ett nytt lösenord.').max(1000, 'Lösenordet är för långt.'),
	repeat: z.string().max(1000, 'Lösenordet är för långt.')
});
export type ChangePasswordInput = z.input<typeof changePasswordFields>;

/**
 * A signed-in person chooses a new password: the current one (or the temporary one an
 * administrator gave) first, then the new one twice. Every other session of theirs ends, so a
 * browser someone else may have open is signed out; this one stays signed in.
 */
export async function changePassword(
	db: DbOrTx,
	who: { userId: number; sessionId: string },
	input: ChangePasswordInput
): Promise<Result<{ endedSessions: number }>> {
	const data = changePasswordFields.parse(input);
	const [user] = await db.select().from(users).where(eq(users.id, who.userId));
	if (!user) return refused({ form: 'Kontot finns inte.' });
	if (!user.passwordHash) return refused({ form: 'Ditt konto loggar in via kommunens inloggning och har inget lösenord här.' });
	if (!(await verifyPassword(user.passwordHash, data.current))) return refused({ current: 'Det nuvarande lösenordet stämmer inte.' });
	const problem = passwordProblem(data.password, user.username);
	if (problem) return refused({ password: problem });
	if (data.password === data.current) return refused({ password: 'Välj ett annat lösenord än det nuvarande.' });
	if (data.repeat !== data.password) return refused({ repeat: 'Lösenorden är inte likadana. Skriv samma lösenord två gånger.' });
	await db
		.update(users)
		.set({ passwordHash: await hashPassword(data.password), mustChangePassword: false })
		.where(eq(users.id, user.id));
	const ended = await db
		.delete(sessions)
		.where(and(eq(sessions.userId, user.id), ne(sessions.id, who.sessionId)))
		.returning({ id: sessions.id });
	return ok({ endedSessions: ended.length });
}
