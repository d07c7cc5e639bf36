import type { DbOrTx } from '../db/client';
import { ok, type Conflict, type Result } from '../result';
import type { ReportPeriod } from '../../domain/followup/report-periods';
import type { StoredOutcome } from './outcome-row';
import type { OutcomeFields } from './followup-input';
import { saveOutcomes, type SavedOutcome } from './save-outcomes';

export { outcomeRefusals, type SavedOutcome } from './save-outcomes';

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

/**
 * Saves a unit's outcome for an indicator and report period (the report editor's form): the
 * figures as entered (read by the domain's parseOutcome), the comment and the editor's override
 * of the fulfilment with its justification. Refused with Swedish messages per field; refused whole
 * when the indicator is not in the unit's plan or not reported this period. A save that started
 * from an older version writes nothing and returns the stored one; a save that says what is
 * stored writes nothing either. The rules are saveOutcomes's, for one item.
 */
export async function saveOutcome(db: DbOrTx, input: SaveOutcomeInput): Promise<Result<SavedOutcome> | Conflict<StoredOutcome | null>> {
	const { year, period, ...item } = input;
	const result = await saveOutcomes(db, { year, period, items: [item] });
	return result.ok ? ok(result.value.outcomes[0]) : result.refusals[0];
}
