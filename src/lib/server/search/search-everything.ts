import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { goalLevels, goals, indicators, organisations } from '../db/schema';
import type { OrganisationKind } from '../../domain/organisation/organisation';
import type { Grant } from '../../domain/access/policy';
import { readableOrganisationIds } from '../policies/readable-organisations';

export interface OrganisationHit {
	id: number;
	name: string;
	slug: string;
	kind: OrganisationKind;
}

export interface GoalHit {
	id: number;
	year: number;
	number: string | null;
	title: string;
	levelName: string;
	organisation: { name: string; slug: string };
}

export interface IndicatorHit {
	id: number;
	name: string;
	year: number;
	goal: { id: number; number: string | null; title: string };
	organisation: { name: string; slug: string };
}

export interface SearchResults {
	/** The query as searched (trimmed); empty when it was too short to search. */
	query: string;
	organisations: OrganisationHit[];
	goals: GoalHit[];
	indicators: IndicatorHit[];
	/** Per group: whether there were more hits than the limit. */
	more: { organisations: boolean; goals: boolean; indicators: boolean };
	/** Hits shown, over all groups. */
	total: number;
}

export const MIN_QUERY_LENGTH = 2;

/** `%`, `_` and `\` match themselves: the user searches for text, not for a pattern. */
function containsPattern(text: string): string {
	return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function startsWithPattern(text: string): string {
	return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Finds organisations (by name), goals (by title or number) and indicators (by name) whose text
 * contains the query, ignoring case. Goals and indicators come newest year first, and within a
 * year those that begin with the query first. At most `limit` hits per group. Only what the
 * searcher may read (their `grants`, as the policy's 'read'): each group stays one query.
 */
export async function searchEverything(
	db: DbOrTx,
	query: string,
	{ grants, limit = 20 }: { grants: readonly Grant[]; limit?: number }
): Promise<SearchResults> {
	const text = query.trim().replace(/\s+/g, ' ');
	if (text.length < MIN_QUERY_LENGTH) {
		return {
			query: '',
			organisations: [],
			goals: [],
			indicators: [],
			more: { organisations: false, goals: false, indicators: false },
			total: 0
		};
	}
	const contains = containsPattern(text);
	const prefix = startsWithPattern(text);
	const fetch = limit + 1;
	const readable = readableOrganisationIds(grants);

	const [organisationRows, goalRows, indicatorRows] = await Promise.all([
		db
			.select({ id: organisations.id, name: organisations.name, slug: organisations.slug, kind: organisations.kind })
			.from(organisations)
			.where(and(ilike(organisations.name, contains), sql`${organisations.id} in ${readable}`))
			.orderBy(sql`case when ${organisations.name} ilike ${prefix} then 0 else 1 end`, asc(organisations.name), asc(organisations.id))
			.limit(fetch),
		db
			.select({
				id: goals.id,
				year: goals.year,
				number: goals.number,
				title: goals.title,
				levelName: goalLevels.name,
				organisationName: organisations.name,
				organisationSlug: organisations.slug
			})
			.from(goals)
			.innerJoin(goalLevels, eq(goalLevels.id, goals.levelId))
			.innerJoin(organisations, eq(organisations.id, goals.organisationId))
			.where(and(or(ilike(goals.title, contains), ilike(goals.number, contains)), sql`${goals.organisationId} in ${readable}`))
			.orderBy(
				desc(goals.year),
				sql`case when ${goals.number} ilike ${prefix} or ${goals.title} ilike ${prefix} then 0 else 1 end`,
				asc(goalLevels.depth),
				asc(goals.number),
				asc(goals.title),
				asc(goals.id)
			)
			.limit(fetch),
		db
			.select({
				id: indicators.id,
				name: indicators.name,
				year: goals.year,
				goalId: goals.id,
				goalNumber: goals.number,
				goalTitle: goals.title,
				organisationName: organisations.name,
				organisationSlug: organisations.slug
			})
			.from(indicators)
			.innerJoin(goals, eq(goals.id, indicators.goalId))
			.innerJoin(organisations, eq(organisations.id, indicators.organisationId))
			.where(and(ilike(indicators.name, contains), sql`${indicators.organisationId} in ${readable}`))
			.orderBy(
				desc(goals.year),
				sql`case when ${indicators.name} ilike ${prefix} then 0 else 1 end`,
				asc(indicators.name),
				asc(indicators.id)
			)
			.limit(fetch)
	]);

	const found = {
		organisations: organisationRows.slice(0, limit),
		goals: goalRows.slice(0, limit).map(
			(g): GoalHit => ({
				id: g.id,
				year: g.year,
				number: g.number,
				title: g.title,
				levelName: g.levelName,
				organisation: { name: g.organisationName, slug: g.organisationSlug }
			})
		),
		indicators: indicatorRows.slice(0, limit).map(
			(i): IndicatorHit => ({
				id: i.id,
				name: i.name,
				year: i.year,
				goal: { id: i.goalId, number: i.goalNumber, title: i.goalTitle },
				organisation: { name: i.organisationName, slug: i.organisationSlug }
			})
		)
	};
	return {
		query: text,
		...found,
		more: {
			organisations: organisationRows.length > limit,
			goals: goalRows.length > limit,
			indicators: indicatorRows.length > limit
		},
		total: found.organisations.length + found.goals.length + found.indicators.length
	};
}
