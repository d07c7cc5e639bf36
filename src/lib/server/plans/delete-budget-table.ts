import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { budgetTables } from '../db/schema';
import { NotFoundError } from '../result';

export async function deleteBudgetTable(db: DbOrTx, tableId: number) {
	const [row] = await db.delete(budgetTables).where(eq(budgetTables.id, tableId)).returning();
	if (!row) throw new NotFoundError('Budgettabellen');
	return row;
}
