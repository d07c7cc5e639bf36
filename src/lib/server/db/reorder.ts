import { asc, eq, isNull, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client';

interface Orderable {
	table: PgTable;
	id: PgColumn;
	position: PgColumn;
}

/**
 * Moves an item one step up or down among its siblings (those matching `scope`), by
 * renumbering the siblings 0..n in their new order. One way to reorder every list.
 */
export async function moveInList(
	db: DbOrTx,
	{ table, id, position }: Orderable,
	scope: SQL | undefined,
	itemId: number,
	direction: 'up' | 'down'
): Promise<void> {
	await db.transaction(async (tx) => {
		const siblings = (await tx
			.select({ id, position })
			.from(table)
			.where(scope)
			.orderBy(asc(position), asc(id))) as { id: number; position: number }[];
		const index = siblings.findIndex((s) => s.id === itemId);
		const target = direction === 'up' ? index - 1 : index + 1;
		if (index < 0 || target < 0 || target >= siblings.length) return;
		[siblings[index], siblings[target]] = [siblings[target], siblings[index]];
		for (const [i, sibling] of siblings.entries()) {
			if (sibling.position !== i) {
				await tx.update(table).set({ position: i } as never).where(eq(id, sibling.id));
			}
		}
	});
}

/** `column = value`, or `column IS NULL` for a null value. */
export function eqOrNull(column: PgColumn, value: number | null): SQL {
	return value === null ? isNull(column) : eq(column, value);
}
