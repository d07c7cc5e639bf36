import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client';
import { goals, planSections, plans } from '../db/schema';
import type { CommentTarget } from '../db/schema/comment';

export interface CommentTargetOption {
	kind: CommentTarget;
	id: number | null;
	/** The goal's number and title, the section's heading, or "Hela planen". */
	label: string;
	/** Sections only: Inledning or Övrigt. */
	area?: 'introduction' | 'other';
}

/**
 * What a comment on an organisation's plan for a year may be about: the plan as a whole, each of
 * the organisation's own goals that year (by the number of the goal they stand under, then in order), and each
 * Inledning and Övrigt section of the plan. Two queries.
 */
export async function listCommentTargets(db: DbOrTx, organisationId: number, year: number): Promise<CommentTargetOption[]> {
	const parent = alias(goals, 'parent');
	const [goalRows, sectionRows] = await Promise.all([
		db
			.select({ id: goals.id, number: goals.number, title: goals.title })
			.from(goals)
			.leftJoin(parent, eq(parent.id, goals.parentId))
			.where(and(eq(goals.organisationId, organisationId), eq(goals.year, year)))
			.orderBy(sql`${parent.number} nulls first`, sql`${parent.position} nulls first`, asc(parent.id), asc(goals.position), asc(goals.id)),
		db
			.select({ id: planSections.id, area: planSections.area, heading: planSections.heading })
			.from(planSections)
			.innerJoin(plans, eq(plans.id, planSections.planId))
			.where(and(eq(plans.organisationId, organisationId), eq(plans.year, year), eq(plans.kind, 'verksamhetsplan')))
			.orderBy(sql`${planSections.area} = 'other'`, asc(planSections.position), asc(planSections.id))
	]);
	return [
		{ kind: 'plan', id: null, label: 'Hela planen' },
		...goalRows.map((g) => ({ kind: 'goal' as const, id: g.id, label: g.number ? `${g.number} ${g.title}` : g.title })),
		...sectionRows.map((s) => ({ kind: 'section' as const, id: s.id, label: s.heading, area: s.area }))
	];
}
