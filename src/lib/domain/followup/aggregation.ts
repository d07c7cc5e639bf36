/**
 * Roll-up of an indicator's outcomes over several units: a committee sees each indicator
 * across its units and the committee total, the council the same across committees.
 *
 * The rule follows the indicator's kind:
 * - share ("Andel …"): Σ numerator / Σ denominator × 100 — never the mean of the units'
 *   percentages (a unit with 4 pupils would weigh as much as one with 400);
 * - count and amount: Σ value;
 * - index (Aktivt Medskapandeindex, Ledarskapsindex): Σ (value × respondents) / Σ respondents,
 *   the number of respondents being entered with the index.
 *
 * A reported value that lacks what its kind needs — a share without numerator and denominator,
 * an index without respondents, a count or amount without a value — cannot be weighted
 * correctly. Rather than guess (treating a bare percentage as if it came from one person, or
 * averaging it in), it is left out of the total and counted in `unweighted`, so the view can
 * say "N enheter har rapporterat utan underlag och ingår inte i summan".
 *
 * Nothing is rounded here: higher levels are aggregated from the units' own figures, never
 * from rounded sub-results. Formatting belongs to ../format/number.
 */

import type { IndicatorKind } from '../indicators/indicator';

export type OutcomeStatus = 'reported' | 'notMeasured' | 'missing';

/** The figures of one part (the total, or women or men) of a unit's outcome. */
export interface OutcomeFigures {
	/** The value as entered: a percentage for a share, a number, an amount, an index. */
	value?: number | null;
	/** Share only: how many of the denominator meet the criterion. */
	numerator?: number | null;
	/** Share only: how many there are in all. */
	denominator?: number | null;
	/** Index only: the number of respondents the index is based on. */
	respondents?: number | null;
}

/** One unit's outcome for one indicator and period. */
export interface UnitOutcome extends OutcomeFigures {
	status: OutcomeStatus;
	women?: OutcomeFigures | null;
	men?: OutcomeFigures | null;
}

/** The aggregated figures of one part. `null` where the kind does not use the figure. */
export interface AggregateFigures {
	value: number | null;
	/** Share: Σ numerator of the units included. */
	numerator: number | null;
	/** Share: Σ denominator of the units included. */
	denominator: number | null;
	/** Index: Σ respondents of the units included. */
	respondents: number | null;
}

export interface Aggregate extends AggregateFigures {
	/** Units with status 'reported' (including those counted in `unweighted`). */
	reported: number;
	/** Units with status 'missing'. */
	missing: number;
	/** Units with status 'notMeasured'. */
	notMeasured: number;
	/** Reported units left out of the total because they lack what their kind needs. */
	unweighted: number;
	/** Every unit reported (false when there are no units at all). */
	complete: boolean;
	/** Women's figures, when every reported unit has usable ones; otherwise null. */
	women: AggregateFigures | null;
	/** Men's figures, when every reported unit has usable ones; otherwise null. */
	men: AggregateFigures | null;
}

function usable(n: number | null | undefined): n is number {
	return typeof n === 'number' && Number.isFinite(n);
}

/** A weight (denominator, respondents) must be a finite number ≥ 0. */
function usableWeight(n: number | null | undefined): n is number {
	return usable(n) && n >= 0;
}

/** Whether these figures can be included in an aggregate of this kind. */
export function canAggregate(kind: IndicatorKind, f: OutcomeFigures): boolean {
	switch (kind) {
		case 'share':
			return usable(f.numerator) && usableWeight(f.denominator);
		case 'index':
			return usable(f.value) && usableWeight(f.respondents);
		case 'count':
		case 'amount':
			return usable(f.value);
	}
}

/**
 * The sums one part (the total, or women or men) of an aggregate is made of: how many units'
 * figures were usable for the kind (`count`) and the sums the kind's rule needs. Sums add up in
 * any order and grouping, so a roll-up may add them per committee, or let the database add them
 * (see server/followup/rollup-parts.ts), and still get what aggregating every unit gives.
 */
export interface FigureSums {
	count: number;
	/** Count and amount: Σ value. */
	value: number;
	/** Share: Σ numerator and Σ denominator. */
	numerator: number;
	denominator: number;
	/** Index: Σ (value × respondents) and Σ respondents. */
	weighted: number;
	respondents: number;
}

/**
 * What a set of units contributes to an aggregate before the kind's rule is applied
 * (`aggregateFromParts`): counts by status, and the sums of the total and of each gender part.
 * `women.count` is how many reported units have usable women's figures.
 */
export interface AggregateParts {
	/** The units (that hold the indicator). */
	units: number;
	reported: number;
	missing: number;
	notMeasured: number;
	total: FigureSums;
	women: FigureSums;
	men: FigureSums;
}

const noSums: FigureSums = { count: 0, value: 0, numerator: 0, denominator: 0, weighted: 0, respondents: 0 };

/** The parts of no units at all. */
export const emptyParts: AggregateParts = { units: 0, reported: 0, missing: 0, notMeasured: 0, total: noSums, women: noSums, men: noSums };

function sumsOf(kind: IndicatorKind, f: OutcomeFigures | null | undefined): FigureSums {
	if (!f || !canAggregate(kind, f)) return noSums;
	switch (kind) {
		case 'share':
			return { count: 1, value: 0, numerator: f.numerator as number, denominator: f.denominator as number, weighted: 0, respondents: 0 };
		case 'index':
			return { count: 1, value: 0, numerator: 0, denominator: 0, weighted: (f.value as number) * (f.respondents as number), respondents: f.respondents as number };
		case 'count':
		case 'amount':
			return { count: 1, value: f.value as number, numerator: 0, denominator: 0, weighted: 0, respondents: 0 };
	}
}

