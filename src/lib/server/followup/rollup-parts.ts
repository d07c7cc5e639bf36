import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import { integerArray } from '../db/integer-array';
import type { AggregateParts, FigureSums } from '../../domain/followup/aggregation';

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

/** canAggregate in SQL, for the outcome columns with this prefix ('' for the total, 'women_', 'men_'). */
function usable(prefix: '' | 'women_' | 'men_') {
	const c = (name: string) => sql.raw(`o.${prefix}${name}`);
	// abs(x) < 'Infinity' is false for null, ±Infinity and NaN (PostgreSQL sorts NaN above everything).
	return sql`o.status = 'reported' and case i.kind
		when 'share' then abs(${c('numerator')}) < 'Infinity' and ${c('denominator')} >= 0 and ${c('denominator')} < 'Infinity'
		when 'index' then abs(${c('value')}) < 'Infinity' and ${c('respondents')} >= 0 and ${c('respondents')} < 'Infinity'
		else abs(${c('value')}) < 'Infinity' end`;
}

function sums(prefix: '' | 'women_' | 'men_') {
	const c = (name: string) => sql.raw(`o.${prefix}${name}`);
	const when = usable(prefix);
	const p = sql.raw(prefix || 'total_');
	return sql`count(*) filter (where ${when})::int as ${p}count,
		coalesce(sum(${c('value')}) filter (where ${when} and i.kind in ('count', 'amount')), 0)::float8 as ${p}value,
		coalesce(sum(${c('numerator')}) filter (where ${when} and i.kind = 'share'), 0)::float8 as ${p}numerator,
		coalesce(sum(${c('denominator')}) filter (where ${when} and i.kind = 'share'), 0)::float8 as ${p}denominator,
		coalesce(sum(${c('value')} * ${c('respondents')}) filter (where ${when} and i.kind = 'index'), 0)::float8 as ${p}weighted,
		coalesce(sum(${c('respondents')}) filter (where ${when} and i.kind = 'index'), 0)::float8 as ${p}respondents`;
}

type SumsRow = Record<`${'total_' | 'women_' | 'men_'}${keyof FigureSums}`, number>;
type PartsRow = SumsRow & { indicator_id: number; group_id: number; units: number; reported: number; missing: number; not_measured: number };

function figureSums(row: PartsRow, prefix: 'total_' | 'women_' | 'men_'): FigureSums {
	return {
		count: row[`${prefix}count`],
		value: row[`${prefix}value`],
		numerator: row[`${prefix}numerator`],
		denominator: row[`${prefix}denominator`],
		weighted: row[`${prefix}weighted`],
		respondents: row[`${prefix}respondents`]
	};
}

/**
 * By indicator, then by group: the parts of the holding units of each group for the period.
 * `groupOf` maps each unit of the roll-up to its group. Groups where no unit holds an indicator
 * are absent.
 */
export async function fetchRollupParts(
	db: DbOrTx,
	indicatorIds: readonly number[],
	groupOf: ReadonlyMap<number, number>,
	period: string
): Promise<Map<number, Map<number, AggregateParts>>> {
	const byIndicator = new Map<number, Map<number, AggregateParts>>();
	if (indicatorIds.length === 0 || groupOf.size === 0) return byIndicator;
	const ids = sql`${integerArray(indicatorIds)}::integer[]`;
	// The units and their groups as two arrays of the same order (one parameter each).
	const units = [...groupOf.keys()];
	const rows = await executeRows<PartsRow>(
		db,
		sql`with scope as (
				select * from unnest(${`{${units.join(',')}}`}::integer[], ${`{${units.map((u) => groupOf.get(u)).join(',')}}`}::integer[]) as s(unit_id, group_id)
			),
			held as (
				select t.indicator_id, t.organisation_id as unit_id from indicator_targets t where t.indicator_id = any(${ids})
				union
				select i.id, i.organisation_id from indicators i where i.id = any(${ids})
			),
			o as (select * from indicator_outcomes where indicator_id = any(${ids}) and period = ${period})
			select h.indicator_id, s.group_id, count(*)::int as units,
				count(*) filter (where o.status = 'reported')::int as reported,
				count(*) filter (where o.status is null or o.status = 'missing')::int as missing,
				count(*) filter (where o.status = 'notMeasured')::int as not_measured,
				${sums('')}, ${sums('women_')}, ${sums('men_')}
			from held h
			join scope s on s.unit_id = h.unit_id
			join indicators i on i.id = h.indicator_id
			left join o on o.indicator_id = h.indicator_id and o.organisation_id = h.unit_id
			group by h.indicator_id, s.group_id`
	);
	for (const row of rows) {
		let byGroup = byIndicator.get(row.indicator_id);
		if (!byGroup) byIndicator.set(row.indicator_id, (byGroup = new Map()));
		byGroup.set(row.group_id, {
			units: row.units,
			reported: row.reported,
			missing: row.missing,
			notMeasured: row.not_measured,
			total: figureSums(row, 'total_'),
			women: figureSums(row, 'women_'),
			men: figureSums(row, 'men_')
		});
	}
	return byIndicator;
}
