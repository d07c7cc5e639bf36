import { asc } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { goalLevels, goalModels } from '../db/schema';

/** Every goal model with its levels, top first. */
export async function listGoalModels(db: DbOrTx) {
	const [models, levels] = await Promise.all([
		db.select().from(goalModels).orderBy(asc(goalModels.id)),
		db.select().from(goalLevels).orderBy(asc(goalLevels.depth))
	]);
	return models.map((m) => ({ ...m, levels: levels.filter((l) => l.modelId === m.id) }));
}
