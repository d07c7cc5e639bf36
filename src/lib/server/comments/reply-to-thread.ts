import type { DbOrTx } from '../db/client';
import { comments } from '../db/schema';
import { ok, refused, type Result } from '../result';
import { commentBody } from './comment-input';
import { findThread } from './find-thread';
import type { CommentRow } from './start-thread';

export interface ReplyInput {
	organisationId: number;
	year: number;
	threadId: number;
	authorId: number;
	body: string;
}

/**
 * A reply at the end of a thread of the organisation's plan for the year (threads are flat: a reply
 * always hangs on the first comment). A resolved thread must be opened again before it takes replies.
 */
export async function replyToThread(db: DbOrTx, input: ReplyInput): Promise<Result<CommentRow>> {
	const body = commentBody.safeParse(input.body);
	if (!body.success) return refused({ body: body.error.issues[0].message });
	const thread = await findThread(db, input.organisationId, input.year, input.threadId);
	if (thread.resolvedAt) return refused({ body: 'Tråden är markerad som löst. Öppna den igen för att svara.' });
	const [row] = await db
		.insert(comments)
		.values({
			planId: thread.planId,
			targetKind: thread.targetKind,
			targetId: thread.targetId,
			parentId: thread.id,
			authorId: input.authorId,
			body: body.data
		})
		.returning();
	return ok(row);
}
