import { and, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import { integerArray } from '../db/integer-array';
import { indicatorOutcomes, indicatorTargets, type indicators } from '../db/schema';
import type { IndicatorDetail } from '../framework/get-indicator';
import type { FollowupScope, ScopeOrganisation } from './followup-scope';
import type { Aggregate, OutcomeFigures, OutcomeStatus, UnitOutcome } from '../../domain/followup/aggregation';
import type { AssessedFulfilment, FulfilmentLevel } from '../../domain/followup/fulfilment';
import type { ReportPeriod } from '../../domain/followup/report-periods';
import { aggregateHolders, chooseTarget, judgeAggregate, type ChosenTarget, type TargetSource } from '../../domain/followup/rollup-fulfilment';
import { formatTarget } from '../../domain/indicators/indicator';

/**
 * The roll-up of one indicator at one organisation of a follow-up scope: the cell (rollupCell) from
 * the sums the database added (load-rollup.ts, rollup-parts.ts) or from rows fetched once for the
 * whole page (RollupRows, load-indicator-trend.ts). The rules are the domain's
 * (rollup-fulfilment.ts, aggregation.ts); this file only looks the figures up.
 */

type IndicatorRow = typeof indicators.$inferSelect;

/** What a roll-up reads of an Årsmål row. */
export interface RollupTargetRow {
	indicatorId: number;
	organisationId: number;
	targetValue: number | null;
	targetText: string | null;
}

/** What a roll-up reads of an outcome row: the figures the aggregate is made of, and the override. */
export interface RollupOutcomeRow {
	indicatorId: number;
	organisationId: number;
	period: string;
	outcome: UnitOutcome;
	overrideLevel: FulfilmentLevel | null;
	overrideJustification: string | null;
}

/**
 * The Årsmål rows of these indicators at these organisations: four columns read raw (a city's
 * roll-up reads tens of thousands of rows; the ORM's mapping of every column was most of its time).
 */
export async function fetchRollupTargets(db: DbOrTx, indicatorIds: number[], organisationIds: number[]): Promise<RollupTargetRow[]> {
	if (indicatorIds.length === 0 || organisationIds.length === 0) return [];
	const rows = await executeRows<{ indicator_id: number; organisation_id: number; target_value: number | null; target_text: string | null }>(
		db,
		sql`select indicator_id, organisation_id, target_value, target_text from ${indicatorTargets}
			where indicator_id = any(${integerArray(indicatorIds)}::integer[]) and organisation_id in (select unnest(${integerArray(organisationIds)}::integer[]))`
	);
	return rows.map((r) => ({ indicatorId: r.indicator_id, organisationId: r.organisation_id, targetValue: r.target_value, targetText: r.target_text }));
}

/**
 * The editors' overrides of these indicators at these units for a period, by "indicator:unit"
 * (only rows that have one): a unit's cell shows its override instead of the computed fulfilment.
 */
export async function fetchRollupOverrides(
	db: DbOrTx,
	indicatorIds: number[],
	unitIds: number[],
	period: string
): Promise<Map<string, Pick<RollupOutcomeRow, 'overrideLevel' | 'overrideJustification'>>> {
	if (indicatorIds.length === 0 || unitIds.length === 0) return new Map();
	const rows = await executeRows<{ indicator_id: number; organisation_id: number; override_level: FulfilmentLevel; override_justification: string | null }>(
		db,
		sql`select indicator_id, organisation_id, override_level, override_justification from ${indicatorOutcomes}
			where indicator_id = any(${integerArray(indicatorIds)}::integer[]) and organisation_id = any(${integerArray(unitIds)}::integer[])
				and period = ${period} and override_level is not null`
	);
	return new Map(rows.map((r) => [`${r.indicator_id}:${r.organisation_id}`, { overrideLevel: r.override_level, overrideJustification: r.override_justification }]));
}

type RawOutcome = {
	indicator_id: number;
	organisation_id: number;
	period: string;
	status: OutcomeStatus;
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	respondents: number | null;
	women_value: number | null;
	women_numerator: number | null;
	women_denominator: number | null;
	women_respondents: number | null;
	men_value: number | null;
	men_numerator: number | null;
	men_denominator: number | null;
	men_respondents: number | null;
	override_level: FulfilmentLevel | null;
	override_justification: string | null;
};

function figures(value: number | null, numerator: number | null, denominator: number | null, respondents: number | null): OutcomeFigures | null {
	if (value === null && numerator === null && denominator === null && respondents === null) return null;
	return { value, numerator, denominator, respondents };
}

/**
 * The outcomes of these indicators at these units (in one period, or all): the aggregate's
 * columns read raw, as the domain's UnitOutcome (see outcomeFromRow for the whole outcome).
 */
export async function fetchRollupOutcomes(db: DbOrTx, indicatorIds: number[], unitIds: number[], period?: string): Promise<RollupOutcomeRow[]> {
	if (indicatorIds.length === 0 || unitIds.length === 0) return [];
	// One array parameter, not one per unit (a city's council has a thousand), joined as a set: as
	// `= any(…)` PostgreSQL compared each row with the whole array (EXPLAIN: 80 ms, hashed 7 ms).
	const conditions: SQL[] = [
		sql`indicator_id = any(${integerArray(indicatorIds)}::integer[])`,
		sql`organisation_id in (select unnest(${integerArray(unitIds)}::integer[]))`
	];
	if (period !== undefined) conditions.push(sql`period = ${period}`);
	const rows = await executeRows<RawOutcome>(
		db,
		sql`select indicator_id, organisation_id, period, status, value, numerator, denominator, respondents,
				women_value, women_numerator, women_denominator, women_respondents,
				men_value, men_numerator, men_denominator, men_respondents, override_level, override_justification
			from ${indicatorOutcomes} where ${and(...conditions)}`
	);
	return rows.map((r) => ({
		indicatorId: r.indicator_id,
		organisationId: r.organisation_id,
		period: r.period,
		outcome: {
			status: r.status,
			value: r.value,
			numerator: r.numerator,
			denominator: r.denominator,
			respondents: r.respondents,
			women: figures(r.women_value, r.women_numerator, r.women_denominator, r.women_respondents),
			men: figures(r.men_value, r.men_numerator, r.men_denominator, r.men_respondents)
		},
		overrideLevel: r.override_level,
		overrideJustification: r.override_justification
	}));
}

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
	/**
	 * The same period last year at this organisation, read only for a textual target (which is
	 * judged against it); null for any other target, without a predecessor or without holders.
	 */
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
	const { value, text } = chosen.target;
	return { value, text, display: formatTarget(value, text, indicator.unit), source: chosen.source };
}

