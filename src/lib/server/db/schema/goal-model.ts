import { boolean, integer, jsonb, pgTable, serial, text, unique } from 'drizzle-orm/pg-core';

/** A municipality's goal model: its levels are data, not code (Stockholm, Huddinge, …). */
export const goalModels = pgTable('goal_models', {
	id: serial('id').primaryKey(),
	key: text('key').notNull().unique(),
	name: text('name').notNull()
});

export const goalLevels = pgTable(
	'goal_levels',
	{
		id: serial('id').primaryKey(),
		modelId: integer('model_id')
			.notNull()
			.references(() => goalModels.id, { onDelete: 'cascade' }),
		/** 0 = top of the cascade. */
		depth: integer('depth').notNull(),
		name: text('name').notNull(),
		/** Which organisation kind owns goals on this level. */
		ownerKind: text('owner_kind').$type<OrganisationKind>().notNull(),
		numbered: boolean('numbered').notNull().default(true),
		/** Canonical section names this level has, in order ("Beskrivning", "Förväntat resultat", …). */
		sections: jsonb('sections').$type<string[]>().notNull().default([]),
		/** A goal may stand directly under the level above this one, skipping it (Huddinge's nämnd-formulated delmål). */
		optional: boolean('optional').notNull().default(false),
		/** Other labels documents use for this level ("Strategiskt mål" beside "Övergripande mål"). */
		aliases: jsonb('aliases').$type<string[]>().notNull().default([])
	},
	(t) => [unique('goal_levels_model_depth').on(t.modelId, t.depth)]
);

export type { OrganisationKind } from '../../../domain/organisation/organisation';
import type { OrganisationKind } from '../../../domain/organisation/organisation';
