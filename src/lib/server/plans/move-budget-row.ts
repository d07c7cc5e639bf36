import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { budgetRows } from '../db/schema';
import { moveInList } from '../db/reorder';
import { NotFoundError } from '../result';

/** Moves a budget row one step within its table. */
export async function moveBudgetRow(db: DbOrTx, rowId: number, direction: 'up' | 'down'): Promise<void> {
	const [row] = await db.select().from(budgetRows).where(eq(budgetRows.id, rowId));
	if (!row) throw new NotFoundError('Budgetraden');
	await moveInList(db, { table: budgetRows, id: budgetRows.id, position: budgetRows.position }, eq(budgetRows.tableId, row.tableId), rowId, direction);
}
