import { sql } from 'drizzle-orm';
import {
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp,
	uniqueIndex,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { goalLevels } from './goal-model';
import { organisations } from './organisation';

/**
 * One goal of the cascade for one year, owned by the organisation that wrote it
 * (council goals by the municipality, nämndmål by the committee, unit goals by the unit).
 */
export const goals = pgTable(
	'goals',
	{
		id: serial('id').primaryKey(),
		year: integer('year').notNull(),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		levelId: integer('level_id')
			.notNull()
			.references(() => goalLevels.id),
		parentId: integer('parent_id').references((): AnyPgColumn => goals.id, { onDelete: 'cascade' }),
		number: text('number'),
		title: text('title').notNull(),
		/** Canonical section name → text. */
		sections: jsonb('sections').$type<Record<string, string>>().notNull().default({}),
		position: integer('position').notNull().default(0),
		/** Incremented on every save; a save must name the version it started from. */
		version: integer('version').notNull().default(1),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('goals_parent').on(t.parentId),
		index('goals_org_year').on(t.organisationId, t.year),
		uniqueIndex('goals_number_unique')
			.on(t.organisationId, t.year, t.number)
			.where(sql`${t.number} is not null`)
	]
);

/** Which organisations (units) a committee's goal applies to. */
export const goalApplicability = pgTable(
	'goal_applicability',
	{
		goalId: integer('goal_id')
			.notNull()
			.references(() => goals.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.goalId, t.organisationId] }), index('goal_applicability_org').on(t.organisationId)]
);
