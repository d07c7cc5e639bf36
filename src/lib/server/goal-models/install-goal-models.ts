import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { goalLevels, goalModels } from '../db/schema';
import { builtInGoalModels, type GoalModelDefinition } from '../../domain/goal-model/goal-models';

/** Installs (or leaves as they are) the built-in goal models; returns their ids by key. */
export async function installGoalModels(
	db: DbOrTx,
	definitions: GoalModelDefinition[] = builtInGoalModels
): Promise<Record<string, number>> {
	const ids: Record<string, number> = {};
	for (const definition of definitions) {
		const [existing] = await db.select().from(goalModels).where(eq(goalModels.key, definition.key));
		if (existing) {
			ids[definition.key] = existing.id;
			continue;
		}
		const [model] = await db
			.insert(goalModels)
			.values({ key: definition.key, name: definition.name })
			.returning();
		await db.insert(goalLevels).values(
			definition.levels.map((level, depth) => ({
				modelId: model.id,
				depth,
				name: level.name,
				ownerKind: level.ownerKind,
				numbered: level.numbered,
				sections: level.sections,
				optional: level.optional ?? false,
				aliases: level.aliases ?? []
			}))
		);
		ids[definition.key] = model.id;
	}
	return ids;
}
