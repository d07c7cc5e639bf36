import { eq, max } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { budgetRows, budgetTables } from '../db/schema';

/** A new budget table, started with the short row list most plans use. */
export const defaultBudgetRows = ['Intäkter', 'Personal', 'Köp av verksamhet', 'Lokaler', 'Övriga kostnader'];

export async function addBudgetTable(db: DbOrTx, planId: number, fields: { heading: string; columns: string[] }) {
	return db.transaction(async (tx) => {
		const [{ last }] = await tx.select({ last: max(budgetTables.position) }).from(budgetTables).where(eq(budgetTables.planId, planId));
		const [table] = await tx
			.insert(budgetTables)
			.values({ planId, heading: fields.heading, columns: fields.columns, position: (last ?? -1) + 1 })
			.returning();
		await tx.insert(budgetRows).values(
			defaultBudgetRows.map((label, position) => ({
				tableId: table.id,
				label,
				values: fields.columns.map(() => null),
				position
			}))
		);
		return table;
	});
}
