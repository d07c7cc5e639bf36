import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { indicatorOutcomes } from '../db/schema';
import { saveVersioned } from '../db/save-versioned';
import { conflicted, ok, refused, type Conflict, type Result } from '../result';
import { zodFieldErrors } from '../validation';
import { parseOutcome, sameOutcome } from '../../domain/followup/outcome';
import { overrideMessages, type FulfilmentOverride } from '../../domain/followup/fulfilment';
import { isReportedIn, periodTitle, type ReportPeriod } from '../../domain/followup/report-periods';
import { periodicityLabel } from '../../domain/indicators/indicator';
import { outcomeColumns, storedOutcome, type OutcomeRow, type StoredOutcome } from './outcome-row';
import { outcomeFields, type OutcomeFields } from './followup-input';
import { reportableIndicator } from './in-report';

export interface SaveOutcomeInput {
	/** The report's year: an item of another year is not this report's. */
	year: number;
	indicatorId: number;
	organisationId: number;
	period: ReportPeriod;
	/** The version the edit started from; 0 when there was no outcome yet. */
	version: number;
	fields: OutcomeFields;
}

export interface SavedOutcome {
	/** Null when nothing is stored (a blank outcome that never existed). */
	stored: StoredOutcome | null;
	/** False when the save said what was already stored: nothing was written. */
	changed: boolean;
}

export const outcomeRefusals = {
	notInPlan: 'Indikatorn finns inte i enhetens plan.',
	notReported: (periodicity: string, period: string) => `Indikatorn redovisas inte i ${period} (periodicitet ${periodicity}).`
};

function sameOverride(a: FulfilmentOverride | null, b: FulfilmentOverride | null): boolean {
	return a === null || b === null ? a === b : a.level === b.level && a.justification === b.justification;
}

/**
 * Saves a unit's outcome for an indicator and report period: the figures as entered (read by the
 * domain's parseOutcome), the comment and the editor's override of the fulfilment with its
 * justification. Refused with Swedish messages per field; refused whole when the indicator is not
 * in the unit's plan or not reported this period. A save that started from an older version
 * writes nothing and returns the stored one; a save that says what is stored writes nothing
 * either (re-importing a file changes nothing).
 */
export async function saveOutcome(db: DbOrTx, input: SaveOutcomeInput): Promise<Result<SavedOutcome> | Conflict<StoredOutcome | null>> {
	const parsedFields = outcomeFields.safeParse(input.fields);
	if (!parsedFields.success) return refused(zodFieldErrors(parsedFields.error));
	const fields = parsedFields.data;

	const indicator = await reportableIndicator(db, input.indicatorId, input.organisationId, input.year);
	if (!indicator) return refused({ form: outcomeRefusals.notInPlan });
	if (!isReportedIn(indicator.periodicity, input.period)) {
		return refused({ form: outcomeRefusals.notReported(periodicityLabel[indicator.periodicity], periodTitle(input.period, indicator.year)) });
	}

	const parsed = parseOutcome(fields, { kind: indicator.kind, unit: indicator.unit, genderSplit: indicator.genderSplit });
	const errors: Record<string, string> = parsed.ok ? {} : { ...parsed.errors };
	let override: FulfilmentOverride | null = null;
	if (fields.overrideLevel !== '') {
		if (fields.overrideJustification === '') errors.overrideJustification = overrideMessages.justificationRequired;
		else override = { level: fields.overrideLevel, justification: fields.overrideJustification };
	}
	if (!parsed.ok || Object.keys(errors).length > 0) return refused(errors);
	const outcome = parsed.outcome;

	const values = {
		...outcomeColumns(outcome),
		overrideLevel: override?.level ?? null,
		overrideJustification: override?.justification ?? null
	};
	const saved = await saveVersioned<OutcomeRow>(db, {
		table: indicatorOutcomes,
		key: and(
			eq(indicatorOutcomes.indicatorId, input.indicatorId),
			eq(indicatorOutcomes.organisationId, input.organisationId),
			eq(indicatorOutcomes.period, input.period)
		),
		version: input.version,
		insert: { indicatorId: input.indicatorId, organisationId: input.organisationId, period: input.period, ...values },
		update: values,
		same: (c) => {
			const stored = storedOutcome(c);
			return sameOutcome(stored.outcome, outcome) && sameOverride(stored.override, override);
		},
		// Nothing entered, no comment, no override: nothing to keep.
		blank: outcome.status === 'missing' && outcome.comment === null && override === null
	});
	if (saved.kind === 'conflict') return conflicted('utfallet', saved.current ? storedOutcome(saved.current) : null);
	if (saved.kind === 'blank') return ok({ stored: null, changed: false });
	return ok({ stored: storedOutcome(saved.row), changed: saved.changed });
}
