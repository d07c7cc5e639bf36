import { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { users } from '../db/schema';
import { hashPassword } from '../auth/password';
import { passwordProblem } from '../../domain/access/password-rules';
import { ok, refused, type Result } from '../result';

export const usernameField = z
	.string()
	.trim()
	.toLowerCase()
	.min(2, 'Skriv ett användarnamn med minst 2 tecken.')
	.max(100, 'Användarnamnet får ha högst 100 tecken.')
	.regex(/^[a-z0-9._@-]+$/, 'Använd bara a–z, siffror och . _ @ - i användarnamnet.');

export const createUserFields = z.object({
	username: usernameField,
	displayName: z.string().trim().min(1, 'Skriv personens namn.').max(200, 'Namnet får ha högst 200 tecken.'),
	email: z.union([z.literal(''), z.string().trim().email('Skriv en giltig e-postadress.')]).default(''),
	/** Empty for an account that signs in only through the city's identity provider. */
	password: z.string().default(''),
	/** An administrator's temporary password: the person chooses their own at first sign-in. */
	mustChangePassword: z.boolean().default(false)
});
export type CreateUserInput = z.input<typeof createUserFields>;

export type UserRow = typeof users.$inferSelect;

/** A new account; the password (if any) must follow the rules and is stored as argon2id. */
export async function createUser(db: DbOrTx, input: CreateUserInput): Promise<Result<UserRow>> {
	const data = createUserFields.parse(input);
	if (data.password) {
		const problem = passwordProblem(data.password, data.username);
		if (problem) return refused({ password: problem });
	}
	const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.username, data.username));
	if (taken) return refused({ username: `Användarnamnet "${data.username}" är redan taget.` });
	const [user] = await db
		.insert(users)
		.values({
			username: data.username,
			displayName: data.displayName,
			email: data.email,
			passwordHash: data.password ? await hashPassword(data.password) : null,
			mustChangePassword: data.mustChangePassword
		})
		.returning();
	return ok(user);
}
