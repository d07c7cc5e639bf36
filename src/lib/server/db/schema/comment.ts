import { index, integer, pgTable, serial, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { plans } from './plan';
import { users } from './account';

export type CommentTarget = 'plan' | 'goal' | 'section';

/** Threaded comments on a plan, one of its goals or sections; a thread is open until resolved. */
export const comments = pgTable(
	'comments',
	{
		id: serial('id').primaryKey(),
		planId: integer('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		targetKind: text('target_kind').$type<CommentTarget>().notNull().default('plan'),
		/** The goal's or section's id; null for the plan as a whole. */
		targetId: integer('target_id'),
		/** Null for the first comment of a thread. */
		parentId: integer('parent_id').references((): AnyPgColumn => comments.id, { onDelete: 'cascade' }),
		authorId: integer('author_id')
			.notNull()
			.references(() => users.id),
		body: text('body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		resolvedAt: timestamp('resolved_at', { withTimezone: true }),
		resolvedBy: integer('resolved_by').references(() => users.id)
	},
	(t) => [index('comments_plan').on(t.planId), index('comments_parent').on(t.parentId)]
);
