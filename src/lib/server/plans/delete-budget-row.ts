import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { budgetRows } from '../db/schema';
import { NotFoundError } from '../result';
import { touchBudgetTable } from './touch-budget-table';

export async function deleteBudgetRow(db: DbOrTx, rowId: number) {
	return db.transaction(async (tx) => {
		const [row] = await tx.delete(budgetRows).where(eq(budgetRows.id, rowId)).returning();
		if (!row) throw new NotFoundError('Budgetraden');
		await touchBudgetTable(tx, row.tableId);
		return row;
	});
}
