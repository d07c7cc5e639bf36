import { date, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { plans } from './plan';
import { users } from './account';
import type { PlanStatus } from '../../../domain/workflow/plan-status';

/** Every move of a plan through the workflow, with who, when and why. */
export const planEvents = pgTable(
	'plan_events',
	{
		id: serial('id').primaryKey(),
		planId: integer('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		userId: integer('user_id').references(() => users.id),
		fromStatus: text('from_status').$type<PlanStatus>().notNull(),
		toStatus: text('to_status').$type<PlanStatus>().notNull(),
		reason: text('reason').notNull().default(''),
		decidedOn: date('decided_on', { mode: 'string' }),
		decidedBy: text('decided_by'),
		diaryNumber: text('diary_number')
	},
	(t) => [index('plan_events_plan').on(t.planId)]
);

/** The document as it was fastställd: it stays readable exactly so, whatever changes later. */
export const planSnapshots = pgTable(
	'plan_snapshots',
	{
		id: serial('id').primaryKey(),
		planId: integer('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		eventId: integer('event_id')
			.notNull()
			.references(() => planEvents.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		decidedOn: date('decided_on', { mode: 'string' }).notNull(),
		decidedBy: text('decided_by').notNull(),
		diaryNumber: text('diary_number').notNull(),
		/** The plan view the document page renders, frozen as JSON. */
		content: jsonb('content').notNull()
	},
	(t) => [index('plan_snapshots_plan').on(t.planId)]
);
