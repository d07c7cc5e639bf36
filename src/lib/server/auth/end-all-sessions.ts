import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { sessions } from '../db/schema';

/** Signs a user out everywhere: every browser's session ends. Returns how many there were. */
export async function endAllSessions(db: DbOrTx, userId: number): Promise<number> {
	const ended = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
	return ended.length;
}