/** One unit's contribution: only a reported outcome brings figures, and only usable ones. */
export function partsOfOutcome(kind: IndicatorKind, outcome: UnitOutcome): AggregateParts {
	const reported = outcome.status === 'reported';
	return {
		units: 1,
		reported: reported ? 1 : 0,
		missing: outcome.status === 'missing' ? 1 : 0,
		notMeasured: outcome.status === 'notMeasured' ? 1 : 0,
		total: reported ? sumsOf(kind, outcome) : noSums,
		women: reported ? sumsOf(kind, outcome.women) : noSums,
		men: reported ? sumsOf(kind, outcome.men) : noSums
	};
}

function addSums(a: FigureSums, b: FigureSums): FigureSums {
	return {
		count: a.count + b.count,
		value: a.value + b.value,
		numerator: a.numerator + b.numerator,
		denominator: a.denominator + b.denominator,
		weighted: a.weighted + b.weighted,
		respondents: a.respondents + b.respondents
	};
}

/** The parts of two disjoint sets of units together. */
export function addParts(a: AggregateParts, b: AggregateParts): AggregateParts {
	return {
		units: a.units + b.units,
		reported: a.reported + b.reported,
		missing: a.missing + b.missing,
		notMeasured: a.notMeasured + b.notMeasured,
		total: addSums(a.total, b.total),
		women: addSums(a.women, b.women),
		men: addSums(a.men, b.men)
	};
}

/**
 * The kind's rule applied to sums of usable figures.
 * No figures → value null; a zero sum of denominators or respondents → value null.
 */
function combine(kind: IndicatorKind, sums: FigureSums): AggregateFigures {
	if (sums.count === 0) return { value: null, numerator: null, denominator: null, respondents: null };
	switch (kind) {
		case 'share':
			return { value: sums.denominator === 0 ? null : (sums.numerator / sums.denominator) * 100, numerator: sums.numerator, denominator: sums.denominator, respondents: null };
		case 'index':
			return { value: sums.respondents === 0 ? null : sums.weighted / sums.respondents, numerator: null, denominator: null, respondents: sums.respondents };
		case 'count':
		case 'amount':
			return { value: sums.value, numerator: null, denominator: null, respondents: null };
	}
}

/**
 * The aggregate of the units whose parts these are. A gender part is aggregated by the same rule
 * as the total when every reported unit has usable figures for it; otherwise it is null (a
 * partial sum would read as the whole).
 */
export function aggregateFromParts(kind: IndicatorKind, parts: AggregateParts): Aggregate {
	const gender = (sums: FigureSums) => (parts.reported > 0 && sums.count === parts.reported ? combine(kind, sums) : null);
	const total = combine(kind, parts.total);
	return {
		value: total.value,
		numerator: total.numerator,
		denominator: total.denominator,
		respondents: total.respondents,
		reported: parts.reported,
		missing: parts.missing,
		notMeasured: parts.notMeasured,
		unweighted: parts.reported - parts.total.count,
		complete: parts.units > 0 && parts.reported === parts.units,
		women: gender(parts.women),
		men: gender(parts.men)
	};
}

/** Aggregates the outcomes of several units for an indicator of the given kind. */
export function aggregateOutcomes(kind: IndicatorKind, outcomes: readonly UnitOutcome[]): Aggregate {
	let parts = emptyParts;
	for (const outcome of outcomes) parts = addParts(parts, partsOfOutcome(kind, outcome));
	return aggregateFromParts(kind, parts);
}

/** An organisation in the tree: a node without children is a unit that reports. */
export interface OrgNode<Id> {
	id: Id;
	children?: readonly OrgNode<Id>[];
}

/** The roll-up at one node, with its children's, for drill-down council → committee → unit. */
export interface RolledUp<Id> {
	id: Id;
	aggregate: Aggregate;
	children: RolledUp<Id>[];
}

/** The outcome a unit lacks a row for: it has not reported. */
const absent: UnitOutcome = { status: 'missing' };

/**
 * Rolls an indicator up a tree of organisations. The units are the leaves (nodes without
 * children); every node's aggregate is computed directly from the outcomes of the units below
 * it (a committee from its units, the council from all its committees' units), never from its
 * children's aggregates. A unit without an outcome in `outcomes` counts as missing, so pass
 * the tree of the organisations the indicator applies to. Outcomes given for inner nodes are
 * ignored.
 */
export function rollUp<Id>(
	kind: IndicatorKind,
	root: OrgNode<Id>,
	outcomes: ReadonlyMap<Id, UnitOutcome>
): RolledUp<Id> {
	function visit(node: OrgNode<Id>): { rolled: RolledUp<Id>; units: UnitOutcome[] } {
		const kids = node.children ?? [];
		if (kids.length === 0) {
			const own = outcomes.get(node.id) ?? absent;
			return { rolled: { id: node.id, aggregate: aggregateOutcomes(kind, [own]), children: [] }, units: [own] };
		}
		const children: RolledUp<Id>[] = [];
		const units: UnitOutcome[] = [];
		for (const child of kids) {
			const r = visit(child);
			children.push(r.rolled);
			for (const u of r.units) units.push(u);
		}
		return { rolled: { id: node.id, aggregate: aggregateOutcomes(kind, units), children }, units };
	}
	return visit(root).rolled;
}

/** The roll-up as a lookup by organisation id. */
export function rollUpById<Id>(
	kind: IndicatorKind,
	root: OrgNode<Id>,
	outcomes: ReadonlyMap<Id, UnitOutcome>
): Map<Id, Aggregate> {
	const byId = new Map<Id, Aggregate>();
	const walk = (r: RolledUp<Id>) => {
		byId.set(r.id, r.aggregate);
		r.children.forEach(walk);
	};
	walk(rollUp(kind, root, outcomes));
	return byId;
}
