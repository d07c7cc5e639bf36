/**
 * An outcome (utfall) as a unit enters it for one indicator, organisation and report period,
 * read from the form's text fields into numbers, or into field errors in Swedish.
 *
 * Status:
 * - 'notMeasured' when "Mäts inte denna period" is ticked: a deliberate answer, kept apart
 *   from 'missing'. No figures may be entered with it (an error says so); a comment may.
 * - 'missing' when nothing is entered (a comment alone may be, e.g. "Siffran kommer i september").
 * - 'reported' otherwise; a reported outcome always has a total value.
 *
 * Figures by the indicator's kind (fields the kind does not use are ignored):
 * - share: numerator (täljare) and denominator (nämnare), and the percentage computed as
 *   numerator / denominator × 100, unrounded (formatting rounds; aggregation needs the exact
 *   figures). 0 ≤ numerator ≤ denominator, denominator > 0. When the counts are unknown (a
 *   figure taken from a survey or Kolada) the percentage alone may be entered, 0–100; a
 *   percent sign is accepted. If both the percentage and the counts are entered, the
 *   percentage must agree with the counts to the precision it is written in — "24" stands
 *   for 23,5–24,5 and agrees with 47/200 = 23,5, "24,0" does not — and the computed value
 *   is kept.
 * - count: a value ≥ 0 (not necessarily whole: årsarbetare).
 * - amount: any value (intäkter are negative in some plans).
 * - index: a value, and optionally the number of respondents (a whole number > 0), which the
 *   roll-up over units needs to weight the index.
 * The unit written after a value ("12 st", "350 tkr") is accepted.
 *
 * Gender split (indicators reported for kvinnor and män as well as in total):
 * the total, women and men are each entered with the same fields as above. The parts are
 * optional (small numbers are often withheld) and need not add up to the total (people
 * whose gender is not recorded count only in the total), so an entered total is kept as is.
 * When the total is left empty and both parts are complete, the total is computed from them
 * by the kind's roll-up rule: shares Σ numerator / Σ denominator, counts and amounts the sum,
 * an index the mean weighted by respondents. A percentage alone cannot be combined, so a
 * share entered as percentages needs its total entered. Without a gender split, women and
 * men are ignored.
 *
 * The result is shaped like the roll-up's UnitOutcome (./aggregation) so it can be passed to it.
 */

import { formatNumber, parseSwedishNumber } from '../format/number';
import type { IndicatorKind } from '../indicators/indicator';

export type OutcomeStatus = 'reported' | 'notMeasured' | 'missing';

/** The text fields of one part (total, kvinnor or män) as entered. */
export interface OutcomePartInput {
	value?: string | null;
	numerator?: string | null;
	denominator?: string | null;
	respondents?: string | null;
}

export interface OutcomeInput extends OutcomePartInput {
	women?: OutcomePartInput | null;
	men?: OutcomePartInput | null;
	notMeasured?: boolean;
	comment?: string | null;
}

export interface OutcomeIndicator {
	kind: IndicatorKind;
	/** The display unit: "%", "st", "tkr", "index", "". */
	unit: string;
	genderSplit: boolean;
}

/** The figures of one part; null where not entered or not used by the kind. */
export interface OutcomeFigures {
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	respondents: number | null;
}

export interface Outcome extends OutcomeFigures {
	status: OutcomeStatus;
	/** Women's figures when entered (gender-split indicators only). */
	women: OutcomeFigures | null;
	/** Men's figures when entered (gender-split indicators only). */
	men: OutcomeFigures | null;
	/** True when the total was computed from the women's and men's figures. */
	totalFromParts: boolean;
	comment: string | null;
}

export type PartField = 'value' | 'numerator' | 'denominator' | 'respondents';
export type OutcomeField = PartField | `women.${PartField}` | `men.${PartField}` | 'notMeasured';
export type OutcomeErrors = Partial<Record<OutcomeField, string>>;

export type OutcomeParse = { ok: true; outcome: Outcome } | { ok: false; errors: OutcomeErrors };

export const outcomeMessages = {
	notANumber: 'Skriv ett tal, till exempel 5,5.',
	bothCounts: 'Fyll i både täljare och nämnare.',
	denominatorPositive: 'Nämnaren måste vara större än noll.',
	numeratorNegative: 'Täljaren kan inte vara negativ.',
	numeratorAboveDenominator: 'Täljaren kan inte vara större än nämnaren.',
	shareRange: 'En andel måste ligga mellan 0 och 100 %.',
	countNegative: 'Ett antal kan inte vara negativt.',
	respondents: 'Antalet svarande måste vara ett heltal större än noll.',
	valueNeeded: 'Fyll i värdet.',
	totalNeeded: 'Fyll i totalen, eller både kvinnor och män så att totalen kan räknas fram.',
	notMeasuredWithFigures:
		'Ett utfall som inte mäts denna period kan inte ha värden. Töm fälten eller ta bort markeringen.'
} as const;

/** 'Andelen stämmer inte med täljare och nämnare (24,5 %).' */
function shareMismatch(computed: number): string {
	return `Andelen stämmer inte med täljare och nämnare (${formatNumber(computed, 2)}\u00a0%).`;
}

