import type { indicatorOutcomes } from '../db/schema';
import type { Outcome, OutcomeFigures } from '../../domain/followup/outcome';
import type { FulfilmentOverride } from '../../domain/followup/fulfilment';

export type OutcomeRow = typeof indicatorOutcomes.$inferSelect;

/** An outcome as stored: what was entered, the editor's override, and the version a save must name. */
export interface StoredOutcome {
	id: number;
	version: number;
	outcome: Outcome;
	override: FulfilmentOverride | null;
	updatedAt: Date;
}

function part(value: number | null, numerator: number | null, denominator: number | null, respondents: number | null): OutcomeFigures | null {
	if (value === null && numerator === null && denominator === null && respondents === null) return null;
	return { value, numerator, denominator, respondents };
}

/** The domain's outcome from a row of indicator_outcomes. */
export function outcomeFromRow(row: OutcomeRow): Outcome {
	return {
		status: row.status,
		value: row.value,
		numerator: row.numerator,
		denominator: row.denominator,
		respondents: row.respondents,
		women: part(row.womenValue, row.womenNumerator, row.womenDenominator, row.womenRespondents),
		men: part(row.menValue, row.menNumerator, row.menDenominator, row.menRespondents),
		totalFromParts: row.totalFromParts,
		comment: row.comment === '' ? null : row.comment
	};
}

export function storedOutcome(row: OutcomeRow): StoredOutcome {
	return {
		id: row.id,
		version: row.version,
		outcome: outcomeFromRow(row),
		override:
			row.overrideLevel !== null ? { level: row.overrideLevel, justification: row.overrideJustification ?? '' } : null,
		updatedAt: row.updatedAt
	};
}

/** The columns of indicator_outcomes that hold an outcome. */
export function outcomeColumns(outcome: Outcome) {
	return {
		status: outcome.status,
		value: outcome.value,
		numerator: outcome.numerator,
		denominator: outcome.denominator,
		respondents: outcome.respondents,
		womenValue: outcome.women?.value ?? null,
		womenNumerator: outcome.women?.numerator ?? null,
		womenDenominator: outcome.women?.denominator ?? null,
		womenRespondents: outcome.women?.respondents ?? null,
		menValue: outcome.men?.value ?? null,
		menNumerator: outcome.men?.numerator ?? null,
		menDenominator: outcome.men?.denominator ?? null,
		menRespondents: outcome.men?.respondents ?? null,
		totalFromParts: outcome.totalFromParts,
		comment: outcome.comment ?? ''
	};
}
