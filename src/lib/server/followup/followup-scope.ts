import { asc, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import { integerArray } from '../db/integer-array';
import { goalAssessments, goals, indicatorOutcomes, indicators, organisations } from '../db/schema';
import { getOrganisation, type OrganisationContext } from '../organisations/get-organisation';
import type { OrganisationKind } from '../../domain/organisation/organisation';
import { comparePeriods, isReportPeriod, reportPeriods, type ReportPeriod } from '../../domain/followup/report-periods';

/**
 * What the follow-up's roll-up, matrix and trend pages read about an organisation X: X with its
 * ancestors, and everything below X (one recursive query), with the units that report and the
 * direct child of X each of them falls under (for drill-down).
 */

export interface ScopeOrganisation {
	id: number;
	parentId: number | null;
	kind: OrganisationKind;
	name: string;
	slug: string;
}

export interface FollowupScope {
	context: OrganisationContext;
	/** X and its ancestors: whose goals and indicators X follows up. */
	ownerIds: number[];
	/** X itself. */
	self: ScopeOrganisation;
	/** The organisations directly below X, in tree order. */
	children: ScopeOrganisation[];
	/** Every organisation below X, in tree order. */
	below: ScopeOrganisation[];
	/** The units whose outcomes X's figures are made of: those below X, or X itself if X is a unit. */
	unitIds: number[];
	/** The units below each organisation in the scope (X and everything below it). */
	unitsUnder: Map<number, number[]>;
	/** A unit's ancestors, nearest first, up to the municipality (as the unit cascade wants them). */
	ancestorsOf(unitId: number): number[];
}

function scopeOrganisation(row: { id: number; parentId: number | null; kind: OrganisationKind; name: string; slug: string }): ScopeOrganisation {
	return { id: row.id, parentId: row.parentId, kind: row.kind, name: row.name, slug: row.slug };
}

/** X (by slug) and its subtree: getOrganisation's query and one recursive query, run together. */
export async function loadScope(db: DbOrTx, slug: string): Promise<FollowupScope> {
	const [context, rows] = await Promise.all([
		getOrganisation(db, slug),
		executeRows<{ id: number; parent_id: number; kind: OrganisationKind; name: string; slug: string }>(
			db,
			sql`
			with recursive below(id, parent_id, kind, name, slug, sort_key) as (
				select o.id, o.parent_id, o.kind, o.name, o.slug, array[o.position, o.id]
				from organisations o where o.parent_id = (select id from organisations where slug = ${slug})
				union all
				select o.id, o.parent_id, o.kind, o.name, o.slug, below.sort_key || array[o.position, o.id]
				from organisations o join below on o.parent_id = below.id
			)
			select id, parent_id, kind, name, slug from below order by sort_key`
		)
	]);
	const self = scopeOrganisation(context.organisation);
	const below = rows.map((r) => scopeOrganisation({ id: Number(r.id), parentId: Number(r.parent_id), kind: r.kind, name: r.name, slug: r.slug }));
	const parentOf = new Map<number, number | null>([[self.id, self.parentId], ...below.map((o) => [o.id, o.parentId] as const)]);

	const unitsUnder = new Map<number, number[]>([[self.id, []], ...below.map((o) => [o.id, [] as number[]] as const)]);
	const units = self.kind === 'unit' ? [self] : below.filter((o) => o.kind === 'unit');
	for (const unit of units) {
		// Up from the unit to X, adding it to each organisation on the way.
		let at: number | null | undefined = unit.id;
		while (at !== null && at !== undefined && unitsUnder.has(at)) {
			unitsUnder.get(at)!.push(unit.id);
			if (at === self.id) break;
			at = parentOf.get(at);
		}
	}
	const aboveSelf = context.ancestors.map((a) => a.id);
	return {
		context,
		ownerIds: [self.id, ...aboveSelf],
		self,
		children: below.filter((o) => o.parentId === self.id),
		below,
		unitIds: units.map((u) => u.id),
		unitsUnder,
		ancestorsOf(unitId: number): number[] {
			const out: number[] = [];
			let at = parentOf.get(unitId) ?? null;
			while (at !== null && at !== self.parentId) {
				out.push(at);
				if (at === self.id) break;
				at = parentOf.get(at) ?? null;
			}
			return unitId === self.id ? aboveSelf : [...out, ...aboveSelf];
		}
	};
}

/** What a page that shows only X and its children needs of the scope (the roll-up). */
export type ScopeTop = Pick<FollowupScope, 'context' | 'ownerIds' | 'self' | 'children'>;

/**
 * X (by slug) with its ancestors, and the organisations directly below it in tree order:
 * loadScope without the rest of the tree, for a page whose figures the database adds up from the
 * tree itself (the roll-up: a city's thousand units read into the app were most of its work here).
 */
export async function loadScopeTop(db: DbOrTx, slug: string): Promise<ScopeTop> {
	const [context, rows] = await Promise.all([
		getOrganisation(db, slug),
		db
			.select({ id: organisations.id, parentId: organisations.parentId, kind: organisations.kind, name: organisations.name, slug: organisations.slug })
			.from(organisations)
			.where(sql`${organisations.parentId} = (select o.id from ${organisations} o where o.slug = ${slug})`)
			.orderBy(asc(organisations.position), asc(organisations.id))
	]);
	const self = scopeOrganisation(context.organisation);
	return { context, ownerIds: [self.id, ...context.ancestors.map((a) => a.id)], self, children: rows.map(scopeOrganisation) };
}

/** The years with a goal framework for X: any goal written by X or above it, newest first. */
export async function followupYears(db: DbOrTx, ownerIds: number[]): Promise<number[]> {
	const rows = await db
		.selectDistinct({ year: goals.year })
		.from(goals)
		.where(sql`${goals.organisationId} = any(${integerArray(ownerIds)}::integer[])`);
	return rows.map((r) => r.year).sort((a, b) => b - a);
}

/**
 * X (by slug) and its tree in SQL, as the entries of a WITH RECURSIVE, for the queries that start
 * before loadScope has answered (the same tree, read by the database):
 * - x (id, kind): X;
 * - owners (id, parent_id): X and its ancestors, whose goals and indicators X follows up;
 * - below (id, kind, group_id): everything below X, with the child of X it falls under;
 * - scope (unit_id, group_id): the units whose outcomes X's figures are made of (those below X,
 *   or X itself if X is a unit), with their group (the child of X, or X itself for a unit).
 */
export function scopeTree(slug: string): SQL {
	return sql`x as (
			select id, kind from organisations where slug = ${slug}
		),
		owners(id, parent_id) as (
			select id, parent_id from organisations where id = (select id from x)
			union all
			select o.id, o.parent_id from organisations o join owners on o.id = owners.parent_id
		),
		below(id, kind, group_id) as (
			select id, kind, id from organisations where parent_id = (select id from x)
			union all
			select o.id, o.kind, below.group_id from organisations o join below on o.parent_id = below.id
		),
		scope as materialized (
			select id as unit_id, group_id from below where kind = 'unit' and (select kind from x) <> 'unit'
			union all
			select id, id from x where kind = 'unit'
		)`;
}

/**
 * The latest report period of the year in which any unit of X's scope (by slug) reported an
 * outcome or assessed a goal; null when none has (the pages then show T1). One query that asks,
 * latest period first, whether any such row exists, and stops at the first period that has one.
 * It reads X's units itself (scopeTree), so that it need not wait for loadScope.
 */
export async function latestReportedPeriod(db: DbOrTx, slug: string, year: number): Promise<ReportPeriod | null> {
	// The units as one array made by the database: sent as a parameter, a thousand ids made the
	// planning of the eight EXISTS cost ten times the answer (estimated element by element); and
	// joined to the units as rows, the planner read the period's every row, of every year.
	const units = sql`array(select unit_id from scope)`;
	const reportedIn = (period: ReportPeriod) => sql`
		exists (
			select 1 from ${indicatorOutcomes} o
			join ${indicators} i on i.id = o.indicator_id
			join ${goals} g on g.id = i.goal_id
			where o.organisation_id = any(${units}) and o.period = ${period} and o.status = 'reported' and g.year = ${year})
		or exists (
			select 1 from ${goalAssessments} a
			join ${goals} g on g.id = a.goal_id
			where a.organisation_id = any(${units}) and a.period = ${period} and a.level <> 'notJudged' and g.year = ${year})`;
	const latestFirst = [...reportPeriods].sort(comparePeriods).reverse();
	// CASE tries its branches in order: later periods are not looked for once one is found.
	const [row] = await executeRows<{ period: string | null }>(
		db,
		sql`with recursive ${scopeTree(slug)}
			select case ${sql.join(latestFirst.map((p) => sql`when ${reportedIn(p)} then ${p}::text`), sql` `)} end as period`
	);
	return row?.period && isReportPeriod(row.period) ? row.period : null;
}
