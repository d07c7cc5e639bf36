import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { comments, plans } from '../db/schema';
import { NotFoundError } from '../result';

/** A thread's first comment, if it belongs to the organisation's plan for the year; else not found. */
export async function findThread(db: DbOrTx, organisationId: number, year: number, threadId: number) {
	const [row] = await db
		.select({ thread: comments })
		.from(comments)
		.innerJoin(plans, eq(plans.id, comments.planId))
		.where(and(eq(comments.id, threadId), isNull(comments.parentId), eq(plans.organisationId, organisationId), eq(plans.year, year), eq(plans.kind, 'verksamhetsplan')));
	if (!row) throw new NotFoundError('Tråden');
	return row.thread;
}
