/**
 * The roll-up as a committee or the council reads it: for an organisation X (and each of its
 * children), the aggregate of the units below that hold an indicator, X's target, and the
 * fulfilment of the aggregate against it.
 *
 * - Who counts: the units below X that hold the indicator (own it, or have an Årsmål row for it,
 *   even a blank one). A holding unit without an outcome counts as missing; a unit that does not
 *   hold the indicator is not counted at all.
 * - The target at X: X's own Årsmål when it has one (a number or a text); otherwise, for a
 *   council, committee or department, KF:s årsmål; a unit has only its own. The view says which.
 * - The aggregate is judged as an outcome: its value when there is one (even if some units are
 *   still missing: the underlag is shown beside it); "not measured" when every holding unit said
 *   so; otherwise missing. A textual target ("öka") is judged against the same period last
 *   year's aggregate at X, computed the same way over last year's holders.
 */

import { aggregateOutcomes, type Aggregate, type UnitOutcome } from './aggregation';
import { applyOverride, judgeFulfilment, type AssessedFulfilment, type FulfilmentOverride, type JudgedOutcome } from './fulfilment';
import type { Direction, IndicatorKind, Target } from '../indicators/indicator';

export type TargetSource = 'own' | 'council' | 'none';

export interface ChosenTarget {
	target: Target;
	source: TargetSource;
}

const noTarget: Target = { value: null, text: null };

function asTarget(value: number | null | undefined, text: string | null | undefined): Target | null {
	if (typeof value === 'number') return { value, text: null };
	if (typeof text === 'string' && text.trim() !== '') return { value: null, text };
	return null;
}

/**
 * X's target: its own Årsmål row when it holds a number or a text; else, for anything but a unit,
 * KF:s årsmål; else none.
 */
export function chooseTarget(input: {
	isUnit: boolean;
	own: { value: number | null; text: string | null } | null | undefined;
	council: { value: number | null; text: string | null };
}): ChosenTarget {
	const own = input.own ? asTarget(input.own.value, input.own.text) : null;
	if (own) return { target: own, source: 'own' };
	if (!input.isUnit) {
		const council = asTarget(input.council.value, input.council.text);
		if (council) return { target: council, source: 'council' };
	}
	return { target: noTarget, source: 'none' };
}

/** The aggregate of the holding units among `unitIds`; `holders` is how many of them hold it. */
export function aggregateHolders(
	kind: IndicatorKind,
	unitIds: readonly number[],
	holds: (unitId: number) => boolean,
	outcomeOf: (unitId: number) => UnitOutcome | undefined
): { holders: number; aggregate: Aggregate } {
	const outcomes: UnitOutcome[] = [];
	for (const id of unitIds) {
		if (holds(id)) outcomes.push(outcomeOf(id) ?? { status: 'missing' });
	}
	return { holders: outcomes.length, aggregate: aggregateOutcomes(kind, outcomes) };
}

/** The aggregate read as one outcome, for judging its fulfilment (see the file's head). */
export function aggregateAsOutcome(aggregate: Aggregate): JudgedOutcome {
	if (aggregate.value !== null) return { status: 'reported', value: aggregate.value };
	if (aggregate.notMeasured > 0 && aggregate.reported === 0 && aggregate.missing === 0) {
		return { status: 'notMeasured', value: null };
	}
	return { status: 'missing', value: null };
}

/**
 * Judges an aggregate against the chosen target, textual targets against last year's aggregate.
 * A unit's own editor may have overridden its outcome's fulfilment: pass `override` for a unit's
 * row, so the roll-up shows what the unit's report shows.
 */
export function judgeAggregate(input: {
	aggregate: Aggregate;
	target: Target;
	direction: Direction;
	band: number;
	unit: string;
	previous?: Aggregate | null;
	override?: FulfilmentOverride | null;
}): AssessedFulfilment {
	const computed = judgeFulfilment({
		outcome: aggregateAsOutcome(input.aggregate),
		target: input.target,
		direction: input.direction,
		band: input.band,
		previousOutcome: input.previous ? aggregateAsOutcome(input.previous) : null,
		unit: input.unit
	});
	const assessed = applyOverride(computed, input.override ?? null);
	// A stored override was valid when saved; should it not be, the computed level stands.
	return assessed.ok ? assessed.fulfilment : { level: computed.level, reason: computed.reason, computed, override: null };
}
