import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { goalLevels } from '../db/schema';
import { canonicalSectionName } from '../../domain/goal-model/goal-models';
import { NotFoundError } from '../result';
import { checkbox, requiredText } from '../validation';

export const goalLevelFields = z.object({
	name: requiredText('Skriv nivåns namn.', 120),
	numbered: checkbox,
	/** One section per line or separated by semicolons; spelling variants become canonical names. */
	sections: z
		.string()
		.default('')
		.transform((s) => [...new Set(s.split(/[;\n]/).map((x) => x.trim()).filter(Boolean).map(canonicalSectionName))])
		.refine((s) => s.length <= 12, 'Högst 12 avsnitt.')
});

/** Renames a level of a goal model, and sets whether it is numbered and which text sections it has. */
export async function updateGoalLevel(db: DbOrTx, levelId: number, fields: z.output<typeof goalLevelFields>) {
	const [row] = await db.update(goalLevels).set(fields).where(eq(goalLevels.id, levelId)).returning();
	if (!row) throw new NotFoundError('Nivån');
	return row;
}
