import type { OrganisationContext } from './get-organisation';

/** Breadcrumb items for an organisation: municipality → … → the organisation itself. */
export function organisationTrail(context: Pick<OrganisationContext, 'organisation' | 'ancestors'>): { label: string; href: string }[] {
	return [...context.ancestors].reverse().concat(context.organisation).map((o) => ({ label: o.name, href: `/org/${o.slug}` }));
}
