import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { goalApplicability, goals } from '../db/schema';
import { getOrganisation, listDescendantUnits, type OrganisationContext } from '../organisations/get-organisation';
import { buildTree } from '../../domain/cascade/unit-cascade';
import { planGoals, type PlanGoal } from '../plans/load-plan';

export interface FrameworkView extends OrganisationContext {
	year: number;
	/** Every goal of the year written by this organisation or above it, as one tree. */
	cascade: PlanGoal[];
	/** For a committee: the units below it, and which of them each of its goals is chosen for. */
	units: { id: number; name: string }[];
	applicability: Record<number, number[]>;
}

/** The goal framework as the council or a committee edits it. */
export async function loadFramework(db: DbOrTx, slug: string, year: number): Promise<FrameworkView> {
	const context = await getOrganisation(db, slug);
	const ownerIds = [context.organisation.id, ...context.ancestors.map((a) => a.id)];
	const rows = await db.select().from(goals).where(and(eq(goals.year, year), inArray(goals.organisationId, ownerIds)));
	const cascade = await planGoals(db, buildTree(rows), context.organisation.id, context.levels, ownerIds);
	const units = context.organisation.kind === 'municipality' ? [] : await listDescendantUnits(db, context.organisation.id);
	const own = rows.filter((r) => r.organisationId === context.organisation.id).map((r) => r.id);
	const applicability: Record<number, number[]> = {};
	if (own.length) {
		for (const row of await db.select().from(goalApplicability).where(inArray(goalApplicability.goalId, own))) {
			(applicability[row.goalId] ??= []).push(row.organisationId);
		}
	}
	return { ...context, year, cascade, units: units.map((u) => ({ id: u.id, name: u.name })), applicability };
}
