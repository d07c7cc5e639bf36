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
 * Aggregates figures that are all usable for the kind (see canAggregate).
 * No figures → value null; a zero sum of denominators or respondents → value null.
 */
function combine(kind: IndicatorKind, parts: readonly OutcomeFigures[]): AggregateFigures {
	const none: AggregateFigures = { value: null, numerator: null, denominator: null, respondents: null };
	if (parts.length === 0) return none;
	switch (kind) {
		case 'share': {
			let num = 0;
			let den = 0;
			for (const p of parts) {
				num += p.numerator as number;
				den += p.denominator as number;
			}
			return { ...none, value: den === 0 ? null : (num / den) * 100, numerator: num, denominator: den };
		}
		case 'index': {
			let weighted = 0;
			let respondents = 0;
			for (const p of parts) {
				weighted += (p.value as number) * (p.respondents as number);
				respondents += p.respondents as number;
			}
			return { ...none, value: respondents === 0 ? null : weighted / respondents, respondents };
		}
		case 'count':
		case 'amount': {
			let sum = 0;
			for (const p of parts) sum += p.value as number;
			return { ...none, value: sum };
		}
	}
}

/**
 * The gender part: aggregated by the same rule as the total when every reported unit has
 * usable figures for it; otherwise null (a partial sum would read as the whole).
 */
function combineGender(
	kind: IndicatorKind,
	reported: readonly UnitOutcome[],
	pick: (o: UnitOutcome) => OutcomeFigures | null | undefined
): AggregateFigures | null {
	if (reported.length === 0) return null;
	const parts: OutcomeFigures[] = [];
	for (const o of reported) {
		const part = pick(o);
		if (!part || !canAggregate(kind, part)) return null;
		parts.push(part);
	}
	return combine(kind, parts);
}

/** Aggregates the outcomes of several units for an indicator of the given kind. */
export function aggregateOutcomes(kind: IndicatorKind, outcomes: readonly UnitOutcome[]): Aggregate {
	const reported = outcomes.filter((o) => o.status === 'reported');
	const included = reported.filter((o) => canAggregate(kind, o));
	const missing = outcomes.filter((o) => o.status === 'missing').length;
	const notMeasured = outcomes.filter((o) => o.status === 'notMeasured').length;
	return {
		...combine(kind, included),
		reported: reported.length,
		missing,
		notMeasured,
		unweighted: reported.length - included.length,
		complete: outcomes.length > 0 && reported.length === outcomes.length,
		women: combineGender(kind, reported, (o) => o.women),
		men: combineGender(kind, reported, (o) => o.men)
	};
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
