import { eq, max } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { budgetRows, budgetTables } from '../db/schema';
import { NotFoundError } from '../result';

export async function addBudgetRow(db: DbOrTx, tableId: number, label: string) {
	const [table] = await db.select().from(budgetTables).where(eq(budgetTables.id, tableId));
	if (!table) throw new NotFoundError('Budgettabellen');
	const [{ last }] = await db.select({ last: max(budgetRows.position) }).from(budgetRows).where(eq(budgetRows.tableId, tableId));
	const [row] = await db
		.insert(budgetRows)
		.values({ tableId, label, values: table.columns.map(() => null), position: (last ?? -1) + 1 })
		.returning();
	return row;
}
