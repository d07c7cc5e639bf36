import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { budgetTables } from '../db/schema';

/**
 * Counts a change to a table's rows (added, deleted, moved) as a new version of the table, so a
 * save of the whole table that started before it is caught as stale.
 */
export async function touchBudgetTable(db: DbOrTx, tableId: number): Promise<void> {
	await db.update(budgetTables).set({ version: sql`${budgetTables.version} + 1` }).where(eq(budgetTables.id, tableId));
}
