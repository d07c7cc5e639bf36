import { date, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { goals } from './goal';
import { organisations } from './organisation';

export const activities = pgTable(
	'activities',
	{
		id: serial('id').primaryKey(),
		goalId: integer('goal_id')
			.notNull()
			.references(() => goals.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		start: date('start_date', { mode: 'string' }),
		end: date('end_date', { mode: 'string' }),
		position: integer('position').notNull().default(0),
		/** Incremented on every save; a save must name the version it started from. */
		version: integer('version').notNull().default(1)
	},
	(t) => [index('activities_goal').on(t.goalId)]
);
