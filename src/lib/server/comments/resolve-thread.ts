import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { comments } from '../db/schema';
import { findThread } from './find-thread';
import type { CommentRow } from './start-thread';

/** Marks a thread of the organisation's plan as resolved, by whom and when; resolving it again changes nothing. */
export async function resolveThread(
	db: DbOrTx,
	input: { organisationId: number; year: number; threadId: number; userId: number }
): Promise<CommentRow> {
	const thread = await findThread(db, input.organisationId, input.year, input.threadId);
	const [resolved] = await db
		.update(comments)
		.set({ resolvedAt: new Date(), resolvedBy: input.userId })
		.where(and(eq(comments.id, thread.id), isNull(comments.resolvedAt)))
		.returning();
	return resolved ?? thread;
}
