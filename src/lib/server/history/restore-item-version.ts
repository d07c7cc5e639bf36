import { and, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import {
	activities,
	budgetRows,
	budgetTables,
	goals,
	indicatorTargets,
	indicators,
	planAttachments,
	planSections,
	plans
} from '../db/schema';
import { NotFoundError, ok, refused, type Result } from '../result';
import { restorableState } from '../../domain/history/describe-change';
import { tableLabel, type ItemTable, type RowValue } from '../../domain/history/tables';
import { changeYear } from './change-year';

export interface RestoreRequest {
	/** The organisation whose page asks: the change must be recorded for it. */
	organisationId: number;
	/** The year in the URL; the item must belong to it (the policy judged that year's plan status). */
	year: number;
	table: ItemTable;
	rowKey: string;
	/** The change_log entry whose resulting version is brought back. */
	changeId: number;
}

export type RestoreOutcome = { restored: boolean };

type Value = RowValue;
const text = (v: Value, key: string) => (v[key] === null || v[key] === undefined ? null : String(v[key]));
const number = (v: Value, key: string) => (v[key] === null || v[key] === undefined ? null : Number(v[key]));
const fitTo = (values: unknown, count: number) => Array.from({ length: count }, (_, i) => (Array.isArray(values) ? (values[i] ?? null) : null) as number | null);

/**
 * Writes an item's editable fields back to how they were after a chosen change (the version that
 * change produced). The restore is itself a change, recorded with the acting user by the history
 * triggers. The item's version goes up, so anyone with the item open in an editor gets the
 * "someone saved in between" conflict instead of overwriting the restore.
 *
 * A removed item cannot be brought back this way (its children and targets went with it), and
 * neither can the state "removed": both are refused. A change recorded for another organisation or
 * year is "not found", whatever the URL says.
 */
export async function restoreItemVersion(db: DbOrTx, request: RestoreRequest): Promise<Result<RestoreOutcome>> {
	const [entry] = await executeRows<{ table_name: string; row_key: string; organisation_id: number | null; operation: string; new_value: unknown; year: number | null }>(
		db,
		sql`select c.table_name, c.row_key, c.organisation_id, c.operation, c.new_value, ${changeYear('c')} as year
			from change_log c where c.id = ${request.changeId}`
	);
	if (
		!entry ||
		entry.table_name !== request.table ||
		entry.row_key !== request.rowKey ||
		Number(entry.organisation_id) !== request.organisationId ||
		Number(entry.year) !== request.year
	) {
		throw new NotFoundError('Versionen');
	}
	if (entry.operation === 'delete' || !entry.new_value) {
		return refused({ form: 'En borttagning kan inte återställas.' });
	}
	const value = (typeof entry.new_value === 'string' ? JSON.parse(entry.new_value) : entry.new_value) as Value;
	const gone = refused({ form: `${tableLabel(request.table)} är borttagen och kan inte återställas.` });
	const same = ok<RestoreOutcome>({ restored: false });
	const unchanged = (current: object) => restorableState(request.table, toSnake(current)) === restorableState(request.table, value);
	const bump = { version: sql`version + 1` };

	switch (request.table) {
		case 'goals': {
			const id = Number(request.rowKey);
			const [current] = await db.select().from(goals).where(eq(goals.id, id));
			if (!current) return gone;
			if (unchanged(current)) return same;
			const goalNumber = text(value, 'number');
			if (goalNumber !== null) {
				const [clash] = await db
					.select({ id: goals.id })
					.from(goals)
					.where(and(eq(goals.organisationId, current.organisationId), eq(goals.year, current.year), eq(goals.number, goalNumber), ne(goals.id, id)));
				if (clash) return refused({ form: `Numret ${goalNumber} används nu av ett annat mål. Ändra det målets nummer först.` });
			}
			await db
				.update(goals)
				.set({ number: goalNumber, title: String(value.title ?? ''), sections: (value.sections ?? {}) as Record<string, string>, ...bump, updatedAt: new Date() })
				.where(eq(goals.id, id));
			break;
		}
		case 'plan_sections': {
			const id = Number(request.rowKey);
			const [current] = await db.select().from(planSections).where(eq(planSections.id, id));
			if (!current) return gone;
			if (unchanged(current)) return same;
			await db.update(planSections).set({ heading: String(value.heading ?? ''), text: String(value.text ?? ''), ...bump }).where(eq(planSections.id, id));
			break;
		}
		case 'activities': {
			const id = Number(request.rowKey);
			const [current] = await db.select().from(activities).where(eq(activities.id, id));
			if (!current) return gone;
			if (unchanged(current)) return same;
			await db
				.update(activities)
				.set({ title: String(value.title ?? ''), start: text(value, 'start_date'), end: text(value, 'end_date'), ...bump })
				.where(eq(activities.id, id));
			break;
		}
		case 'indicators': {
			const id = Number(request.rowKey);
			const [current] = await db.select().from(indicators).where(eq(indicators.id, id));
			if (!current) return gone;
			if (unchanged(current)) return same;
			await db
				.update(indicators)
				.set({
					name: String(value.name ?? ''),
					unit: String(value.unit ?? ''),
					kind: value.kind as typeof current.kind,
					direction: value.direction as typeof current.direction,
					periodicity: value.periodicity as typeof current.periodicity,
					genderSplit: value.gender_split === true,
					councilTargetValue: number(value, 'council_target_value'),
					councilTargetText: text(value, 'council_target_text'),
					...bump
				})
				.where(eq(indicators.id, id));
			break;
		}
		case 'indicator_targets': {
			const [indicatorId, organisationId] = request.rowKey.split(':').map(Number);
			const where = and(eq(indicatorTargets.indicatorId, indicatorId), eq(indicatorTargets.organisationId, organisationId));
			const [current] = await db.select().from(indicatorTargets).where(where);
			if (!current) return gone;
			if (unchanged(current)) return same;
			await db.update(indicatorTargets).set({ targetValue: number(value, 'target_value'), targetText: text(value, 'target_text') }).where(where);
			break;
		}
		case 'budget_tables': {
			const id = Number(request.rowKey);
			const [current] = await db.select().from(budgetTables).where(eq(budgetTables.id, id));
			if (!current) return gone;
			if (unchanged(current)) return same;
			const columns = Array.isArray(value.columns) ? value.columns.map(String) : current.columns;
			await db.update(budgetTables).set({ heading: String(value.heading ?? ''), columns, ...bump }).where(eq(budgetTables.id, id));
			// Every row has one amount per column, as a save of the table keeps them.
			if (columns.length !== current.columns.length) {
				for (const row of await db.select().from(budgetRows).where(eq(budgetRows.tableId, id))) {
					await db.update(budgetRows).set({ values: fitTo(row.values, columns.length) }).where(eq(budgetRows.id, row.id));
				}
			}
			break;
		}
		case 'budget_rows': {
			const id = Number(request.rowKey);
			const [current] = await db.select().from(budgetRows).where(eq(budgetRows.id, id));
			if (!current) return gone;
			if (unchanged(current)) return same;
			const [table] = await db.select().from(budgetTables).where(eq(budgetTables.id, current.tableId));
			await db.update(budgetRows).set({ label: String(value.label ?? ''), values: fitTo(value.values, table.columns.length) }).where(eq(budgetRows.id, id));
			// The table is edited as one form: its version tells an open editor that a row changed.
			await db.update(budgetTables).set(bump).where(eq(budgetTables.id, current.tableId));
			break;
		}
		case 'plan_attachments': {
			const id = Number(request.rowKey);
			const [current] = await db.select().from(planAttachments).where(eq(planAttachments.id, id));
			if (!current) return gone;
			if (unchanged(current)) return same;
			await db.update(planAttachments).set({ title: String(value.title ?? '') }).where(eq(planAttachments.id, id));
			break;
		}
		case 'plans': {
			const id = Number(request.rowKey);
			const [current] = await db.select().from(plans).where(eq(plans.id, id));
			if (!current) return gone;
			if (unchanged(current)) return same;
			await db
				.update(plans)
				.set({ handler: String(value.handler ?? ''), phone: String(value.phone ?? ''), recipient: String(value.recipient ?? ''), ...bump, updatedAt: new Date() })
				.where(eq(plans.id, id));
			break;
		}
	}
	return ok({ restored: true });
}

/** A Drizzle row (camelCase) in the change log's shape (snake_case), to compare with a recorded version. */
function toSnake(row: object): Value {
	const renamed: Record<string, string> = { start: 'start_date', end: 'end_date' };
	return Object.fromEntries(
		Object.entries(row).map(([k, v]) => [renamed[k] ?? k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v])
	);
}
