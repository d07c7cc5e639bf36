import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { comments } from '../db/schema';
import { findThread } from './find-thread';
import type { CommentRow } from './start-thread';

/** Opens a resolved thread of the organisation's plan again. */
export async function reopenThread(
	db: DbOrTx,
	input: { organisationId: number; year: number; threadId: number }
): Promise<CommentRow> {
	const thread = await findThread(db, input.organisationId, input.year, input.threadId);
	const [reopened] = await db.update(comments).set({ resolvedAt: null, resolvedBy: null }).where(eq(comments.id, thread.id)).returning();
	return reopened;
}