const fields: readonly PartField[] = ['value', 'numerator', 'denominator', 'respondents'];

/** The fields a kind uses. */
export function usedFields(kind: IndicatorKind): readonly PartField[] {
	switch (kind) {
		case 'share':
			return ['value', 'numerator', 'denominator'];
		case 'index':
			return ['value', 'respondents'];
		case 'count':
		case 'amount':
			return ['value'];
	}
}

function text(s: string | null | undefined): string {
	return (s ?? '').trim();
}

function hasContent(kind: IndicatorKind, part: OutcomePartInput | null | undefined): boolean {
	if (!part) return false;
	return usedFields(kind).some((f) => text(part[f]) !== '');
}

/** The value's text without a percent sign or the unit written after it. */
function stripUnit(raw: string, unit: string): string {
	if (raw.endsWith('%')) return raw.slice(0, -1);
	if (unit && unit !== '%' && raw.toLowerCase().endsWith(unit.toLowerCase())) {
		return raw.slice(0, -unit.length);
	}
	return raw;
}

/** Decimals written: "24" → 0, "24,50" → 2. */
function decimalsWritten(numeric: string): number {
	const at = Math.max(numeric.lastIndexOf(','), numeric.lastIndexOf('.'));
	return at < 0 ? 0 : numeric.length - at - 1;
}

const none: OutcomeFigures = { value: null, numerator: null, denominator: null, respondents: null };

/**
 * Parses one part. Errors are keyed by the part's field; `prefix` makes them 'women.value' etc.
 * Returns the figures (possibly incomplete when there are errors).
 */
function parsePart(
	input: OutcomePartInput | null | undefined,
	indicator: OutcomeIndicator,
	prefix: '' | 'women.' | 'men.',
	errors: OutcomeErrors
): OutcomeFigures {
	const before = Object.keys(errors).length;
	const figures = readPart(input, indicator, prefix, errors);
	// Something entered (respondents alone, say) but no value and no other complaint.
	if (figures.value === null && Object.keys(errors).length === before && hasContent(indicator.kind, input)) {
		errors[`${prefix}value` as OutcomeField] = outcomeMessages.valueNeeded;
	}
	return figures;
}

function readPart(
	input: OutcomePartInput | null | undefined,
	indicator: OutcomeIndicator,
	prefix: '' | 'women.' | 'men.',
	errors: OutcomeErrors
): OutcomeFigures {
	const { kind, unit } = indicator;
	const fail = (field: PartField, message: string) => {
		errors[`${prefix}${field}` as OutcomeField] = message;
	};
	const out: OutcomeFigures = { ...none };
	if (!input) return out;

	const numbers: Partial<Record<PartField, number>> = {};
	const valueText = stripUnit(text(input.value), unit).trim();
	for (const field of usedFields(kind)) {
		const raw = field === 'value' ? valueText : text(input[field]);
		if (raw === '') continue;
		const n = parseSwedishNumber(raw);
		if (n === null) fail(field, outcomeMessages.notANumber);
		else numbers[field] = n;
	}
	const value = numbers.value;

	switch (kind) {
		case 'share': {
			const num = numbers.numerator;
			const den = numbers.denominator;
			const numGiven = text(input.numerator) !== '';
			const denGiven = text(input.denominator) !== '';
			if (numGiven !== denGiven) {
				fail(numGiven ? 'denominator' : 'numerator', outcomeMessages.bothCounts);
			}
			let countsOk = num !== undefined && den !== undefined;
			if (den !== undefined && den <= 0) {
				fail('denominator', outcomeMessages.denominatorPositive);
				countsOk = false;
			}
			if (num !== undefined && num < 0) {
				fail('numerator', outcomeMessages.numeratorNegative);
				countsOk = false;
			}
			if (countsOk && (num as number) > (den as number)) {
				fail('numerator', outcomeMessages.numeratorAboveDenominator);
				countsOk = false;
			}
			if (value !== undefined && (value < 0 || value > 100)) {
				fail('value', outcomeMessages.shareRange);
			}
			if (countsOk) {
				const computed = ((num as number) / (den as number)) * 100;
				if (value !== undefined) {
					// The written percentage stands for an interval half a unit of its last decimal wide.
					const halfStep = 0.5 * 10 ** -decimalsWritten(valueText);
					if (Math.abs(computed - value) > halfStep + 1e-9) fail('value', shareMismatch(computed));
				}
				return { ...out, value: computed, numerator: num as number, denominator: den as number };
			}
			return { ...out, value: numGiven || denGiven ? null : (value ?? null) };
		}
		case 'count':
			if (value !== undefined && value < 0) fail('value', outcomeMessages.countNegative);
			return { ...out, value: value ?? null };
		case 'amount':
			return { ...out, value: value ?? null };
		case 'index': {
			const r = numbers.respondents;
			if (r !== undefined && (!Number.isInteger(r) || r <= 0)) fail('respondents', outcomeMessages.respondents);
			return { ...out, value: value ?? null, respondents: r ?? null };
		}
	}
}