/** The target at an organisation: its own Årsmål row, else (not for a unit) KF:s årsmål. */
export function targetAt(indicator: IndicatorRow, organisation: ScopeOrganisation, own: Pick<RollupTargetRow, 'targetValue' | 'targetText'> | undefined): ChosenTarget {
	return chooseTarget({
		isUnit: organisation.kind === 'unit',
		own: own ? { value: own.targetValue, text: own.targetText } : null,
		council: { value: indicator.councilTargetValue, text: indicator.councilTargetText }
	});
}

/**
 * One organisation's cell: the aggregate of its holding units, its target, and the fulfilment
 * (a textual target judged against last year's aggregate at the same organisation and period,
 * when there is one); a unit's cell carries its editor's override.
 */
export function rollupCell(
	indicator: IndicatorRow,
	organisation: ScopeOrganisation,
	figures: { holders: number; aggregate: Aggregate; chosen: ChosenTarget; previous: { holders: number; aggregate: Aggregate } | null; override: Pick<RollupOutcomeRow, 'overrideLevel' | 'overrideJustification'> | undefined },
	band: number
): RollupCell {
	const { holders, aggregate, chosen, override } = figures;
	const previous = figures.previous && figures.previous.holders > 0 ? figures.previous.aggregate : null;
	const fulfilment = judgeAggregate({
		aggregate,
		target: chosen.target,
		direction: indicator.direction,
		band,
		unit: indicator.unit,
		previous,
		override: override?.overrideLevel ? { level: override.overrideLevel, justification: override.overrideJustification ?? '' } : null
	});
	return { organisation, holders, aggregate, target: shownTarget(indicator, chosen), fulfilment, previous };
}

