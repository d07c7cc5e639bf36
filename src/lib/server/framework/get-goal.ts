import { and, asc, eq, sql, type AnyColumn } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { activities, goalLevels, goals, indicators, organisations } from '../db/schema';
import { orderedSections } from '../plans/load-plan';
import { loadGoalChain } from './load-goal-chain';
import { readableOrganisationIds } from '../policies/readable-organisations';
import type { Grant } from '../../domain/access/policy';
import { siblingOrder } from '../../domain/cascade/unit-cascade';
import { formatTarget, type Periodicity } from '../../domain/indicators/indicator';
import type { OrganisationKind } from '../../domain/organisation/organisation';

export interface GoalOwner {
	name: string;
	slug: string;
	kind: OrganisationKind;
}

export interface GoalSummary {
	id: number;
	number: string | null;
	title: string;
	levelName: string;
	organisation: GoalOwner;
}

export interface GoalDetail extends GoalSummary {
	year: number;
	/** In the level's section order, then any others; empty ones included (the page skips them). */
	sections: { name: string; text: string }[];
	/** The goals above, top first (not the goal itself). */
	ancestors: GoalSummary[];
	/** The goals directly below, in plan order, each with the organisation that wrote it. */
	children: GoalSummary[];
	indicators: {
		id: number;
		name: string;
		unit: string;
		periodicity: Periodicity;
		genderSplit: boolean;
		/** KF:s årsmål as the plans show it ("80 %", "öka", ""). */
		councilTarget: string;
		organisation: GoalOwner;
	}[];
	activities: { id: number; title: string; start: string | null; end: string | null; organisation: GoalOwner }[];
}

const owner = (o: { name: string; slug: string; kind: OrganisationKind }): GoalOwner => ({ name: o.name, slug: o.slug, kind: o.kind });

/**
 * A goal with the cascade above it, the goals below it, its indicators and its activities; given
 * the reader's `grants`, only the goals, indicators and activities of organisations they may read.
 */
export async function getGoal(db: DbOrTx, id: number, { grants }: { grants?: readonly Grant[] } = {}): Promise<GoalDetail> {
	const chain = await loadGoalChain(db, id);
	const self = chain.at(-1)!;
	const readable = grants ? readableOrganisationIds(grants) : null;
	const readableBy = (column: AnyColumn) => (readable ? sql`${column} in ${readable}` : undefined);

	const [childRows, indicatorRows, activityRows] = await Promise.all([
		db
			.select({ goal: goals, levelName: goalLevels.name, organisation: organisations })
			.from(goals)
			.innerJoin(goalLevels, eq(goalLevels.id, goals.levelId))
			.innerJoin(organisations, eq(organisations.id, goals.organisationId))
			.where(and(eq(goals.parentId, id), readableBy(goals.organisationId))),
		db
			.select({ indicator: indicators, organisation: organisations })
			.from(indicators)
			.innerJoin(organisations, eq(organisations.id, indicators.organisationId))
			.where(and(eq(indicators.goalId, id), readableBy(indicators.organisationId)))
			.orderBy(asc(indicators.position), asc(indicators.id)),
		db
			.select({ activity: activities, organisation: organisations })
			.from(activities)
			.innerJoin(organisations, eq(organisations.id, activities.organisationId))
			.where(and(eq(activities.goalId, id), readableBy(activities.organisationId)))
			.orderBy(asc(activities.position), asc(activities.id))
	]);

	const summary = (link: (typeof chain)[number]): GoalSummary => ({
		id: link.goal.id,
		number: link.goal.number,
		title: link.goal.title,
		levelName: link.level.name,
		organisation: owner(link.organisation)
	});

	return {
		...summary(self),
		year: self.goal.year,
		sections: orderedSections(self.goal, self.level),
		ancestors: chain.slice(0, -1).map(summary),
		children: childRows
			.sort((a, b) => siblingOrder(a.goal, b.goal))
			.map((c) => ({
				id: c.goal.id,
				number: c.goal.number,
				title: c.goal.title,
				levelName: c.levelName,
				organisation: owner(c.organisation)
			})),
		indicators: indicatorRows.map(({ indicator: i, organisation }) => ({
			id: i.id,
			name: i.name,
			unit: i.unit,
			periodicity: i.periodicity,
			genderSplit: i.genderSplit,
			councilTarget: formatTarget(i.councilTargetValue, i.councilTargetText, i.unit),
			organisation: owner(organisation)
		})),
		activities: activityRows.map(({ activity: a, organisation }) => ({
			id: a.id,
			title: a.title,
			start: a.start,
			end: a.end,
			organisation: owner(organisation)
		}))
	};
}
