import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client';
import { goals, indicators } from '../db/schema';
import type { OrganisationContext } from '../organisations/get-organisation';
import { loadPartlyBand } from './load-partly-band';
import { followupYears, latestReportedPeriod, loadScopeTop, type ScopeOrganisation } from './followup-scope';
import { fetchRollupOverrides, fetchRollupTargets, indicatorFacts, rollupCell, targetAt, type IndicatorFacts, type RollupCell } from './indicator-rollup';
import { fetchRollupParts } from './rollup-parts';
import { areaGoalChoice, goalOutline, type OutlinedGoal } from '../../domain/followup/goal-outline';
import { isReportedIn, type ReportPeriod } from '../../domain/followup/report-periods';
import { periodicities as indicatorPeriodicities } from '../../domain/indicators/indicator';
import { addParts, aggregateFromParts, emptyParts, type AggregateParts } from '../../domain/followup/aggregation';

type IndicatorRow = typeof indicators.$inferSelect;

export interface RollupFilter {
	/** Only the indicators under this area goal (depth 1); null or absent for all. */
	areaGoalId?: number | null;
}

export interface RollupGoal {
	id: number;
	number: string | null;
	title: string;
	/** The goal model's name of its level ("Nämndmål"). */
	levelName: string;
	depth: number;
}

export interface RollupIndicator extends IndicatorFacts {
	/** Who owns it (the council, the committee, the unit). */
	ownerId: number;
	/** The roll-up at X. */
	total: RollupCell;
	/** X's children with at least one unit holding the indicator, in tree order. */
	children: RollupCell[];
	/** X's children where no unit holds it. */
	notHolding: ScopeOrganisation[];
}

export interface RollupGroup {
	goal: RollupGoal;
	indicators: RollupIndicator[];
}

export interface RollupView extends OrganisationContext {
	year: number;
	period: ReportPeriod;
	/** The years with a goal framework for X, newest first (the filter's choices). */
	years: number[];
	/** The area goals of the year (the filter's choices) and the one chosen. */
	areaGoals: RollupGoal[];
	areaGoalId: number | null;
	/** The "delvis uppfyllt" band the fulfilment was judged with. */
	band: number;
	children: ScopeOrganisation[];
	/** The indicators reported in the period, under their goals in the cascade's order. */
	groups: RollupGroup[];
}

/**
 * The roll-up of an organisation X (council, committee, department or unit) for a year and report
 * period: the indicators of X's and its ancestors' framework reported in the period (for a unit,
 * those it holds), grouped under their goals, each aggregated at X and at each child of X over the
 * units below that hold it, with X's target and fulfilment (see domain/followup/rollup-fulfilment).
 * `period` null means the latest period anything was reported in, else T1.
 *
 * A fixed number of queries whatever the size of the tree: the sums of the outcomes per child of
 * X, added up by the database (rollup-parts.ts; with last year's where a target is textual), from
 * the start (after the default period if none is asked for) beside the organisation and its
 * subtree, then years, band, goals and indicators, and after these the Årsmål rows of X and its
 * children and the overrides of the units shown. The domain turns the sums into aggregates and
 * judges them.
 */
