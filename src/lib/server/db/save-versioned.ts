import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client';

/** A table whose rows carry an id and a version a save must name. */
export type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

export type VersionedSave<Row> =
	| { kind: 'saved'; row: Row; changed: boolean }
	/** Nothing was stored and nothing worth storing was sent. */
	| { kind: 'blank' }
	/** The save started from another version than the stored one (null: there is none, or it was deleted). */
	| { kind: 'conflict'; current: Row | null };

export interface VersionedSaveSpec<Row> {
	table: VersionedTable;
	/** Finds the one row the save is about (its natural key: item, organisation, period). */
	key: SQL | undefined;
	/** The version the edit started from; 0 when there was no row. */
	version: number;
	/** What a new row holds (key columns included). */
	insert: Record<string, unknown>;
	/** What a save changes in an existing row. */
	update: Record<string, unknown>;
	/** Whether the stored row already says what is sent: then nothing is written. */
	same: (current: Row) => boolean;
	/** Whether what is sent is empty, so that no row need be created for it. */
	blank?: boolean;
}

/**
 * Saves a row of a follow-up table keyed by item, organisation and period, naming the version the
 * edit started from: a new row only when none exists (of two people creating it at once, one
 * gets a conflict), an update only of the version named. What is stored already is not written
 * again, so saving an unchanged form, or importing the same file twice, changes nothing.
 */
export async function saveVersioned<Row extends { id: number; version: number }>(
	db: DbOrTx,
	spec: VersionedSaveSpec<Row>
): Promise<VersionedSave<Row>> {
	const table = spec.table;
	const select = async (where: SQL | undefined) => ((await db.select().from(table as PgTable).where(where)) as unknown as Row[])[0];
	const insert = async () => ((await db.insert(table).values(spec.insert as never).onConflictDoNothing().returning()) as unknown as Row[])[0];
	// A first save of something worth keeping tries the insert straight away (one query, not two);
	// a row that is there already makes it a conflict, as it would have been had we looked first.
	const tryInsert = async (): Promise<VersionedSave<Row>> => {
		const inserted = await insert();
		if (inserted) return { kind: 'saved', row: inserted, changed: true };
		return { kind: 'conflict', current: (await select(spec.key)) ?? null };
	};
	if (spec.version === 0 && !spec.blank) return tryInsert();
	const step = versionedStep((await select(spec.key)) ?? null, spec);
	if (step.kind === 'insert') return tryInsert();
	if (step.kind !== 'update') return step;
	const [saved] = (await db
		.update(table)
		.set({ ...spec.update, version: sql`${table.version} + 1`, updatedAt: new Date() } as never)
		.where(and(eq(table.id, step.current.id), eq(table.version, spec.version)))
		.returning()) as unknown as Row[];
	if (saved) return { kind: 'saved', row: saved, changed: true };
	return { kind: 'conflict', current: (await select(eq(table.id, step.current.id))) ?? null };
}

/** What a save does to one row, decided from the row stored (null: none) before anything is written. */
export type VersionedStep<Row> =
	| { kind: 'insert' }
	| { kind: 'update'; current: Row }
	/** The stored row already says what is sent. */
	| { kind: 'saved'; row: Row; changed: false }
	| { kind: 'blank' }
	| { kind: 'conflict'; current: Row | null };

/**
 * saveVersioned's rules, for one row or many (saveOutcomes decides every item with it, then writes
 * them in bulk): nothing stored → a save that named a version lost the row to someone, a blank one
 * needs none, anything else is inserted; a stored row of another version than the one named is a
 * conflict; one that says what is sent is not written again; otherwise it is updated.
 */
export function versionedStep<Row extends { version: number }>(
	current: Row | null,
	spec: Pick<VersionedSaveSpec<Row>, 'version' | 'same' | 'blank'>
): VersionedStep<Row> {
	if (!current) {
		if (spec.version !== 0) return { kind: 'conflict', current: null };
		return spec.blank ? { kind: 'blank' } : { kind: 'insert' };
	}
	if (current.version !== spec.version) return { kind: 'conflict', current };
	if (spec.same(current)) return { kind: 'saved', row: current, changed: false };
	return { kind: 'update', current };
}
