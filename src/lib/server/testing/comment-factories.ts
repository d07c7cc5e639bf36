/** Test factories for comments: people to write them. */
import type { DbOrTx } from '../db/client';
import { createUser, type UserRow } from '../accounts/create-user';

/** An account without a password (it never signs in; it only writes comments in tests). */
export async function createPerson(db: DbOrTx, username: string, displayName: string): Promise<UserRow> {
	const result = await createUser(db, { username, displayName });
	if (!result.ok) throw new Error(`createUser refused: ${JSON.stringify(result.errors)}`);
	return result.value;
}
