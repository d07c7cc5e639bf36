import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import { integerArray } from '../db/integer-array';
import type { AggregateParts, FigureSums } from '../../domain/followup/aggregation';
import type { IndicatorKind, Periodicity } from '../../domain/indicators/indicator';

/**
 * The roll-up's sums computed by the database: for each indicator and each group of units (the
 * children of the organisation a roll-up is for), the domain's AggregateParts of the units in the
 * group that hold the indicator (its owner, or a unit with an Årsmål row for it). A holding unit
 * without an outcome row counts as missing, as in the domain.
 *
 * Why here and not in the domain: a council's roll-up is over a thousand units; reading their
 * rows into the app took five times as long as summing them where they are. The domain still
 * owns the rule: it turns the parts into the aggregate (aggregateFromParts), and which figures are
 * usable is its canAggregate, written once more below in SQL. rollup-parts.test.ts holds the two
 * to the same answers on both drivers, edge cases (NaN, Infinity, negative weights) included.
 */

type Part = '' | 'women_' | 'men_';
const alias = (part: Part) => part || 'total_';

/** canAggregate in SQL, for one part of an outcome row `o` of an indicator `i`. */
function usable(part: Part) {
	const c = (name: string) => sql.raw(`o.${part}${name}`);
	// abs(x) < 'Infinity' is false for null, ±Infinity and NaN (PostgreSQL sorts NaN above everything).
	return sql`o.status = 'reported' and case i.kind
		when 'share' then abs(${c('numerator')}) < 'Infinity' and ${c('denominator')} >= 0 and ${c('denominator')} < 'Infinity'
		when 'index' then abs(${c('value')}) < 'Infinity' and ${c('respondents')} >= 0 and ${c('respondents')} < 'Infinity'
		else abs(${c('value')}) < 'Infinity' end`;
}

/**
 * A part of an outcome row as the two numbers its kind adds up, both null where the part is not
 * usable: a share's numerator and denominator, an index's value × respondents and respondents, a
 * count's or amount's value (and 0). Fewer aggregates than one per figure: they are most of the
 * query's time.
 */
function addends(part: Part) {
	const c = (name: string) => sql.raw(`o.${part}${name}`);
	const p = alias(part);
	return sql`case when ${usable(part)} then case i.kind when 'share' then ${c('numerator')} when 'index' then ${c('value')} * ${c('respondents')} else ${c('value')} end end as ${sql.raw(p)}a,
		case when ${usable(part)} then case i.kind when 'share' then ${c('denominator')} when 'index' then ${c('respondents')} else 0 end end as ${sql.raw(p)}b`;
}

/** A part's count (rows where it is usable) and sums over a group's rows. */
function sums(part: Part) {
	const p = alias(part);
	return sql.raw(`count(o.${p}a)::int as ${p}count, sum(o.${p}a)::float8 as ${p}a, sum(o.${p}b)::float8 as ${p}b`);
}

/** A part's count and sums from `figures`, zero where a group has no outcome rows. */
function columns(part: Part) {
	const p = alias(part);
	return sql.raw(['count', 'a', 'b'].map((n) => `coalesce(f.${p}${n}, 0) as ${p}${n}`).join(', '));
}

type PartsRow = Record<`${'total_' | 'women_' | 'men_'}${'count' | 'a' | 'b'}`, number> & {
	indicator_id: number;
	kind: IndicatorKind;
	group_id: number;
	units: number;
	reported: number;
	missing: number;
	not_measured: number;
};

function figureSums(row: PartsRow, part: Part): FigureSums {
	const p = alias(part) as 'total_' | 'women_' | 'men_';
	const count = row[`${p}count`];
	const a = row[`${p}a`];
	const b = row[`${p}b`];
	switch (row.kind) {
		case 'share':
			return { count, value: 0, numerator: a, denominator: b, weighted: 0, respondents: 0 };
		case 'index':
			return { count, value: 0, numerator: 0, denominator: 0, weighted: a, respondents: b };
		case 'count':
		case 'amount':
			return { count, value: a, numerator: 0, denominator: 0, weighted: 0, respondents: 0 };
	}
}

/** Which indicators a roll-up sums: its framework's, and last year's where a target is textual. */
export interface RollupIndicators {
	/** The organisation the roll-up is for and its ancestors: whose indicators. */
	ownerIds: readonly number[];
	year: number;
	/** The periodicities reported in the period (report-periods.ts, isReportedIn). */
	periodicities: readonly Periodicity[];
	/**
	 * The organisations shown (X and its children): an indicator with a textual target at one of
	 * them, or a textual KF:s årsmål, is judged against last year's aggregate, so its predecessor
	 * (previous_id) is summed too.
	 */
	shownIds: readonly number[];
}

