import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { goalApplicability } from '../db/schema';

/** Chooses the units a committee goal applies to; none chosen means every unit below the committee. */
export async function setGoalApplicability(db: DbOrTx, goalId: number, organisationIds: number[]): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.delete(goalApplicability).where(eq(goalApplicability.goalId, goalId));
		const unique = [...new Set(organisationIds)];
		if (unique.length) await tx.insert(goalApplicability).values(unique.map((organisationId) => ({ goalId, organisationId })));
	});
}
