import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { budgetRows, budgetTables } from '../db/schema';
import { NotFoundError, ok, refused, type Result } from '../result';
import { parseAmount } from './budget-input';

export interface BudgetTableSave {
	heading: string;
	columns: string[];
	/** Row id → label and the amounts as typed, one per column. */
	rows: Record<number, { label: string; values: string[] }>;
}

/**
 * Saves a whole budget table as the user sees it: heading, columns, every row's label and amounts.
 * Any bad amount refuses the save (field "value-<row>-<column>"); nothing is half-written.
 */
export async function saveBudgetTable(db: DbOrTx, tableId: number, input: BudgetTableSave): Promise<Result<number>> {
	const [table] = await db.select().from(budgetTables).where(eq(budgetTables.id, tableId));
	if (!table) throw new NotFoundError('Budgettabellen');
	const existing = await db.select().from(budgetRows).where(eq(budgetRows.tableId, tableId));
	const errors: Record<string, string> = {};
	const updates: { id: number; label: string; values: (number | null)[] }[] = [];
	for (const row of existing) {
		const typed = input.rows[row.id];
		if (!typed) continue;
		if (!typed.label.trim()) errors[`label-${row.id}`] = 'Skriv radens benämning.';
		const values = input.columns.map((_, column) => {
			const parsed = parseAmount(typed.values[column] ?? '');
			if (!parsed.ok) {
				errors[`value-${row.id}-${column}`] = parsed.message;
				return null;
			}
			return parsed.value;
		});
		updates.push({ id: row.id, label: typed.label.trim(), values });
	}
	if (Object.keys(errors).length) return refused(errors);
	await db.transaction(async (tx) => {
		await tx.update(budgetTables).set({ heading: input.heading, columns: input.columns }).where(eq(budgetTables.id, tableId));
		for (const update of updates) {
			await tx.update(budgetRows).set({ label: update.label, values: update.values }).where(eq(budgetRows.id, update.id));
		}
		// Rows not in the form keep their amounts, padded or cut to the new column count.
		const untouched = existing.filter((r) => !input.rows[r.id]);
		if (untouched.length && input.columns.length !== table.columns.length) {
			for (const row of untouched) {
				const values = input.columns.map((_, i) => row.values[i] ?? null);
				await tx.update(budgetRows).set({ values }).where(eq(budgetRows.id, row.id));
			}
		}
	});
	return ok(updates.length);
}
