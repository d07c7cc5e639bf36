import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { indicatorOutcomes } from '../db/schema';
import { integerArray } from '../db/integer-array';
import { parameterChunks } from '../db/parameter-chunks';
import { versionedStep } from '../db/save-versioned';
import { updateVersionedRows, type VersionedUpdate } from '../db/update-versioned-rows';
import { conflicted, refused, type Conflict, type FieldErrors } from '../result';
import { zodFieldErrors } from '../validation';
import { parseOutcome, sameOutcome } from '../../domain/followup/outcome';
import { overrideMessages, type FulfilmentOverride } from '../../domain/followup/fulfilment';
import { isReportedIn, periodTitle, type ReportPeriod } from '../../domain/followup/report-periods';
import { periodicityLabel } from '../../domain/indicators/indicator';
import { outcomeColumns, storedOutcome, type OutcomeRow, type StoredOutcome } from './outcome-row';
import { outcomeFields, type OutcomeFields } from './followup-input';
import { reportableIndicators } from './in-report';

export interface OutcomeItem {
	indicatorId: number;
	organisationId: number;
	/** The version the edit started from; 0 when there was no outcome yet. */
	version: number;
	fields: OutcomeFields;
}

export interface SaveOutcomesInput {
	/** The report's year: an item of another year is not this report's. */
	year: number;
	period: ReportPeriod;
	items: readonly OutcomeItem[];
}

export interface SavedOutcome {
	/** Null when nothing is stored (a blank outcome that never existed). */
	stored: StoredOutcome | null;
	/** False when the save said what was already stored: nothing was written. */
	changed: boolean;
}

/** Why one item was not saved: messages per field ('form' for the item as a whole), and for a stale item the stored outcome. */
export type OutcomeRefusal = { ok: false; errors: FieldErrors } | Conflict<StoredOutcome | null>;

export type SaveOutcomesResult =
	/** Every item was good: `outcomes` in the order of the items; `changed` of them were written. */
	| { ok: true; value: { outcomes: SavedOutcome[]; changed: number } }
	/** Nothing was written: every item that failed, by its index in the items. */
	| { ok: false; refusals: Record<number, OutcomeRefusal> };

export interface SaveOutcomesOptions {
	/** For tests: runs after everything was read, just before the writes (in their transaction when there is one), as someone saving in between would. */
	beforeWrite?: (tx: DbOrTx) => Promise<void>;
}

export const outcomeRefusals = {
	notInPlan: 'Indikatorn finns inte i enhetens plan.',
	notReported: (periodicity: string, period: string) => `Indikatorn redovisas inte i ${period} (periodicitet ${periodicity}).`,
	twice: 'Utfallet för indikatorn och enheten finns redan tidigare i det som sparas.'
};

/** Thrown inside the write's transaction to undo it: these items' rows were changed by someone since they were read. */
class ChangedMeanwhile extends Error {
	constructor(readonly items: number[]) {
		super('outcomes changed meanwhile');
	}
}

function sameOverride(a: FulfilmentOverride | null, b: FulfilmentOverride | null): boolean {
	return a === null || b === null ? a === b : a.level === b.level && a.justification === b.justification;
}

const keyOf = (item: { indicatorId: number; organisationId: number }) => `${item.indicatorId}/${item.organisationId}`;

/** The stored outcomes of the items' (indicator, unit) pairs for the period, by pair, in one query. */
async function storedRows(db: DbOrTx, period: ReportPeriod, items: readonly OutcomeItem[]): Promise<Map<string, OutcomeRow>> {
	if (items.length === 0) return new Map();
	// Every stored row of the items' indicators × units, which may hold pairs not asked for (few:
	// a file's rows cover most pairs); two array parameters whatever the number of items.
	const rows = await db
		.select()
		.from(indicatorOutcomes)
		.where(
			and(
				sql`${indicatorOutcomes.indicatorId} = any(${integerArray(items.map((i) => i.indicatorId))}::integer[])`,
				sql`${indicatorOutcomes.organisationId} = any(${integerArray(items.map((i) => i.organisationId))}::integer[])`,
				eq(indicatorOutcomes.period, period)
			)
		);
	return new Map(rows.map((row) => [keyOf(row), row]));
}

/**
 * Saves units' outcomes of indicators for a report period, many at once, by the rules of the
 * report editor (saveOutcome is this with one item): each item's figures as entered (read by the
 * domain's parseOutcome), its comment and its override of the fulfilment with the required
 * justification; the indicator in the unit's plan for the report's year and reported in the
 * period; the version the edit started from. All or nothing: every item that fails is returned
 * by its index and nothing is written. Items that say what is stored are not written (no new
 * version, no line in the history).
 *
 * A fixed number of queries whatever the number of items: which indicators the units may report
 * on (one query), the stored rows (one), then the new rows inserted and the changed ones updated
 * in bulk (a statement per chunk of rows; in one transaction when more than one row is written),
 * each update only of the version it was read at. A row someone else saved, or created, between
 * the read and the write makes the whole save a conflict: nothing is written and each such item
 * gets the stored outcome back.
 */
