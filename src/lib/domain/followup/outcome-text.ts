/**
 * An outcome as the report shows it: a figure with its unit ("82 %", "12 st", "83"), the status
 * in words when there is no figure ("Mäts inte", "Saknas"), and a one-line description of all of
 * it (total, kvinnor, män, with täljare and nämnare) for the other person's version after a clash.
 */

import { formatNumber, formatWithUnit } from '../format/number';
import type { Outcome, OutcomeFigures, OutcomeStatus } from './outcome';

export const outcomeStatusText: Record<Exclude<OutcomeStatus, 'reported'>, string> = {
	notMeasured: 'Mäts inte',
	missing: 'Saknas'
};

/** A part's figure: "82 %", "12 st"; with `counts`, a share's täljare and nämnare and an index's svarande too. */
export function formatFigures(figures: OutcomeFigures | null | undefined, unit: string, counts = false): string {
	if (!figures || figures.value === null) return '';
	const value = formatWithUnit(figures.value, unit);
	if (!counts) return value;
	if (figures.numerator !== null && figures.denominator !== null) {
		return `${value} (${formatNumber(figures.numerator)} av ${formatNumber(figures.denominator)})`;
	}
	if (figures.respondents !== null) return `${value} (${formatNumber(figures.respondents, 0)} svarande)`;
	return value;
}

/** The total as a report's cell shows it: the figure, or the status in words; '' for no outcome. */
export function formatOutcome(outcome: Pick<Outcome, 'status' | 'value' | 'numerator' | 'denominator' | 'respondents'> | null | undefined, unit: string): string {
	if (!outcome) return '';
	if (outcome.status !== 'reported') return outcomeStatusText[outcome.status];
	return formatFigures(outcome, unit);
}

/** Everything entered, in a line: "82 % (41 av 50); kvinnor 88 % (22 av 25); män 76 % (19 av 25)". */
export function describeOutcome(outcome: Outcome, unit: string): string {
	if (outcome.status !== 'reported') return outcomeStatusText[outcome.status];
	const parts = [formatFigures(outcome, unit, true)];
	if (outcome.women) parts.push(`kvinnor ${formatFigures(outcome.women, unit, true)}`);
	if (outcome.men) parts.push(`män ${formatFigures(outcome.men, unit, true)}`);
	return parts.join('; ');
}