export async function loadRollup(
	db: DbOrTx,
	slug: string,
	year: number,
	period: ReportPeriod | null,
	filter: RollupFilter = {}
): Promise<RollupView> {
	// The sums are the long query: it starts at once (after the default period if none is asked
	// for), beside the scope, as both read X's tree from its slug.
	const periodRead = period ? Promise.resolve(period) : latestReportedPeriod(db, slug, year).then((latest) => latest ?? 'T1');
	const partsRead = periodRead.then(async (chosen) => ({
		chosen,
		parts: await fetchRollupParts(db, { slug, year, periodicities: indicatorPeriodicities.filter((p) => isReportedIn(p, chosen)) }, chosen)
	}));
	// If the scope fails (no such organisation), nobody awaits the sums: their failure is not unhandled.
	partsRead.catch(() => {});
	const scope = await loadScopeTop(db, slug);
	const { context, self, ownerIds } = scope;
	const previousIndicator = alias(indicators, 'previous_indicator');
	const chosenPeriod = await periodRead;
	const shown = [self, ...scope.children];
	const shownUnits = shown.filter((o) => o.kind === 'unit').map((o) => o.id);
	const [years, band, goalRows, indicatorRows] = await Promise.all([
		followupYears(db, ownerIds),
		loadPartlyBand(db, context.municipality.id),
		db
			.select()
			.from(goals)
			.where(and(eq(goals.year, year), inArray(goals.organisationId, ownerIds))),
		db
			.select({ indicator: indicators, previous: { id: previousIndicator.id, kind: previousIndicator.kind, organisationId: previousIndicator.organisationId } })
			.from(indicators)
			.innerJoin(goals, eq(goals.id, indicators.goalId))
			.leftJoin(previousIndicator, eq(previousIndicator.id, indicators.previousId))
			.where(and(eq(goals.year, year), inArray(indicators.organisationId, ownerIds)))
			.orderBy(asc(indicators.position), asc(indicators.id))
	]);

	const reported = indicatorRows.filter((r) => isReportedIn(r.indicator.periodicity, chosenPeriod));
	const ids = reported.map((r) => r.indicator.id);
	const [targetRows, overrides, { parts }] = await Promise.all([
		fetchRollupTargets(db, ids, shown.map((o) => o.id)),
		fetchRollupOverrides(db, ids, shownUnits, chosenPeriod),
		partsRead
	]);
	const targets = new Map(targetRows.map((t) => [`${t.indicatorId}:${t.organisationId}`, t]));
	const chosenTarget = (indicator: IndicatorRow, organisation: ScopeOrganisation) => targetAt(indicator, organisation, targets.get(`${indicator.id}:${organisation.id}`));

	/** The parts of the holding units under an organisation shown: a child's own, X's all children's added. */
	const partsAt = (indicatorId: number, organisation: ScopeOrganisation): AggregateParts => {
		const byGroup = parts.get(indicatorId);
		if (!byGroup) return emptyParts;
		if (organisation.id !== self.id || self.kind === 'unit') return byGroup.get(organisation.id) ?? emptyParts;
		let sum = emptyParts;
		for (const p of byGroup.values()) sum = addParts(sum, p);
		return sum;
	};
	const figuresAt = (indicator: Pick<IndicatorRow, 'id' | 'kind'>, organisation: ScopeOrganisation) => {
		const p = partsAt(indicator.id, organisation);
		return { holders: p.units, aggregate: aggregateFromParts(indicator.kind, p) };
	};
	const cell = (indicator: IndicatorRow, previous: Pick<IndicatorRow, 'id' | 'kind'> | null, organisation: ScopeOrganisation): RollupCell => {
		const chosen = chosenTarget(indicator, organisation);
		return rollupCell(
			indicator,
			organisation,
			{
				...figuresAt(indicator, organisation),
				chosen,
				previous: previous && chosen.target.text !== null ? figuresAt(previous, organisation) : null,
				override: overrides.get(`${indicator.id}:${organisation.id}`)
			},
			band
		);
	};

	const outline = goalOutline(goalRows, context.levels);
	const { choices, chosen: areaGoalId } = areaGoalChoice(outline, filter.areaGoalId);

	const groups: RollupGroup[] = [];
	for (const entry of outline) {
		if (areaGoalId !== null && entry.areaGoalId !== areaGoalId) continue;
		const under = reported.filter(
			// A unit follows up only what it holds; the council and a committee everything of their framework.
			(r) => r.indicator.goalId === entry.goal.id && (self.kind !== 'unit' || (parts.get(r.indicator.id)?.get(self.id)?.units ?? 0) > 0)
		);
		if (under.length === 0) continue;
		groups.push({
			goal: rollupGoal(entry),
			indicators: under.map(({ indicator, previous }) => {
				const holding = scope.children.filter((c) => (parts.get(indicator.id)?.get(c.id)?.units ?? 0) > 0);
				return {
					...indicatorFacts(indicator),
					ownerId: indicator.organisationId,
					total: cell(indicator, previous, self),
					children: holding.map((c) => cell(indicator, previous, c)),
					notHolding: scope.children.filter((c) => !holding.includes(c))
				};
			})
		});
	}

	return { ...context, year, period: chosenPeriod, years, areaGoals: choices.map(rollupGoal), areaGoalId, band, children: scope.children, groups };
}

/** A goal of the outline as the dashboards show it. */
export function rollupGoal({ goal, levelName, depth }: OutlinedGoal<typeof goals.$inferSelect>): RollupGoal {
	return { id: goal.id, number: goal.number, title: goal.title, levelName, depth };
}
