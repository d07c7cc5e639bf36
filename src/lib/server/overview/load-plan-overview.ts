import { and, eq, inArray, max, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import { changeLog, plans } from '../db/schema';
import { countOpenThreads } from '../comments/count-open-threads';
import type { PlanStatus } from '../../domain/workflow/plan-status';

export interface UnitPlanRow {
	unit: { id: number; name: string; slug: string };
	/** The committee or department the unit sits directly under. */
	parentName: string;
	/** The unit's verksamhetsplan for the year; null when there is none yet. */
	status: PlanStatus | null;
	/** The latest change to anything the unit owns (its goals, plan, texts…), from the change log. */
	lastChange: Date | null;
	openThreads: number;
}

/**
 * A committee's (or department's, or the municipality's) view of its units' plans for a year: every
 * unit below it in tree order, with its plan's status, its last change and its open comment threads.
 * Four queries, whatever the number of units.
 */
export async function loadPlanOverview(db: DbOrTx, organisationId: number, year: number): Promise<UnitPlanRow[]> {
	const units = await executeRows<{ id: number; name: string; slug: string; parent_name: string }>(
		db,
		sql`
		with recursive below(id, name, slug, kind, parent_name, sort_key) as (
			select o.id, o.name, o.slug, o.kind, p.name, array[o.position, o.id]
			from organisations o join organisations p on p.id = o.parent_id
			where o.parent_id = ${organisationId}
			union all
			select o.id, o.name, o.slug, o.kind, below.name, below.sort_key || array[o.position, o.id]
			from organisations o join below on o.parent_id = below.id
		)
		select id, name, slug, parent_name from below where kind = 'unit' order by sort_key`
	);
	if (units.length === 0) return [];
	const unitIds = units.map((u) => Number(u.id));

	const [planRows, changeRows] = await Promise.all([
		db
			.select({ id: plans.id, organisationId: plans.organisationId, status: plans.status })
			.from(plans)
			.where(and(inArray(plans.organisationId, unitIds), eq(plans.year, year), eq(plans.kind, 'verksamhetsplan'))),
		db
			.select({ organisationId: changeLog.organisationId, at: max(changeLog.at) })
			.from(changeLog)
			.where(inArray(changeLog.organisationId, unitIds))
			.groupBy(changeLog.organisationId)
	]);
	const open = await countOpenThreads(
		db,
		planRows.map((p) => p.id)
	);
	const planOf = new Map(planRows.map((p) => [p.organisationId, p]));
	const changedAt = new Map(changeRows.map((c) => [c.organisationId, c.at]));

	return units.map((u) => {
		const id = Number(u.id);
		const plan = planOf.get(id);
		const at = changedAt.get(id);
		return {
			unit: { id, name: u.name, slug: u.slug },
			parentName: u.parent_name,
			status: plan?.status ?? null,
			lastChange: at ? new Date(at) : null,
			openThreads: plan ? (open.get(plan.id) ?? 0) : 0
		};
	});
}
