import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { activities, budgetRows, budgetTables, goals, indicators, planAttachments, planSections, plans } from '../db/schema';
import type { PlanKind } from '../../domain/interchange/plan-format';

export type ItemKind = 'goal' | 'indicator' | 'activity' | 'section' | 'budgetTable' | 'budgetRow' | 'attachment';

/**
 * Which organisation an item belongs to (its owner, or its plan's organisation); null if it does not
 * exist. An item of a document (section, budget table or row, attachment) counts only on a document
 * of `planKind`: a report's text is not the verksamhetsplan's, whose status may differ.
 */
export async function itemOrganisation(db: DbOrTx, kind: ItemKind, id: number, planKind: PlanKind = 'verksamhetsplan'): Promise<number | null> {
	const first = <T>(rows: T[]) => rows[0];
	switch (kind) {
		case 'goal':
			return first(await db.select({ o: goals.organisationId }).from(goals).where(eq(goals.id, id)))?.o ?? null;
		case 'indicator':
			return first(await db.select({ o: indicators.organisationId }).from(indicators).where(eq(indicators.id, id)))?.o ?? null;
		case 'activity':
			return first(await db.select({ o: activities.organisationId }).from(activities).where(eq(activities.id, id)))?.o ?? null;
		case 'section':
			return first(await db.select({ o: plans.organisationId }).from(planSections).innerJoin(plans, eq(plans.id, planSections.planId)).where(and(eq(planSections.id, id), eq(plans.kind, planKind))))?.o ?? null;
		case 'budgetTable':
			return first(await db.select({ o: plans.organisationId }).from(budgetTables).innerJoin(plans, eq(plans.id, budgetTables.planId)).where(and(eq(budgetTables.id, id), eq(plans.kind, planKind))))?.o ?? null;
		case 'budgetRow':
			return (
				first(
					await db
						.select({ o: plans.organisationId })
						.from(budgetRows)
						.innerJoin(budgetTables, eq(budgetTables.id, budgetRows.tableId))
						.innerJoin(plans, eq(plans.id, budgetTables.planId))
						.where(and(eq(budgetRows.id, id), eq(plans.kind, planKind)))
				)?.o ?? null
			);
		case 'attachment':
			return first(await db.select({ o: plans.organisationId }).from(planAttachments).innerJoin(plans, eq(plans.id, planAttachments.planId)).where(and(eq(planAttachments.id, id), eq(plans.kind, planKind))))?.o ?? null;
	}
}

/**
 * An organisation's page may change only its own items: a unit cannot edit the committee's goals
 * through its plan, nor another unit's. (Roles and grants come with the accounts issue.)
 */
export async function ownsItem(db: DbOrTx, kind: ItemKind, id: number, organisationId: number, planKind: PlanKind = 'verksamhetsplan'): Promise<boolean> {
	return (await itemOrganisation(db, kind, id, planKind)) === organisationId;
}