export async function saveOutcomes(db: DbOrTx, input: SaveOutcomesInput, options: SaveOutcomesOptions = {}): Promise<SaveOutcomesResult> {
	const refusals: Record<number, OutcomeRefusal> = {};
	const items = input.items;
	const fields = items.map((item, index) => {
		const parsed = outcomeFields.safeParse(item.fields);
		if (parsed.success) return parsed.data;
		refusals[index] = refused(zodFieldErrors(parsed.error));
		return null;
	});
	const readable = items.filter((_, index) => fields[index] !== null);
	const [reportable, stored] = await Promise.all([reportableIndicators(db, input.year, readable), storedRows(db, input.period, readable)]);

	const outcomes: SavedOutcome[] = [];
	const inserts: { index: number; row: typeof indicatorOutcomes.$inferInsert }[] = [];
	const updates: (VersionedUpdate & { index: number; current: OutcomeRow })[] = [];
	const seen = new Set<string>();
	for (const [index, item] of items.entries()) {
		const itemFields = fields[index];
		if (itemFields === null) continue;
		const key = keyOf(item);
		if (seen.has(key)) {
			refusals[index] = refused({ form: outcomeRefusals.twice });
			continue;
		}
		seen.add(key);
		const indicator = reportable(item.indicatorId, item.organisationId);
		if (!indicator) {
			refusals[index] = refused({ form: outcomeRefusals.notInPlan });
			continue;
		}
		if (!isReportedIn(indicator.periodicity, input.period)) {
			refusals[index] = refused({ form: outcomeRefusals.notReported(periodicityLabel[indicator.periodicity], periodTitle(input.period, indicator.year)) });
			continue;
		}

		const parsed = parseOutcome(itemFields, { kind: indicator.kind, unit: indicator.unit, genderSplit: indicator.genderSplit });
		const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
		let override: FulfilmentOverride | null = null;
		if (itemFields.overrideLevel !== '') {
			if (itemFields.overrideJustification === '') errors.overrideJustification = overrideMessages.justificationRequired;
			else override = { level: itemFields.overrideLevel, justification: itemFields.overrideJustification };
		}
		if (!parsed.ok || Object.keys(errors).length > 0) {
			refusals[index] = refused(errors);
			continue;
		}
		const outcome = parsed.outcome;
		const values = {
			...outcomeColumns(outcome),
			overrideLevel: override?.level ?? null,
			overrideJustification: override?.justification ?? null
		};

		const step = versionedStep(stored.get(key) ?? null, {
			version: item.version,
			same: (current) => {
				const was = storedOutcome(current);
				return sameOutcome(was.outcome, outcome) && sameOverride(was.override, override);
			},
			// Nothing entered, no comment, no override: nothing to keep.
			blank: outcome.status === 'missing' && outcome.comment === null && override === null
		});
		if (step.kind === 'conflict') refusals[index] = conflicted('utfallet', step.current ? storedOutcome(step.current) : null);
		else if (step.kind === 'blank') outcomes[index] = { stored: null, changed: false };
		else if (step.kind === 'saved') outcomes[index] = { stored: storedOutcome(step.row), changed: false };
		else if (step.kind === 'insert') {
			inserts.push({ index, row: { indicatorId: item.indicatorId, organisationId: item.organisationId, period: input.period, ...values } });
		} else updates.push({ index, id: step.current.id, version: step.current.version, values, current: step.current });
	}
	if (Object.keys(refusals).length > 0) return { ok: false, refusals };
	if (inserts.length === 0 && updates.length === 0) return { ok: true, value: { outcomes, changed: 0 } };

	const updatedAt = new Date();
	try {
		const write = async (tx: DbOrTx) => {
			await options.beforeWrite?.(tx);
			// Items whose row someone else created or changed since it was read; every statement still
			// runs so that all of them are reported, then the transaction is undone.
			const lost: number[] = [];
			const insertIndex = new Map(inserts.map(({ index, row }) => [keyOf(row), index]));
			for (const chunk of parameterChunks(inserts, Object.keys(inserts[0]?.row ?? {}).length)) {
				const rows = await tx
					.insert(indicatorOutcomes)
					.values(chunk.map((i) => i.row))
					.onConflictDoNothing()
					.returning();
				for (const row of rows) outcomes[insertIndex.get(keyOf(row))!] = { stored: storedOutcome(row), changed: true };
				lost.push(...chunk.filter((i) => !outcomes[i.index]).map((i) => i.index));
			}
			const written = await updateVersionedRows(tx, indicatorOutcomes, updates, updatedAt);
			lost.push(...updates.filter((u) => !written.has(u.id)).map((u) => u.index));
			if (lost.length > 0) throw new ChangedMeanwhile(lost);
		};
		// One row is one statement, written whole or not at all; more rows are written in a transaction, undone together.
		await (inserts.length + updates.length === 1 ? write(db) : db.transaction(write));
	} catch (error) {
		if (!(error instanceof ChangedMeanwhile)) throw error;
		// Nothing was written; the items someone else saved meanwhile come back with what is stored now.
		const now = await storedRows(db, input.period, error.items.map((index) => items[index]));
		for (const index of error.items) {
			const current = now.get(keyOf(items[index]));
			refusals[index] = conflicted('utfallet', current ? storedOutcome(current) : null);
		}
		return { ok: false, refusals };
	}
	for (const { index, current, values } of updates) {
		outcomes[index] = { stored: storedOutcome({ ...current, ...values, version: current.version + 1, updatedAt }), changed: true };
	}
	return { ok: true, value: { outcomes, changed: inserts.length + updates.length } };
}
