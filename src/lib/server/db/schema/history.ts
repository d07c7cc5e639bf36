import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export type ChangeOperation = 'insert' | 'update' | 'delete';

/**
 * Append-only record of every change to the tables that hold plans and frameworks, written by
 * database triggers (migration 0003) so no code path can change an item without leaving a trace.
 * The acting user comes from the transaction setting `verksam.actor`.
 */
export const changeLog = pgTable(
	'change_log',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		/** No foreign key: the log outlives whatever it describes. Null = the system (import, demo). */
		userId: integer('user_id'),
		tableName: text('table_name').notNull(),
		/** The row's id, or "indicatorId:organisationId" for targets. */
		rowKey: text('row_key').notNull(),
		/** The organisation the item belongs to (its owner or its plan's). */
		organisationId: integer('organisation_id'),
		operation: text('operation').$type<ChangeOperation>().notNull(),
		oldValue: jsonb('old_value').$type<Record<string, unknown>>(),
		newValue: jsonb('new_value').$type<Record<string, unknown>>()
	},
	(t) => [
		index('change_log_row').on(t.tableName, t.rowKey),
		index('change_log_at').on(t.at),
		index('change_log_org').on(t.organisationId, t.at)
	]
);
