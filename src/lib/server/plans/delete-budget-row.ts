import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { budgetRows } from '../db/schema';
import { NotFoundError } from '../result';

export async function deleteBudgetRow(db: DbOrTx, rowId: number) {
	const [row] = await db.delete(budgetRows).where(eq(budgetRows.id, rowId)).returning();
	if (!row) throw new NotFoundError('Budgetraden');
	return row;
}
