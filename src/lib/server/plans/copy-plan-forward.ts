import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { goals } from '../db/schema';
import { loadPlan } from './load-plan';
import { planDocFromView } from '../interchange/export-plan';
import { importPlan, type ImportPlanOutcome } from '../interchange/import-plan';
import { refused, type Result } from '../result';
import { shiftDateByYears, shiftYearInText } from '../../domain/plan/copy-forward';
import type { GoalDoc, PlanDoc } from '../../domain/interchange/plan-format';
import { hasOwnGoals } from '../../domain/document/own-goals';

export interface CopyPlanForwardInput {
	slug: string;
	fromYear: number;
	toYear: number;
}

const yearSchema = z.number().int().min(2000).max(2100);
const inputSchema = z
	.object({ slug: z.string().min(1), fromYear: yearSchema, toYear: yearSchema })
	.refine((i) => i.fromYear !== i.toYear, { message: 'Välj ett annat år att kopiera till.', path: ['toYear'] });

/**
 * Starts a unit's plan for a new year from an earlier one: the plan is exported as a document,
 * moved (activity dates by whole years, a year written in a title, heading, budget column or
 * attachment moved along) and imported into the new year, where the framework goals are found
 * by number or title in that year's framework. The new year must have a framework and the
 * unit's plan for it must be empty. One transaction.
 */
export async function copyPlanForward(db: DbOrTx, input: CopyPlanForwardInput): Promise<Result<ImportPlanOutcome>> {
	const parsed = inputSchema.safeParse(input);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return refused({ [String(issue.path[0] ?? 'toYear')]: issue.path.length ? issue.message : 'Ogiltiga uppgifter.' });
	}
	const { slug, fromYear, toYear } = parsed.data;
	return db.transaction(async (tx) => {
		const view = await loadPlan(tx, slug, fromYear);
		if (!view.plan && !hasOwnGoals(view.cascade)) {
			return refused({ fromYear: `${view.organisation.name} har ingen verksamhetsplan för ${fromYear} att kopiera.` });
		}
		const ancestorIds = view.ancestors.map((a) => a.id);
		const [framework] = ancestorIds.length
			? await tx
					.select({ id: goals.id })
					.from(goals)
					.where(and(eq(goals.year, toYear), inArray(goals.organisationId, ancestorIds)))
					.limit(1)
			: [];
		const needsFramework = view.cascade.some((g) => !g.ownedHere);
		if (needsFramework && !framework) {
			return refused({ toYear: `Det finns inget målramverk för ${toYear} ännu. Kopiera först kommunens målramverk till ${toYear}.` });
		}
		const doc = movePlanDoc(planDocFromView(view), fromYear, toYear);
		return importPlan(tx, { slug, year: toYear, doc });
	});
}

/** A plan document moved to another year. Texts themselves are left as written. Pure. */
export function movePlanDoc(doc: PlanDoc, fromYear: number, toYear: number): PlanDoc {
	const years = toYear - fromYear;
	const move = (text: string) => shiftYearInText(text, fromYear, toYear);
	const moveGoal = (goal: GoalDoc): GoalDoc => ({
		...goal,
		title: move(goal.title),
		activities: goal.activities.map((a) => ({
			title: move(a.title),
			start: shiftDateByYears(a.start, years),
			end: shiftDateByYears(a.end, years)
		})),
		goals: goal.goals.map(moveGoal)
	});
	return {
		...doc,
		title: doc.title === null ? null : move(doc.title),
		year: toYear,
		introduction: doc.introduction.map((s) => ({ ...s, heading: move(s.heading) })),
		goals: doc.goals.map(moveGoal),
		budget: doc.budget.map((t) => ({ ...t, heading: move(t.heading), columns: t.columns.map(move) })),
		other: doc.other.map((s) => ({ ...s, heading: move(s.heading) })),
		attachments: doc.attachments.map(move)
	};
}
