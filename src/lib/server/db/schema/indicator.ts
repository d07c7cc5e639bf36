import {
	boolean,
	doublePrecision,
	index,
	integer,
	pgTable,
	primaryKey,
	serial,
	text,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { goals } from './goal';
import { organisations } from './organisation';
import type { Direction, IndicatorKind, Periodicity } from '../../../domain/indicators/indicator';

/** An indicator stands under the goal whose table it belongs to. */
export const indicators = pgTable(
	'indicators',
	{
		id: serial('id').primaryKey(),
		goalId: integer('goal_id')
			.notNull()
			.references(() => goals.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		/** Display unit: "%", "st", "index", "tkr", "dagar" or "". */
		unit: text('unit').notNull().default(''),
		/** How outcomes roll up: share, count, index or amount. */
		kind: text('kind').$type<IndicatorKind>().notNull().default('count'),
		direction: text('direction').$type<Direction>().notNull().default('higher'),
		periodicity: text('periodicity').$type<Periodicity>().notNull().default('year'),
		genderSplit: boolean('gender_split').notNull().default(false),
		/** KF:s årsmål: a number, or a text such as "öka" or "Tas fram av nämnd". */
		councilTargetValue: doublePrecision('council_target_value'),
		councilTargetText: text('council_target_text'),
		position: integer('position').notNull().default(0),
		/**
		 * The same indicator the year before (set by copy forward and import, see
		 * link-previous-indicators.ts): textual targets are judged against its outcome and trends
		 * follow it back. Kept through renames.
		 */
		previousId: integer('previous_id').references((): AnyPgColumn => indicators.id, { onDelete: 'set null' }),
		/** Incremented on every save; a save must name the version it started from. */
		version: integer('version').notNull().default(1)
	},
	(t) => [
		index('indicators_goal').on(t.goalId),
		index('indicators_previous').on(t.previousId),
		// The roll-up, matrix and trend pages read an organisation's and its ancestors' indicators by owner.
		index('indicators_org').on(t.organisationId)
	]
);

/** An organisation's own Årsmål for an indicator (the year is the indicator's goal's year). */
export const indicatorTargets = pgTable(
	'indicator_targets',
	{
		indicatorId: integer('indicator_id')
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		targetValue: doublePrecision('target_value'),
		targetText: text('target_text')
	},
	(t) => [
		primaryKey({ columns: [t.indicatorId, t.organisationId] }),
		index('indicator_targets_org').on(t.organisationId)
	]
);
