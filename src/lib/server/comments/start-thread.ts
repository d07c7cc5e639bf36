import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { comments, goals, planSections, plans } from '../db/schema';
import type { CommentTarget } from '../db/schema/comment';
import { ensurePlan } from '../plans/ensure-plan';
import { ok, refused, type Result } from '../result';
import { commentBody } from './comment-input';

export type CommentRow = typeof comments.$inferSelect;

export interface StartThreadInput {
	/** The plan's organisation and year (a plans row is created if there is none yet). */
	organisationId: number;
	year: number;
	authorId: number;
	target: { kind: CommentTarget; id: number | null };
	body: string;
}

const notInPlan = { target: 'Det du vill kommentera finns inte i den här planen.' };

/** Whether the goal or section belongs to this organisation's plan for the year. */
async function targetBelongs(db: DbOrTx, input: StartThreadInput): Promise<boolean> {
	const { kind, id } = input.target;
	if (kind === 'plan') return id === null;
	if (id === null) return false;
	if (kind === 'goal') {
		const [goal] = await db
			.select({ id: goals.id })
			.from(goals)
			.where(and(eq(goals.id, id), eq(goals.organisationId, input.organisationId), eq(goals.year, input.year)));
		return goal !== undefined;
	}
	const [section] = await db
		.select({ id: planSections.id })
		.from(planSections)
		.innerJoin(plans, eq(plans.id, planSections.planId))
		.where(
			and(
				eq(planSections.id, id),
				eq(plans.organisationId, input.organisationId),
				eq(plans.year, input.year),
				eq(plans.kind, 'verksamhetsplan')
			)
		);
	return section !== undefined;
}

/**
 * The first comment of a thread on a plan, one of the organisation's goals for the year, or one of
 * the plan's sections. Anything from another organisation or year is refused.
 */
export async function startThread(db: DbOrTx, input: StartThreadInput): Promise<Result<CommentRow>> {
	const body = commentBody.safeParse(input.body);
	if (!body.success) return refused({ body: body.error.issues[0].message });
	if (!(await targetBelongs(db, input))) return refused(notInPlan);
	const plan = await ensurePlan(db, input.organisationId, input.year);
	const [row] = await db
		.insert(comments)
		.values({
			planId: plan.id,
			targetKind: input.target.kind,
			targetId: input.target.id,
			authorId: input.authorId,
			body: body.data
		})
		.returning();
	return ok(row);
}
