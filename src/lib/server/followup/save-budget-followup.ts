import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { budgetFollowups, budgetRows, budgetTables, plans } from '../db/schema';
import { saveVersioned } from '../db/save-versioned';
import { conflicted, ok, refused, type Conflict, type Result } from '../result';
import { parseAmount } from '../plans/budget-input';
import { isPeriodKey, type PeriodKey } from '../../domain/followup/report-periods';
import { budgetFollowupRowFields, type BudgetFollowupRowFields } from './followup-input';

export type BudgetFollowupRow = typeof budgetFollowups.$inferSelect;

export interface SaveBudgetFollowupInput {
	/** A budget table of the organisation's verksamhetsplan for the year. */
	tableId: number;
	organisationId: number;
	year: number;
	period: PeriodKey;
	/** By budget row id: the version each row's follow-up started from (0: none yet), Utfall and Prognos as typed. */
	rows: Record<number, BudgetFollowupRowFields>;
}

/** Thrown inside the transaction to undo the rows already written when a later one conflicts. */
class StaleRow extends Error {
	constructor() {
		super('stale budget follow-up');
	}
}

/**
 * Saves a budget table's follow-up for a period (a report or a month): each row's outcome so far
 * and forecast for the year, in tkr. All rows or none: a bad amount is refused at its cell
 * (`outcome-<row id>`, `forecast-<row id>`), and if any row was saved by someone else since the
 * form was shown, nothing is written and the stored follow-up of every row comes back.
 */
export async function saveBudgetFollowup(
	db: DbOrTx,
	input: SaveBudgetFollowupInput
): Promise<Result<{ changed: number }> | Conflict<Record<number, BudgetFollowupRow>>> {
	if (!isPeriodKey(input.period)) return refused({ form: 'Välj en rapport (T1, T2, VB) eller en månad.' });
	// The table (if it is in the unit's plan) and its rows, in one query.
	const tableRows = await db
		.select({ rowId: budgetRows.id })
		.from(budgetTables)
		.innerJoin(plans, eq(plans.id, budgetTables.planId))
		.leftJoin(budgetRows, eq(budgetRows.tableId, budgetTables.id))
		.where(and(eq(budgetTables.id, input.tableId), eq(plans.organisationId, input.organisationId), eq(plans.year, input.year), eq(plans.kind, 'verksamhetsplan')));
	if (tableRows.length === 0) return refused({ form: 'Budgettabellen finns inte i enhetens plan.' });
	const rowIds = tableRows.map((r) => r.rowId).filter((id): id is number => id !== null);

	const errors: Record<string, string> = {};
	const parsedRows: { rowId: number; version: number; outcome: number | null; forecast: number | null; comment: string }[] = [];
	for (const [key, raw] of Object.entries(input.rows)) {
		const rowId = Number(key);
		if (!rowIds.includes(rowId)) return refused({ form: 'Raden finns inte i budgettabellen.' });
		const fields = budgetFollowupRowFields.safeParse(raw);
		if (!fields.success) {
			errors[`outcome-${rowId}`] = fields.error.issues[0].message;
			continue;
		}
		const amount = (text: string, field: string) => {
			const parsed = parseAmount(text);
			if (parsed.ok) return parsed.value;
			errors[`${field}-${rowId}`] = parsed.message;
			return null;
		};
		const { version, comment } = fields.data;
		parsedRows.push({ rowId, version, outcome: amount(fields.data.outcome, 'outcome'), forecast: amount(fields.data.forecast, 'forecast'), comment });
	}
	if (Object.keys(errors).length > 0) return refused(errors);

	const stored = async () => {
		const rows = rowIds.length
			? await db.select().from(budgetFollowups).where(and(inArray(budgetFollowups.budgetRowId, rowIds), eq(budgetFollowups.period, input.period)))
			: [];
		return Object.fromEntries(rows.map((r) => [r.budgetRowId, r]));
	};
	try {
		const isBlank = (row: (typeof parsedRows)[number]) => row.outcome === null && row.forecast === null && row.comment === '';
		const isNew = (row: (typeof parsedRows)[number]) => row.version === 0 && !isBlank(row);
		const first = parsedRows.filter(isNew);
		const others = parsedRows.filter((r) => !isNew(r));
		const write = async (tx: DbOrTx) => {
			// Rows followed up for the first time go in with one statement; one already there was saved by someone else.
			if (first.length) {
				const inserted = await tx
					.insert(budgetFollowups)
					.values(first.map((row) => ({ budgetRowId: row.rowId, organisationId: input.organisationId, period: input.period, outcome: row.outcome, forecast: row.forecast, comment: row.comment })))
					.onConflictDoNothing()
					.returning({ id: budgetFollowups.id });
				if (inserted.length < first.length) throw new StaleRow();
			}
			let count = first.length;
			for (const row of others) {
				const values = { outcome: row.outcome, forecast: row.forecast, comment: row.comment };
				const saved = await saveVersioned<BudgetFollowupRow>(tx, {
					table: budgetFollowups,
					key: and(eq(budgetFollowups.budgetRowId, row.rowId), eq(budgetFollowups.period, input.period)),
					version: row.version,
					insert: { budgetRowId: row.rowId, organisationId: input.organisationId, period: input.period, ...values },
					update: values,
					same: (c) => c.outcome === row.outcome && c.forecast === row.forecast && c.comment === row.comment,
					blank: isBlank(row)
				});
				if (saved.kind === 'conflict') throw new StaleRow();
				if (saved.kind === 'saved' && saved.changed) count++;
			}
			return count;
		};
		const changed = await db.transaction(write);
		return ok({ changed });
	} catch (error) {
		if (error instanceof StaleRow) return conflicted('budgetuppföljningen', await stored());
		throw error;
	}
}
