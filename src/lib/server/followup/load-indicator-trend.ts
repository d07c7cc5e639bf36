import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import { goals, indicatorOutcomes, indicatorTargets, indicators } from '../db/schema';
import type { OrganisationContext } from '../organisations/get-organisation';
import { NotFoundError } from '../result';
import { loadPartlyBand } from './load-partly-band';
import { loadScope, type ScopeOrganisation } from './followup-scope';
import { RollupRows, fetchRollupOutcomes, fetchRollupTargets, indicatorFacts, type IndicatorFacts, type RollupCell, type RollupTarget } from './indicator-rollup';
import type { RollupGoal } from './load-rollup';
import { periodsFor, type ReportPeriod } from '../../domain/followup/report-periods';

/** How many earlier years the trend follows an indicator back (through indicators.previous_id). */
export const trendYearsBack = 4;

export interface TrendIndicator extends IndicatorFacts {
	goal: RollupGoal;
}

export interface TrendBreakdownRow {
	organisation: ScopeOrganisation;
	/** The row of X itself (the total). */
	isTotal: boolean;
	/** One cell per period of `periods`. */
	cells: RollupCell[];
}

export interface TrendValue {
	year: number;
	period: ReportPeriod;
	/** X's roll-up (a unit's own outcome) that period, with its target and fulfilment. */
	cell: RollupCell;
}

export interface IndicatorTrendView extends OrganisationContext {
	year: number;
	indicator: TrendIndicator;
	band: number;
	/** The periods the indicator is reported in this year. */
	periods: ReportPeriod[];
	/** This year, per period: each child of X holding the indicator, then X. */
	breakdown: TrendBreakdownRow[];
	/** X's children where no unit holds the indicator. */
	notHolding: ScopeOrganisation[];
	/** X's value per reported period, oldest year first (this year and up to four before). */
	trend: TrendValue[];
	/** X's target per year, oldest first. */
	targets: { year: number; target: RollupTarget }[];
}

/**
 * An indicator at organisation X for a year: the breakdown by X's children for every period of
 * the year, and the trend of X's value over the periods of this year and up to four earlier
 * years, following the indicator's predecessors (previous_id), with X's target each year.
 * Not found unless the indicator belongs to X's or its ancestors' framework for the year (and,
 * for a unit, is one it holds). A fixed number of queries: the scope, the chain of predecessors
 * (one recursive query), then the indicators, their Årsmål rows and outcome rows for the subtree.
 */
export async function loadIndicatorTrend(db: DbOrTx, slug: string, year: number, indicatorId: number): Promise<IndicatorTrendView> {
	const scope = await loadScope(db, slug);
	const { context, self } = scope;
	const [band, chainRows] = await Promise.all([
		loadPartlyBand(db, context.municipality.id),
		executeRows<{ id: number; step: number }>(
			db,
			sql`
			with recursive chain(id, previous_id, step) as (
				select id, previous_id, 0 from indicators where id = ${indicatorId}
				union all
				select i.id, i.previous_id, chain.step + 1 from indicators i join chain on i.id = chain.previous_id
				where chain.step < ${trendYearsBack}
			)
			select id, step from chain`
		)
	]);
	const chainIds = chainRows.sort((a, b) => Number(a.step) - Number(b.step)).map((r) => Number(r.id));
	if (chainIds.length === 0) throw new NotFoundError('Indikatorn');

	const organisationIds = [self.id, ...scope.below.map((o) => o.id)];
	const [indicatorRows, targetRows, outcomeRows] = await Promise.all([
		db.select({ indicator: indicators, goal: goals }).from(indicators).innerJoin(goals, eq(goals.id, indicators.goalId)).where(inArray(indicators.id, chainIds)),
		fetchRollupTargets(db, chainIds, organisationIds),
		fetchRollupOutcomes(db, chainIds, scope.unitIds)
	]);
	const byId = new Map(indicatorRows.map((r) => [r.indicator.id, r]));
	// Newest first; a predecessor must belong to an earlier year (a link gone wrong ends the chain).
	const chain: (typeof indicatorRows)[number][] = [];
	for (const id of chainIds) {
		const row = byId.get(id);
		if (!row || (chain.length > 0 && row.goal.year >= chain[chain.length - 1].goal.year)) break;
		chain.push(row);
	}
	const current = chain[0];
	if (!current || current.goal.year !== year || !scope.ownerIds.includes(current.indicator.organisationId)) throw new NotFoundError('Indikatorn');

	const rows = new RollupRows(
		scope,
		chain.map((c) => c.indicator),
		targetRows,
		outcomeRows
	);
	if (self.kind === 'unit' && !rows.holds(current.indicator.id, self.id)) throw new NotFoundError('Indikatorn');

	const indicator = current.indicator;
	const previous = chain[1]?.indicator ?? null;
	const periods = periodsFor(indicator.periodicity);
	const holding = scope.children.filter((c) => rows.holdersUnder(indicator.id, c.id) > 0);
	const breakdown: TrendBreakdownRow[] = [...holding, self].map((organisation) => ({
		organisation,
		isTotal: organisation.id === self.id,
		cells: periods.map((period) => rows.cell(indicator, previous, organisation, period, band))
	}));

	const oldestFirst = [...chain].reverse();
	const trend: TrendValue[] = oldestFirst.flatMap((c, i) => {
		const before = oldestFirst[i - 1]?.indicator ?? null;
		return periodsFor(c.indicator.periodicity).map((period) => ({ year: c.goal.year, period, cell: rows.cell(c.indicator, before, self, period, band) }));
	});
	const level = context.levels.find((l) => l.id === current.goal.levelId);

	return {
		...context,
		year,
		indicator: {
			...indicatorFacts(indicator),
			goal: { id: current.goal.id, number: current.goal.number, title: current.goal.title, levelName: level?.name ?? '', depth: level?.depth ?? 0 }
		},
		band,
		periods,
		breakdown,
		notHolding: scope.children.filter((c) => !holding.includes(c)),
		trend,
		targets: oldestFirst.map((c) => ({ year: c.goal.year, target: rows.target(c.indicator, self) }))
	};
}