/** The total computed from women's and men's figures, or null when they do not allow it. */
function totalFromParts(kind: IndicatorKind, w: OutcomeFigures, m: OutcomeFigures): OutcomeFigures | null {
	switch (kind) {
		case 'share': {
			if (w.numerator === null || w.denominator === null || m.numerator === null || m.denominator === null) {
				return null;
			}
			const numerator = w.numerator + m.numerator;
			const denominator = w.denominator + m.denominator;
			return { ...none, value: (numerator / denominator) * 100, numerator, denominator };
		}
		case 'count':
		case 'amount':
			if (w.value === null || m.value === null) return null;
			return { ...none, value: w.value + m.value };
		case 'index': {
			if (w.value === null || m.value === null || w.respondents === null || m.respondents === null) return null;
			const respondents = w.respondents + m.respondents;
			return { ...none, value: (w.value * w.respondents + m.value * m.respondents) / respondents, respondents };
		}
	}
}

/** Reads an outcome as entered; see the file's head for the rules. */
export function parseOutcome(input: OutcomeInput, indicator: OutcomeIndicator): OutcomeParse {
	const { kind, genderSplit } = indicator;
	const comment = text(input.comment) || null;
	const errors: OutcomeErrors = {};

	const totalGiven = hasContent(kind, input);
	const womenGiven = genderSplit && hasContent(kind, input.women);
	const menGiven = genderSplit && hasContent(kind, input.men);
	const anyGiven = totalGiven || womenGiven || menGiven;

	const base = { women: null, men: null, totalFromParts: false, comment, ...none };

	if (input.notMeasured) {
		if (anyGiven) return { ok: false, errors: { notMeasured: outcomeMessages.notMeasuredWithFigures } };
		return { ok: true, outcome: { ...base, status: 'notMeasured' } };
	}
	if (!anyGiven) return { ok: true, outcome: { ...base, status: 'missing' } };

	let total = parsePart(input, indicator, '', errors);
	const women = womenGiven ? parsePart(input.women, indicator, 'women.', errors) : null;
	const men = menGiven ? parsePart(input.men, indicator, 'men.', errors) : null;
	let derived = false;

	if (!totalGiven) {
		const fromParts = women && men ? totalFromParts(kind, women, men) : null;
		if (fromParts) {
			total = fromParts;
			derived = true;
		} else if (Object.keys(errors).length === 0) {
			errors.value = outcomeMessages.totalNeeded;
		}
	}

	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		outcome: { ...total, status: 'reported', women, men, totalFromParts: derived, comment }
	};
}

/** All field names an error may be keyed by, for the form. */
export const outcomeFields: readonly OutcomeField[] = [
	...fields,
	...fields.map((f) => `women.${f}` as const),
	...fields.map((f) => `men.${f}` as const),
	'notMeasured'
];

/** A figure as the form shows it: Swedish decimal comma, no thousands spaces (so it reads back the same). */
function figureText(n: number | null): string {
	if (n === null) return '';
	// Up to 6 decimals: what people enter, and a computed share written back, read back to the same number.
	return String(Number(n.toFixed(6))).replace('.', ',');
}

function partInput(kind: IndicatorKind, f: OutcomeFigures): OutcomePartInput {
	// A share with counts is shown as its counts; the percentage is computed from them.
	const hasCounts = kind === 'share' && f.numerator !== null && f.denominator !== null;
	return {
		value: hasCounts ? '' : figureText(f.value),
		numerator: figureText(f.numerator),
		denominator: figureText(f.denominator),
		respondents: figureText(f.respondents)
	};
}

/**
 * A stored outcome as the form's text fields, so that reading them again (parseOutcome) gives the
 * same outcome: the edit form is prefilled with it, and an unchanged form changes nothing.
 * A total that was computed from kvinnor and män is left empty, to be computed again.
 */
export function outcomeToInput(outcome: Outcome, indicator: OutcomeIndicator): OutcomeInput {
	const total = outcome.totalFromParts ? { value: '', numerator: '', denominator: '', respondents: '' } : partInput(indicator.kind, outcome);
	return {
		...total,
		women: outcome.women ? partInput(indicator.kind, outcome.women) : null,
		men: outcome.men ? partInput(indicator.kind, outcome.men) : null,
		notMeasured: outcome.status === 'notMeasured',
		comment: outcome.comment ?? ''
	};
}

function sameFigures(a: OutcomeFigures | null, b: OutcomeFigures | null): boolean {
	if (a === null || b === null) return a === b;
	const same = (x: number | null, y: number | null) => (x === null || y === null ? x === y : Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x)));
	return same(a.value, b.value) && same(a.numerator, b.numerator) && same(a.denominator, b.denominator) && same(a.respondents, b.respondents);
}

/** Whether two outcomes say the same (figures, status and comment): saving one over the other changes nothing. */
export function sameOutcome(a: Outcome, b: Outcome): boolean {
	return (
		a.status === b.status &&
		(a.comment ?? '') === (b.comment ?? '') &&
		a.totalFromParts === b.totalFromParts &&
		sameFigures(a, b) &&
		sameFigures(a.women, b.women) &&
		sameFigures(a.men, b.men)
	);
}
