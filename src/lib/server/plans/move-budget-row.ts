import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { budgetRows } from '../db/schema';
import { moveInList } from '../db/reorder';
import { NotFoundError } from '../result';
import { touchBudgetTable } from './touch-budget-table';

/** Moves a budget row one step within its table. */
export async function moveBudgetRow(db: DbOrTx, rowId: number, direction: 'up' | 'down'): Promise<void> {
	const [row] = await db.select().from(budgetRows).where(eq(budgetRows.id, rowId));
	if (!row) throw new NotFoundError('Budgetraden');
	await db.transaction(async (tx) => {
		await moveInList(tx, { table: budgetRows, id: budgetRows.id, position: budgetRows.position }, eq(budgetRows.tableId, row.tableId), rowId, direction);
		await touchBudgetTable(tx, row.tableId);
	});
}
