import { eq, max } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { budgetRows, budgetTables } from '../db/schema';
import { NotFoundError } from '../result';
import { touchBudgetTable } from './touch-budget-table';

export async function addBudgetRow(db: DbOrTx, tableId: number, label: string) {
	const [table] = await db.select().from(budgetTables).where(eq(budgetTables.id, tableId));
	if (!table) throw new NotFoundError('Budgettabellen');
	return db.transaction(async (tx) => {
		const [{ last }] = await tx.select({ last: max(budgetRows.position) }).from(budgetRows).where(eq(budgetRows.tableId, tableId));
		const [row] = await tx
			.insert(budgetRows)
			.values({ tableId, label, values: table.columns.map(() => null), position: (last ?? -1) + 1 })
			.returning();
		await touchBudgetTable(tx, tableId);
		return row;
	});
}
