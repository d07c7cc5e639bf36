import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { indicatorTargets, indicators, organisations } from '../db/schema';
import { NotFoundError } from '../result';
import { loadGoalChain } from './load-goal-chain';
import { readableOrganisationIds } from '../policies/readable-organisations';
import type { Grant } from '../../domain/access/policy';
import type { GoalOwner, GoalSummary } from './get-goal';
import {
	formatTarget,
	type Direction,
	type IndicatorKind,
	type Periodicity
} from '../../domain/indicators/indicator';

export interface IndicatorDetail {
	id: number;
	name: string;
	unit: string;
	kind: IndicatorKind;
	direction: Direction;
	periodicity: Periodicity;
	genderSplit: boolean;
	/** KF:s årsmål as the plans show it ("80 %", "öka", ""). */
	councilTarget: string;
	/** The year of the goal the indicator stands under. */
	year: number;
	/** The organisation that owns the indicator. */
	organisation: GoalOwner;
	/** The goal the indicator stands under. */
	goal: GoalSummary;
	/** The goals above that goal, top first. */
	ancestors: GoalSummary[];
	/** Every organisation that has set an Årsmål for the indicator, by name. */
	targets: { organisation: GoalOwner & { id: number }; target: string }[];
}

/**
 * An indicator with the goal it stands under (and that goal's cascade) and every organisation's
 * Årsmål; given the reader's `grants`, only the Årsmål of organisations they may read.
 */
export async function getIndicator(db: DbOrTx, id: number, { grants }: { grants?: readonly Grant[] } = {}): Promise<IndicatorDetail> {
	const [row] = await db
		.select({ indicator: indicators, organisation: organisations })
		.from(indicators)
		.innerJoin(organisations, eq(organisations.id, indicators.organisationId))
		.where(eq(indicators.id, id));
	if (!row) throw new NotFoundError('Indikatorn');
	const { indicator: i } = row;

	const [chain, targetRows] = await Promise.all([
		loadGoalChain(db, i.goalId),
		db
			.select({ target: indicatorTargets, organisation: organisations })
			.from(indicatorTargets)
			.innerJoin(organisations, eq(organisations.id, indicatorTargets.organisationId))
			.where(
				and(
					eq(indicatorTargets.indicatorId, id),
					grants ? sql`${indicatorTargets.organisationId} in ${readableOrganisationIds(grants)}` : undefined
				)
			)
	]);
	const summaries = chain.map(
		(link): GoalSummary => ({
			id: link.goal.id,
			number: link.goal.number,
			title: link.goal.title,
			levelName: link.level.name,
			organisation: { name: link.organisation.name, slug: link.organisation.slug, kind: link.organisation.kind }
		})
	);
	const byName = new Intl.Collator('sv');

	return {
		id: i.id,
		name: i.name,
		unit: i.unit,
		kind: i.kind,
		direction: i.direction,
		periodicity: i.periodicity,
		genderSplit: i.genderSplit,
		councilTarget: formatTarget(i.councilTargetValue, i.councilTargetText, i.unit),
		year: chain.at(-1)!.goal.year,
		organisation: { name: row.organisation.name, slug: row.organisation.slug, kind: row.organisation.kind },
		goal: summaries.at(-1)!,
		ancestors: summaries.slice(0, -1),
		targets: targetRows
			.map(({ target, organisation: o }) => ({
				organisation: { id: o.id, name: o.name, slug: o.slug, kind: o.kind },
				target: formatTarget(target.targetValue, target.targetText, i.unit)
			}))
			.sort((a, b) => byName.compare(a.organisation.name, b.organisation.name) || a.organisation.id - b.organisation.id)
	};
}
