import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client';
import { comments, plans, users } from '../db/schema';
import type { CommentTarget } from '../db/schema/comment';
import { listCommentTargets, type CommentTargetOption } from './list-comment-targets';

export interface PlanComment {
	id: number;
	authorName: string;
	body: string;
	createdAt: Date;
}

export interface CommentThread extends PlanComment {
	target: { kind: CommentTarget; id: number | null; label: string; area?: 'introduction' | 'other' };
	resolvedAt: Date | null;
	resolvedByName: string | null;
	/** Oldest first. */
	replies: PlanComment[];
}

export interface PlanComments {
	/** Open threads first (newest first), then resolved ones (most recently resolved first). */
	threads: CommentThread[];
	/** What a new thread may be about. */
	targets: CommentTargetOption[];
}

const goneLabel: Record<CommentTarget, string> = {
	plan: 'Hela planen',
	goal: 'Ett mål som har tagits bort',
	section: 'Ett avsnitt som har tagits bort'
};

/**
 * The comment threads on an organisation's plan for a year, with replies, the authors' names and
 * what each thread is about; three queries, whatever the number of comments.
 */
export async function listPlanComments(db: DbOrTx, organisationId: number, year: number): Promise<PlanComments> {
	const author = alias(users, 'author');
	const resolver = alias(users, 'resolver');
	const [rows, targets] = await Promise.all([
		db
			.select({ comment: comments, authorName: author.displayName, resolvedByName: resolver.displayName })
			.from(comments)
			.innerJoin(plans, eq(plans.id, comments.planId))
			.innerJoin(author, eq(author.id, comments.authorId))
			.leftJoin(resolver, eq(resolver.id, comments.resolvedBy))
			.where(and(eq(plans.organisationId, organisationId), eq(plans.year, year), eq(plans.kind, 'verksamhetsplan')))
			.orderBy(asc(comments.createdAt), asc(comments.id)),
		listCommentTargets(db, organisationId, year)
	]);

	const labelOf = (kind: CommentTarget, id: number | null) => {
		const target = targets.find((t) => t.kind === kind && t.id === id);
		return target ? { kind, id, label: target.label, area: target.area } : { kind, id, label: goneLabel[kind] };
	};
	const threads = new Map<number, CommentThread>();
	for (const { comment, authorName, resolvedByName } of rows) {
		if (comment.parentId !== null) continue;
		threads.set(comment.id, {
			id: comment.id,
			authorName,
			body: comment.body,
			createdAt: comment.createdAt,
			target: labelOf(comment.targetKind, comment.targetId),
			resolvedAt: comment.resolvedAt,
			resolvedByName: comment.resolvedAt ? resolvedByName : null,
			replies: []
		});
	}
	for (const { comment, authorName } of rows) {
		if (comment.parentId === null) continue;
		threads.get(comment.parentId)?.replies.push({ id: comment.id, authorName, body: comment.body, createdAt: comment.createdAt });
	}

	const byNewest = (a: Date, b: Date) => b.getTime() - a.getTime();
	const all = [...threads.values()];
	const open = all.filter((t) => !t.resolvedAt).sort((a, b) => byNewest(a.createdAt, b.createdAt) || b.id - a.id);
	const resolved = all.filter((t) => t.resolvedAt).sort((a, b) => byNewest(a.resolvedAt!, b.resolvedAt!) || b.id - a.id);
	return { threads: [...open, ...resolved], targets };
}