/** The rows of a page, looked up by indicator, organisation and period. */
export class RollupRows {
	private readonly units: Set<number>;
	private readonly holders = new Map<number, Set<number>>();
	/** By indicator, then organisation. */
	private readonly targets = new Map<number, Map<number, RollupTargetRow>>();
	/** By indicator and period ("12:T1"), then unit: one string key per aggregate, not per unit. */
	private readonly outcomes = new Map<string, Map<number, RollupOutcomeRow>>();

	constructor(
		private readonly scope: FollowupScope,
		indicatorRows: readonly Pick<IndicatorRow, 'id' | 'organisationId'>[],
		targetRows: readonly RollupTargetRow[],
		outcomeRows: readonly RollupOutcomeRow[]
	) {
		const units = (this.units = new Set(scope.unitIds));
		for (const indicator of indicatorRows) {
			// A unit holds an indicator it owns or has an Årsmål row for (even a blank one).
			const holding = new Set<number>();
			if (units.has(indicator.organisationId)) holding.add(indicator.organisationId);
			this.holders.set(indicator.id, holding);
		}
		for (const row of targetRows) {
			let byOrganisation = this.targets.get(row.indicatorId);
			if (!byOrganisation) this.targets.set(row.indicatorId, (byOrganisation = new Map()));
			byOrganisation.set(row.organisationId, row);
			if (units.has(row.organisationId)) this.holders.get(row.indicatorId)?.add(row.organisationId);
		}
		for (const row of outcomeRows) {
			const key = `${row.indicatorId}:${row.period}`;
			let byUnit = this.outcomes.get(key);
			if (!byUnit) this.outcomes.set(key, (byUnit = new Map()));
			byUnit.set(row.organisationId, row);
		}
	}

	private outcomeRow(indicatorId: number, unitId: number, period: ReportPeriod): RollupOutcomeRow | undefined {
		return this.outcomes.get(`${indicatorId}:${period}`)?.get(unitId);
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
		const holding = this.holders.get(indicator.id);
		const outcomes = this.outcomes.get(`${indicator.id}:${period}`);
		return aggregateHolders(
			indicator.kind,
			this.scope.unitsUnder.get(organisationId) ?? [],
			(unit) => holding?.has(unit) ?? false,
			(unit) => outcomes?.get(unit)?.outcome
		);
	}

	/** The target at an organisation: its own Årsmål row, else (not for a unit) KF:s årsmål. */
	target(indicator: IndicatorRow, organisation: ScopeOrganisation): RollupTarget {
		return shownTarget(indicator, this.chosenTarget(indicator, organisation));
	}

	private chosenTarget(indicator: IndicatorRow, organisation: ScopeOrganisation): ChosenTarget {
		return targetAt(indicator, organisation, this.targets.get(indicator.id)?.get(organisation.id));
	}

	/**
	 * The indicator at an organisation of the scope for a period: the aggregate of its holding
	 * units, its target, and the fulfilment (textual targets against `previous`, last year's
	 * indicator, at the same organisation and period). A unit's row carries its editor's override.
	 */
	cell(indicator: IndicatorRow, previous: Pick<IndicatorRow, 'id' | 'kind'> | null, organisation: ScopeOrganisation, period: ReportPeriod, band: number): RollupCell {
		const chosen = this.chosenTarget(indicator, organisation);
		return rollupCell(
			indicator,
			organisation,
			{
				...this.aggregate(indicator, organisation.id, period),
				chosen,
				previous: previous && chosen.target.text !== null ? this.aggregate(previous, organisation.id, period) : null,
				override: organisation.kind === 'unit' ? this.outcomeRow(indicator.id, organisation.id, period) : undefined
			},
			band
		);
	}
}
