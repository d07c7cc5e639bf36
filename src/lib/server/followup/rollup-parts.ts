import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import { scopeTree } from './followup-scope';
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

/**
 * canAggregate in SQL for one part of an outcome row `o` of an indicator `i`, but for its status
 * (the caller's `reported`): `i.k` is the kind as a number (1 share, 2 index, 0 count or amount),
 * compared more cheaply than the kind's text, ten thousand rows times three parts.
 */
function usable(part: Part) {
	const c = (name: string) => sql.raw(`o.${part}${name}`);
	// abs(x) < 'Infinity' is false for null, ±Infinity and NaN (PostgreSQL sorts NaN above everything).
	return sql`case i.k
		when 1 then abs(${c('numerator')}) < 'Infinity' and ${c('denominator')} >= 0 and ${c('denominator')} < 'Infinity'
		when 2 then abs(${c('value')}) < 'Infinity' and ${c('respondents')} >= 0 and ${c('respondents')} < 'Infinity'
		else abs(${c('value')}) < 'Infinity' end`;
}

/**
 * A part of an outcome row as whether it is usable and the two numbers its kind adds up: a share's
 * numerator and denominator, an index's value × respondents and respondents, a count's or amount's
 * value (and 0). Fewer aggregates than one per figure: they are most of the query's time.
 */
function addends(part: Part) {
	const c = (name: string) => sql.raw(`o.${part}${name}`);
	const p = alias(part);
	return sql`${usable(part)} as ${sql.raw(p)}usable,
		case i.k when 1 then ${c('numerator')} when 2 then ${c('value')} * ${c('respondents')} else ${c('value')} end as ${sql.raw(p)}a,
		case i.k when 1 then ${c('denominator')} when 2 then ${c('respondents')} else 0 end as ${sql.raw(p)}b`;
}

/** A part's count (reported rows where it is usable) and sums over a group's rows. */
function sums(part: Part) {
	const p = alias(part);
	const where = `filter (where o.reported and o.${p}usable)`;
	return sql.raw(`count(*) ${where}::int as ${p}count, sum(o.${p}a) ${where}::float8 as ${p}a, sum(o.${p}b) ${where}::float8 as ${p}b`);
}

/** A part's count and sums, zero where no row of a group is usable (the sums are null). */
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

/** Which roll-up's indicators and units are summed. */
export interface RollupIndicators {
	/**
	 * The organisation X the roll-up is for: its units are summed per child of X (X itself for a
	 * unit), over the indicators of X's and its ancestors' framework.
	 */
	slug: string;
	year: number;
	/** The periodicities reported in the period (report-periods.ts, isReportedIn). */
	periodicities: readonly Periodicity[];
}

/**
 * By indicator (this year's, and last year's where a target is textual), then by group (a child of
 * X, or X itself for a unit): the parts of the holding units of each group for the period. Groups
 * where no unit holds an indicator are absent. The query finds X's tree, indicators and holders
 * itself, from X's slug, so that it starts at once, beside the page's other queries.
 *
 * How the plan is held to its shape (the planner cannot know that the council's indicators have a
 * thousand rows each, nor how many units a subtree holds, and guessed wrong both ways):
 * - An indicator with a textual target at an organisation shown (X and its children) has its
 *   predecessor summed too: looked up per organisation shown (LATERAL … OFFSET 0), not by reading
 *   all the indicator's Årsmål rows.
 * - The holders and their outcomes are read and added up per indicator (LATERAL, an index scan
 *   each, a few hundred rows): left to itself, the planner read all the period's rows; and added
 *   up all at once, the ten thousand rows were sorted, whose memory cost more than the sums.
 * - The per-row CASEs are computed once (OFFSET 0 below the aggregates): inlined, each aggregate
 *   would repeat them.
 */
export async function fetchRollupParts(db: DbOrTx, which: RollupIndicators, period: string): Promise<Map<number, Map<number, AggregateParts>>> {
	const byIndicator = new Map<number, Map<number, AggregateParts>>();
	if (which.periodicities.length === 0) return byIndicator;
	const rows = await executeRows<PartsRow>(
		db,
		sql`with recursive ${scopeTree(which.slug)},
			-- The organisations shown: X and its children.
			shown as materialized (
				select id from x union all select id from below where id = group_id
			),
			this_year as materialized (
				select i.id, i.kind, i.organisation_id, i.previous_id, i.council_target_text from indicators i join goals g on g.id = i.goal_id
				where g.year = ${which.year} and i.organisation_id = any((select array_agg(id) from owners)::integer[])
					and i.periodicity = any(${`{${which.periodicities.join(',')}}`}::text[])
			),
			i as materialized (
				select id, kind, organisation_id, case kind when 'share' then 1 when 'index' then 2 else 0 end as k
				from (
					select id, kind, organisation_id from this_year
					union
					select p.id, p.kind, p.organisation_id from this_year c join indicators p on p.id = c.previous_id
					where c.council_target_text is not null
						or exists (
							select 1 from shown
							cross join lateral (
								select 1 from indicator_targets t
								where t.indicator_id = c.id and t.organisation_id = shown.id and t.target_text is not null
								offset 0
							) textual
						)
				) i
			),
			-- Per indicator, in one pass: its holders in the scope (by group), each with its outcome row for
			-- the period if it has one. A stray row of a unit that does not hold the indicator is not read.
			parts as (
				select i.id as indicator_id, i.kind, g.*
				from i
				cross join lateral (
					select o.group_id, count(*)::int as units,
						count(*) filter (where o.reported)::int as reported,
						count(*) filter (where o.not_measured)::int as not_measured,
						${sums('')}, ${sums('women_')}, ${sums('men_')}
					from (
						select s.group_id, o.status = 'reported' as reported, o.status = 'notMeasured' as not_measured,
							${addends('')}, ${addends('women_')}, ${addends('men_')}
						from (
							select t.organisation_id as unit_id from indicator_targets t where t.indicator_id = i.id
							union all
							-- (not UNION: removing duplicates cost more than this lookup)
							select i.organisation_id
							where not exists (select 1 from indicator_targets t where t.indicator_id = i.id and t.organisation_id = i.organisation_id)
						) h
						join scope s on s.unit_id = h.unit_id
						left join indicator_outcomes o on o.indicator_id = i.id and o.organisation_id = h.unit_id and o.period = ${period}
						offset 0
					) o
					group by o.group_id
				) g
			)
			select indicator_id, kind, group_id, units, reported,
				-- every holding unit without a reported or not-measured row is missing, with a row or without
				units - reported - not_measured as missing,
				not_measured, ${columns('')}, ${columns('women_')}, ${columns('men_')}
			from parts f`
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
