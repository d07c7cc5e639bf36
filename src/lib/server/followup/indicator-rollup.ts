import type { indicatorTargets, indicators } from '../db/schema';
import type { IndicatorDetail } from '../framework/get-indicator';
import { outcomeFromRow, type OutcomeRow } from './outcome-row';
import type { FollowupScope, ScopeOrganisation } from './followup-scope';
import type { Aggregate } from '../../domain/followup/aggregation';
import type { AssessedFulfilment } from '../../domain/followup/fulfilment';
import type { ReportPeriod } from '../../domain/followup/report-periods';
import { aggregateHolders, chooseTarget, judgeAggregate, type ChosenTarget, type TargetSource } from '../../domain/followup/rollup-fulfilment';
import { formatTarget } from '../../domain/indicators/indicator';

/**
 * The roll-up of one indicator at one organisation of a follow-up scope, from rows fetched once
 * for the whole page (see load-rollup.ts and load-indicator-trend.ts): the rules are the domain's
 * (rollup-fulfilment.ts, aggregation.ts); this file only looks the rows up.
 */

type IndicatorRow = typeof indicators.$inferSelect;
type TargetRow = typeof indicatorTargets.$inferSelect;

export interface RollupTarget {
	value: number | null;
	text: string | null;
	/** As the plans show it: "32 %", "öka", "" for none. */
	display: string;
	/** X's own Årsmål, KF:s årsmål (for a committee or the council without one), or none. */
	source: TargetSource;
}

/** One organisation's row for an indicator and period. */
export interface RollupCell {
	organisation: ScopeOrganisation;
	/** How many units below it (or itself) hold the indicator. */
	holders: number;
	aggregate: Aggregate;
	target: RollupTarget;
	fulfilment: AssessedFulfilment;
	/** The same period last year at this organisation (for textual targets); null without a predecessor. */
	previous: Aggregate | null;
}

/** What the dashboards say about an indicator beside its figures. */
export type IndicatorFacts = Pick<IndicatorDetail, 'id' | 'name' | 'unit' | 'kind' | 'direction' | 'periodicity' | 'genderSplit' | 'councilTarget'>;

export function indicatorFacts(indicator: IndicatorRow): IndicatorFacts {
	return {
		id: indicator.id,
		name: indicator.name,
		unit: indicator.unit,
		kind: indicator.kind,
		direction: indicator.direction,
		periodicity: indicator.periodicity,
		genderSplit: indicator.genderSplit,
		councilTarget: formatTarget(indicator.councilTargetValue, indicator.councilTargetText, indicator.unit)
	};
}

function shownTarget(indicator: IndicatorRow, chosen: ChosenTarget): RollupTarget {
	return { ...chosen.target, display: formatTarget(chosen.target.value, chosen.target.text, indicator.unit), source: chosen.source };
}

/** The rows of a page, looked up by indicator, organisation and period. */
export class RollupRows {
	private readonly holders = new Map<number, Set<number>>();
	private readonly targets = new Map<string, TargetRow>();
	private readonly outcomes = new Map<string, OutcomeRow>();

	constructor(
		private readonly scope: FollowupScope,
		indicatorRows: readonly Pick<IndicatorRow, 'id' | 'organisationId'>[],
		targetRows: readonly TargetRow[],
		outcomeRows: readonly OutcomeRow[]
	) {
		const units = new Set(scope.unitIds);
		for (const indicator of indicatorRows) {
			// A unit holds an indicator it owns or has an Årsmål row for (even a blank one).
			const holding = new Set<number>();
			if (units.has(indicator.organisationId)) holding.add(indicator.organisationId);
			this.holders.set(indicator.id, holding);
		}
		for (const row of targetRows) {
			this.targets.set(`${row.indicatorId}:${row.organisationId}`, row);
			if (units.has(row.organisationId)) this.holders.get(row.indicatorId)?.add(row.organisationId);
		}
		for (const row of outcomeRows) this.outcomes.set(`${row.indicatorId}:${row.organisationId}:${row.period}`, row);
	}

	/** Whether the unit holds the indicator. */
	holds(indicatorId: number, unitId: number): boolean {
		return this.holders.get(indicatorId)?.has(unitId) ?? false;
	}

	/** The units under an organisation of the scope that hold the indicator. */
	holdersUnder(indicatorId: number, organisationId: number): number {
		return (this.scope.unitsUnder.get(organisationId) ?? []).filter((u) => this.holds(indicatorId, u)).length;
	}

	private aggregate(indicator: Pick<IndicatorRow, 'id' | 'kind'>, organisationId: number, period: ReportPeriod) {
		return aggregateHolders(
			indicator.kind,
			this.scope.unitsUnder.get(organisationId) ?? [],
			(unit) => this.holds(indicator.id, unit),
			(unit) => {
				const row = this.outcomes.get(`${indicator.id}:${unit}:${period}`);
				return row ? outcomeFromRow(row) : undefined;
			}
		);
	}

	/** The target at an organisation: its own Årsmål row, else (not for a unit) KF:s årsmål. */
	target(indicator: IndicatorRow, organisation: ScopeOrganisation): RollupTarget {
		return shownTarget(indicator, this.chosenTarget(indicator, organisation));
	}

	private chosenTarget(indicator: IndicatorRow, organisation: ScopeOrganisation): ChosenTarget {
		const own = this.targets.get(`${indicator.id}:${organisation.id}`);
		return chooseTarget({
			isUnit: organisation.kind === 'unit',
			own: own ? { value: own.targetValue, text: own.targetText } : null,
			council: { value: indicator.councilTargetValue, text: indicator.councilTargetText }
		});
	}

	/**
	 * The indicator at an organisation of the scope for a period: the aggregate of its holding
	 * units, its target, and the fulfilment (textual targets against `previous`, last year's
	 * indicator, at the same organisation and period). A unit's row carries its editor's override.
	 */
	cell(indicator: IndicatorRow, previous: Pick<IndicatorRow, 'id' | 'kind'> | null, organisation: ScopeOrganisation, period: ReportPeriod, band: number): RollupCell {
		const { holders, aggregate } = this.aggregate(indicator, organisation.id, period);
		const before = previous ? this.aggregate(previous, organisation.id, period) : null;
		const chosen = this.chosenTarget(indicator, organisation);
		const row = organisation.kind === 'unit' ? this.outcomes.get(`${indicator.id}:${organisation.id}:${period}`) : undefined;
		const fulfilment = judgeAggregate({
			aggregate,
			target: chosen.target,
			direction: indicator.direction,
			band,
			unit: indicator.unit,
			previous: before && before.holders > 0 ? before.aggregate : null,
			override: row?.overrideLevel ? { level: row.overrideLevel, justification: row.overrideJustification ?? '' } : null
		});
		return { organisation, holders, aggregate, target: shownTarget(indicator, chosen), fulfilment, previous: before && before.holders > 0 ? before.aggregate : null };
	}
}
