import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';

export interface PublicPlan {
	year: number;
	decidedOn: string | null;
	organisation: { name: string; slug: string };
	municipality: { name: string; slug: string };
}

/**
 * Fastställda verksamhetsplaner that anyone may read (offentlighetsprincipen): those of
 * municipalities that have chosen to publish them. Newest year first, then by municipality and
 * organisation name.
 */
export async function listPublicPlans(db: DbOrTx): Promise<PublicPlan[]> {
	const rows = await executeRows<{
		year: number;
		decided_on: string | null;
		name: string;
		slug: string;
		municipality_name: string;
		municipality_slug: string;
	}>(
		db,
		sql`
		with recursive published(id, root) as (
			select o.id, o.id from organisations o
				join municipality_settings s on s.organisation_id = o.id and s.public_approved_plans
			where o.parent_id is null
			union all
			select o.id, published.root from organisations o join published on o.parent_id = published.id
		)
		select p.year, p.decided_on::text as decided_on, o.name, o.slug, m.name as municipality_name, m.slug as municipality_slug
		from plans p
			join published on published.id = p.organisation_id
			join organisations o on o.id = p.organisation_id
			join organisations m on m.id = published.root
		where p.status = 'approved' and p.kind = 'verksamhetsplan'`
	);
	const byName = new Intl.Collator('sv');
	return rows
		.map((r) => ({
			year: Number(r.year),
			decidedOn: r.decided_on,
			organisation: { name: r.name, slug: r.slug },
			municipality: { name: r.municipality_name, slug: r.municipality_slug }
		}))
		.sort(
			(a, b) =>
				b.year - a.year ||
				byName.compare(a.municipality.name, b.municipality.name) ||
				byName.compare(a.organisation.name, b.organisation.name)
		);
}
