import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { budgetRows, budgetTables } from '../db/schema';
import { conflicted, NotFoundError, ok, refused, type Conflict, type Result } from '../result';
import { parseAmount } from './budget-input';

export interface BudgetTableSave {
	/** The table's version the user started from. */
	version: number;
	heading: string;
	columns: string[];
	/** Row id → label and the amounts as typed, one per column. */
	rows: Record<number, { label: string; values: string[] }>;
}

/** A table as stored: what a stale save gets back to show beside the user's own. */
export interface StoredBudgetTable {
	id: number;
	heading: string;
	columns: string[];
	version: number;
	rows: { id: number; label: string; values: (number | null)[] }[];
}

/**
 * Saves a whole budget table as the user sees it: heading, columns, every row's label and amounts.
 * Any bad amount refuses the save (field "value-<row>-<column>"); nothing is half-written. The
 * save names the table's version it started from (rows added, deleted or moved count as a new
 * version); if the table changed in between, nothing is written and the stored table comes back.
 */
export async function saveBudgetTable(
	db: DbOrTx,
	tableId: number,
	input: BudgetTableSave
): Promise<Result<number> | Conflict<StoredBudgetTable>> {
	const errors: Record<string, string> = {};
	const typed = new Map<number, { label: string; values: (number | null)[] }>();
	for (const [key, row] of Object.entries(input.rows)) {
		const rowId = Number(key);
		if (!row.label.trim()) errors[`label-${rowId}`] = 'Skriv radens benämning.';
		const values = input.columns.map((_, column) => {
			const parsed = parseAmount(row.values[column] ?? '');
			if (!parsed.ok) {
				errors[`value-${rowId}-${column}`] = parsed.message;
				return null;
			}
			return parsed.value;
		});
		typed.set(rowId, { label: row.label.trim(), values });
	}
	if (Object.keys(errors).length) return refused(errors);
	return db.transaction(async (tx) => {
		const [table] = await tx
			.update(budgetTables)
			.set({ heading: input.heading, columns: input.columns, version: sql`${budgetTables.version} + 1` })
			.where(and(eq(budgetTables.id, tableId), eq(budgetTables.version, input.version)))
			.returning();
		if (!table) {
			const [current] = await tx.select().from(budgetTables).where(eq(budgetTables.id, tableId));
			if (!current) throw new NotFoundError('Budgettabellen');
			const rows = await tx.select().from(budgetRows).where(eq(budgetRows.tableId, tableId)).orderBy(asc(budgetRows.position), asc(budgetRows.id));
			return conflicted('budgettabellen', {
				id: current.id,
				heading: current.heading,
				columns: current.columns,
				version: current.version,
				rows: rows.map((r) => ({ id: r.id, label: r.label, values: r.values }))
			});
		}
		// Read after the version check: the rows are the ones of the version the user started from.
		const existing = await tx.select().from(budgetRows).where(eq(budgetRows.tableId, tableId));
		let saved = 0;
		for (const row of existing) {
			const update = typed.get(row.id);
			if (update) {
				await tx.update(budgetRows).set(update).where(eq(budgetRows.id, row.id));
				saved++;
			} else if (row.values.length !== input.columns.length) {
				// Rows not in the form keep their amounts, padded or cut to the new column count.
				const values = input.columns.map((_, i) => row.values[i] ?? null);
				await tx.update(budgetRows).set({ values }).where(eq(budgetRows.id, row.id));
			}
		}
		return ok(saved);
	});
}
