import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client';
import { goals, indicators } from '../db/schema';
import type { OrganisationContext } from '../organisations/get-organisation';
import { loadPartlyBand } from './load-partly-band';
import { followupYears, latestReportedPeriod, loadScope, type ScopeOrganisation } from './followup-scope';
import { RollupRows, fetchRollupOutcomes, fetchRollupTargets, indicatorFacts, type IndicatorFacts, type RollupCell } from './indicator-rollup';
import { areaGoalChoice, goalOutline, type OutlinedGoal } from '../../domain/followup/goal-outline';
import { isReportedIn, type ReportPeriod } from '../../domain/followup/report-periods';

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
 * A fixed number of queries whatever the size of the tree: the organisation (a few), the subtree
 * (one recursive query), then years, band, goals, indicators, the default period, and last the
 * Årsmål rows and the outcome rows of the subtree (and, where a target is textual, last year's),
 * all aggregated here with the domain's rules.
 */
export async function loadRollup(
	db: DbOrTx,
	slug: string,
	year: number,
	period: ReportPeriod | null,
	filter: RollupFilter = {}
): Promise<RollupView> {
	const scope = await loadScope(db, slug);
	const { context, self, ownerIds } = scope;
	const previousIndicator = alias(indicators, 'previous_indicator');
	const [years, band, goalRows, indicatorRows, latest] = await Promise.all([
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
			.orderBy(asc(indicators.position), asc(indicators.id)),
		period ? Promise.resolve(null) : latestReportedPeriod(db, scope.unitIds, year)
	]);
	const chosenPeriod: ReportPeriod = period ?? latest ?? 'T1';

	const reported = indicatorRows.filter((r) => isReportedIn(r.indicator.periodicity, chosenPeriod));
	const ids = reported.map((r) => r.indicator.id);
	const organisationIds = [self.id, ...scope.below.map((o) => o.id)];
	const [targetRows, outcomeRows] = await Promise.all([
		fetchRollupTargets(db, ids, organisationIds),
		fetchRollupOutcomes(db, ids, scope.unitIds, chosenPeriod)
	]);
	const rows = new RollupRows(
		scope,
		reported.map((r) => r.indicator),
		targetRows,
		outcomeRows
	);
	// Last year's rows only for the indicators with a textual target somewhere on the page (judged
	// against last year's aggregate): at city scale they were half of what the roll-up read.
	const shown = [self, ...scope.children];
	const previousIds = [
		...new Set(reported.flatMap((r) => (r.previous && rows.needsPrevious(r.indicator, shown) ? [r.previous.id] : [])))
	];
	if (previousIds.length > 0) {
		const [previousTargets, previousOutcomes] = await Promise.all([
			fetchRollupTargets(db, previousIds, scope.unitIds),
			fetchRollupOutcomes(db, previousIds, scope.unitIds, chosenPeriod)
		]);
		const previousIndicators = reported.flatMap((r) => (r.previous && previousIds.includes(r.previous.id) ? [r.previous] : []));
		rows.add(previousIndicators, previousTargets, previousOutcomes);
	}

	const outline = goalOutline(goalRows, context.levels);
	const { choices, chosen: areaGoalId } = areaGoalChoice(outline, filter.areaGoalId);

	const groups: RollupGroup[] = [];
	for (const entry of outline) {
		if (areaGoalId !== null && entry.areaGoalId !== areaGoalId) continue;
		const under = reported.filter(
			// A unit follows up only what it holds; the council and a committee everything of their framework.
			(r) => r.indicator.goalId === entry.goal.id && (self.kind !== 'unit' || rows.holds(r.indicator.id, self.id))
		);
		if (under.length === 0) continue;
		groups.push({
			goal: rollupGoal(entry),
			indicators: under.map(({ indicator, previous }) => {
				const cell = (organisation: ScopeOrganisation) => rows.cell(indicator, previous, organisation, chosenPeriod, band);
				const holding = scope.children.filter((c) => rows.holdersUnder(indicator.id, c.id) > 0);
				return {
					...indicatorFacts(indicator),
					ownerId: indicator.organisationId,
					total: cell(self),
					children: holding.map(cell),
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