/**
 * By indicator (this year's and the predecessors asked for), then by group: the parts of the
 * holding units of each group for the period. `groupOf` maps each unit of the roll-up to its
 * group. Groups where no unit holds an indicator are absent. The query chooses the indicators
 * itself, so that it can run beside the page's other queries instead of after them.
 */
export async function fetchRollupParts(
	db: DbOrTx,
	which: RollupIndicators,
	groupOf: ReadonlyMap<number, number>,
	period: string
): Promise<Map<number, Map<number, AggregateParts>>> {
	const byIndicator = new Map<number, Map<number, AggregateParts>>();
	if (which.periodicities.length === 0 || groupOf.size === 0) return byIndicator;
	// The units and their groups as two arrays of the same order (one parameter each).
	const units = [...groupOf.keys()];
	// Holders and figures are counted apart and joined per group (a few hundred rows): joined per
	// unit, the planner, blind to how many rows the arrays hold, chose per-row index lookups and
	// merge joins that took ten times the reading of the period's rows.
	const rows = await executeRows<PartsRow>(
		db,
		sql`with scope as (
				select * from unnest(${`{${units.join(',')}}`}::integer[], ${`{${units.map((u) => groupOf.get(u)).join(',')}}`}::integer[]) as s(unit_id, group_id)
			),
			this_year as materialized (
				select i.id, i.kind, i.organisation_id, i.previous_id, i.council_target_text from indicators i join goals g on g.id = i.goal_id
				where g.year = ${which.year} and i.organisation_id = any(${integerArray(which.ownerIds)}::integer[])
					and i.periodicity = any(${`{${which.periodicities.join(',')}}`}::text[])
			),
			i as materialized (
				select id, kind, organisation_id from this_year
				union
				select p.id, p.kind, p.organisation_id from this_year c join indicators p on p.id = c.previous_id
				where c.council_target_text is not null
					or exists (select 1 from indicator_targets t
						where t.indicator_id = c.id and t.target_text is not null and t.organisation_id = any(${integerArray(which.shownIds)}::integer[]))
			),
			holders as (
				select h.indicator_id, s.group_id, count(*)::int as units
				from (
					select t.indicator_id, t.organisation_id as unit_id from indicator_targets t where t.indicator_id in (select id from i)
					union all
					select i.id, i.organisation_id from i
					where not exists (select 1 from indicator_targets t where t.indicator_id = i.id and t.organisation_id = i.organisation_id)
				) h
				join scope s on s.unit_id = h.unit_id
				group by h.indicator_id, s.group_id
			),
			figures as (
				select o.indicator_id, o.group_id,
					count(*) filter (where o.status = 'reported')::int as reported,
					count(*) filter (where o.status = 'notMeasured')::int as not_measured,
					${sums('')}, ${sums('women_')}, ${sums('men_')}
				from (
					select o.indicator_id, s.group_id, o.status, ${addends('')}, ${addends('women_')}, ${addends('men_')}
					from indicator_outcomes o
					join i on i.id = o.indicator_id
					join scope s on s.unit_id = o.organisation_id
					where o.period = ${period}
						-- a unit's row counts only if it holds the indicator
						and (o.organisation_id = i.organisation_id
							or (o.indicator_id, o.organisation_id) in (select t.indicator_id, t.organisation_id from indicator_targets t where t.indicator_id in (select id from i)))
				) o
				group by o.indicator_id, o.group_id
			)
			select h.indicator_id, i.kind, h.group_id, h.units,
				coalesce(f.reported, 0) as reported,
				-- every holding unit without a reported or not-measured row is missing, with a row or without
				h.units - coalesce(f.reported, 0) - coalesce(f.not_measured, 0) as missing,
				coalesce(f.not_measured, 0) as not_measured,
				${columns('')}, ${columns('women_')}, ${columns('men_')}
			from holders h
			join i on i.id = h.indicator_id
			left join figures f on f.indicator_id = h.indicator_id and f.group_id = h.group_id`
	);
	for (const row of rows) {
		let byGroup = byIndicator.get(row.indicator_id);
		if (!byGroup) byIndicator.set(row.indicator_id, (byGroup = new Map()));
		byGroup.set(row.group_id, {
			units: row.units,
			reported: row.reported,
			missing: row.missing,
			notMeasured: row.not_measured,
			total: figureSums(row, ''),
			women: figureSums(row, 'women_'),
			men: figureSums(row, 'men_')
		});
	}
	return byIndicator;
}
