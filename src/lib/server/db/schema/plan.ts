import {
	date,
	index,
	integer,
	jsonb,
	pgTable,
	serial,
	text,
	timestamp,
	unique
} from 'drizzle-orm/pg-core';
import { organisations } from './organisation';
import type { PlanStatus } from '../../../domain/workflow/plan-status';
import type { PlanKind } from '../../../domain/interchange/plan-format';

/** A unit's (or committee's) document for one year: the verksamhetsplan and, later, its reports. */
export const plans = pgTable(
	'plans',
	{
		id: serial('id').primaryKey(),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		kind: text('kind').$type<PlanKind>().notNull().default('verksamhetsplan'),
		/** Handläggare, Telefon and Till on the document's first page. */
		handler: text('handler').notNull().default(''),
		phone: text('phone').notNull().default(''),
		recipient: text('recipient').notNull().default(''),
		status: text('status').$type<PlanStatus>().notNull().default('draft'),
		statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
		/** Set when fastställd: the decision's date, who decided (e.g. the committee) and its diarienummer. */
		decidedOn: date('decided_on', { mode: 'string' }),
		decidedBy: text('decided_by'),
		diaryNumber: text('diary_number'),
		version: integer('version').notNull().default(1),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique('plans_org_year_kind').on(t.organisationId, t.year, t.kind)]
);

export type PlanSectionArea = 'introduction' | 'other';

/** Free text sections: Inledning (area introduction) and Övrigt (area other). */
export const planSections = pgTable(
	'plan_sections',
	{
		id: serial('id').primaryKey(),
		planId: integer('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		area: text('area').$type<PlanSectionArea>().notNull(),
		heading: text('heading').notNull(),
		text: text('text').notNull().default(''),
		position: integer('position').notNull().default(0),
		/** Incremented on every save; a save must name the version it started from. */
		version: integer('version').notNull().default(1)
	},
	(t) => [index('plan_sections_plan').on(t.planId)]
);

/** A budget table in tkr; its sum row is computed, never stored. */
export const budgetTables = pgTable(
	'budget_tables',
	{
		id: serial('id').primaryKey(),
		planId: integer('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		heading: text('heading').notNull(),
		columns: jsonb('columns').$type<string[]>().notNull(),
		position: integer('position').notNull().default(0),
		/** The table with its rows is saved as one; a save must name the version it started from. */
		version: integer('version').notNull().default(1)
	},
	(t) => [index('budget_tables_plan').on(t.planId)]
);

export const budgetRows = pgTable(
	'budget_rows',
	{
		id: serial('id').primaryKey(),
		tableId: integer('table_id')
			.notNull()
			.references(() => budgetTables.id, { onDelete: 'cascade' }),
		label: text('label').notNull(),
		values: jsonb('values').$type<(number | null)[]>().notNull(),
		position: integer('position').notNull().default(0)
	},
	(t) => [index('budget_rows_table').on(t.tableId)]
);

export const planAttachments = pgTable(
	'plan_attachments',
	{
		id: serial('id').primaryKey(),
		planId: integer('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		position: integer('position').notNull().default(0)
	},
	(t) => [index('plan_attachments_plan').on(t.planId)]
);
