import { integer, pgTable, serial, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { goalModels, type OrganisationKind } from './goal-model';

/** kommun → nämnd/förvaltning → avdelning → enhet. The root (municipality) chooses the goal model. */
export const organisations = pgTable('organisations', {
	id: serial('id').primaryKey(),
	parentId: integer('parent_id').references((): AnyPgColumn => organisations.id, {
		onDelete: 'restrict'
	}),
	kind: text('kind').$type<OrganisationKind>().notNull(),
	name: text('name').notNull(),
	slug: text('slug').notNull().unique(),
	goalModelId: integer('goal_model_id').references(() => goalModels.id),
	position: integer('position').notNull().default(0)
});
