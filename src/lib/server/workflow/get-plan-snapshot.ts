import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { planSnapshots, plans } from '../db/schema';
import { NotFoundError } from '../result';
import type { PlanView } from '../plans/load-plan';
import type { ReportView } from '../followup/load-report';
import type { PlanKind } from '../../domain/interchange/plan-format';

/** A view as stored: through JSON, so its timestamps come back as ISO strings. */
export type Frozen<T> = T extends Date ? string : T extends readonly (infer U)[] ? Frozen<U>[] : T extends object ? { [K in keyof T]: Frozen<T[K]> } : T;

/** A view live or frozen, for the components that show both and read no timestamps. */
export type LiveOrFrozen<T> = T extends Date
	? Date | string
	: T extends readonly (infer U)[]
		? LiveOrFrozen<U>[]
		: T extends object
			? { [K in keyof T]: LiveOrFrozen<T[K]> }
			: T;

/** The plan view as stored. */
export type FrozenPlanView = Frozen<PlanView>;

/** A report's view (T1, T2, VB) as stored: what loadReport showed when it was fastställd. */
export type FrozenReportView = Frozen<ReportView>;

interface SnapshotDecision {
	id: number;
	createdAt: Date;
	decidedOn: string;
	decidedBy: string;
	diaryNumber: string;
}

/** A fastställd version: of the verksamhetsplan (a plan view) or of a report (T1, T2, VB: a report view). */
export type PlanSnapshot = SnapshotDecision &
	({ kind: 'verksamhetsplan'; content: FrozenPlanView } | { kind: Exclude<PlanKind, 'verksamhetsplan'>; content: FrozenReportView });

/** A frozen, fastställd version of an organisation's plan or report for a year; another organisation's or year's is not found. */
export async function getPlanSnapshot(
	db: DbOrTx,
	where: { snapshotId: number; organisationId: number; year: number }
): Promise<PlanSnapshot> {
	const [row] = await db
		.select({ snapshot: planSnapshots, kind: plans.kind })
		.from(planSnapshots)
		.innerJoin(plans, eq(plans.id, planSnapshots.planId))
		.where(and(eq(planSnapshots.id, where.snapshotId), eq(plans.organisationId, where.organisationId), eq(plans.year, where.year)));
	if (!row) throw new NotFoundError('Den fastställda versionen');
	const { snapshot, kind } = row;
	const decision = {
		id: snapshot.id,
		createdAt: snapshot.createdAt,
		decidedOn: snapshot.decidedOn,
		decidedBy: snapshot.decidedBy,
		diaryNumber: snapshot.diaryNumber
	};
	// approvePlan stored the view of the document's kind: loadPlan's or loadReport's.
	return kind === 'verksamhetsplan'
		? { ...decision, kind, content: snapshot.content as FrozenPlanView }
		: { ...decision, kind, content: snapshot.content as FrozenReportView };
}
