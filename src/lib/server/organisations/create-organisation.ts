import { eq, max } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { organisations } from '../db/schema';
import {
	allowedChildKinds,
	organisationKindLabel,
	organisationKinds,
	slugify
} from '../../domain/organisation/organisation';
import { ok, refused, type Result } from '../result';

export const createOrganisationInput = z.object({
	name: z.string().trim().min(1, 'Skriv organisationens namn.').max(200, 'Namnet är för långt.'),
	kind: z.enum(organisationKinds, { message: 'Välj en organisationstyp.' }),
	parentId: z.number().int().positive().nullable(),
	slug: z.string().trim().optional(),
	goalModelId: z.number().int().positive().optional()
});
export type CreateOrganisationInput = z.input<typeof createOrganisationInput>;

export type Organisation = typeof organisations.$inferSelect;

export async function createOrganisation(
	db: DbOrTx,
	input: CreateOrganisationInput
): Promise<Result<Organisation>> {
	const data = createOrganisationInput.parse(input);
	if (data.parentId === null) {
		if (data.kind !== 'municipality') return refused({ parentId: 'Välj vilken organisation den hör till.' });
		if (!data.goalModelId) return refused({ goalModelId: 'Välj kommunens målmodell.' });
	} else {
		const [parent] = await db.select().from(organisations).where(eq(organisations.id, data.parentId));
		if (!parent) return refused({ parentId: 'Den överordnade organisationen finns inte.' });
		if (!allowedChildKinds[parent.kind].includes(data.kind)) {
			return refused({
				kind: `En ${organisationKindLabel[data.kind].toLowerCase()} kan inte ligga under en ${organisationKindLabel[parent.kind].toLowerCase()}.`
			});
		}
	}
	const slug = data.slug || slugify(data.name);
	const [clash] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug));
	if (clash) return refused({ name: 'Det finns redan en organisation med det namnet.' });
	const [{ last }] = await db
		.select({ last: max(organisations.position) })
		.from(organisations)
		.where(data.parentId === null ? eq(organisations.kind, 'municipality') : eq(organisations.parentId, data.parentId));
	const [row] = await db
		.insert(organisations)
		.values({
			name: data.name,
			kind: data.kind,
			parentId: data.parentId,
			slug,
			goalModelId: data.parentId === null ? data.goalModelId : null,
			position: (last ?? -1) + 1
		})
		.returning();
	return ok(row);
}
