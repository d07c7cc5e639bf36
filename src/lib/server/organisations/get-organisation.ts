import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { goalLevels, organisations } from '../db/schema';
import { NotFoundError } from '../result';

export type OrganisationRow = typeof organisations.$inferSelect;
export type GoalLevelRow = typeof goalLevels.$inferSelect;

export interface OrganisationContext {
	organisation: OrganisationRow;
	/** Nearest first, the municipality last. */
	ancestors: OrganisationRow[];
	municipality: OrganisationRow;
	/** The municipality's goal model levels, top first. */
	levels: GoalLevelRow[];
}

/** An organisation with its line of ancestors and its municipality's goal model. */
export async function getOrganisation(db: DbOrTx, slug: string): Promise<OrganisationContext> {
	const [organisation] = await db.select().from(organisations).where(eq(organisations.slug, slug));
	if (!organisation) throw new NotFoundError('Organisationen');
	const ancestors: OrganisationRow[] = [];
	let parentId = organisation.parentId;
	// The tree is at most four levels deep, so a query per level is cheap and clear.
	while (parentId !== null) {
		const [parent] = await db.select().from(organisations).where(eq(organisations.id, parentId));
		if (!parent) break;
		ancestors.push(parent);
		parentId = parent.parentId;
	}
	const municipality = ancestors.at(-1) ?? organisation;
	const levels = municipality.goalModelId
		? await db.select().from(goalLevels).where(eq(goalLevels.modelId, municipality.goalModelId)).orderBy(goalLevels.depth)
		: [];
	return { organisation, ancestors, municipality, levels };
}

/** The organisations directly below one (for choosing units a goal applies to). */
export async function listDescendantUnits(db: DbOrTx, organisationId: number): Promise<OrganisationRow[]> {
	const result: OrganisationRow[] = [];
	let frontier = [organisationId];
	while (frontier.length > 0) {
		const children = await db.select().from(organisations).where(inArray(organisations.parentId, frontier)).orderBy(organisations.position, organisations.id);
		result.push(...children.filter((c) => c.kind === 'unit'));
		frontier = children.filter((c) => c.kind !== 'unit').map((c) => c.id);
	}
	return result;
}
