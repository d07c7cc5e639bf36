import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import type { Organisation } from '../organisations/create-organisation';
import { createCommittee, createMunicipality, createUnit } from '../testing/factories';
import { sql } from 'drizzle-orm';
import { executeRows } from '../db/execute-rows';
import { may, type Actor } from '../../domain/access/policy';
import type { Role } from '../../domain/access/roles';
import { readableOrganisationIds } from './readable-organisations';

describe.each(testDrivers)('readableOrganisationIds (%s)', (driver) => {
	let database: Database;
	let org: Record<'M' | 'C1' | 'C2' | 'U1' | 'U2' | 'U3' | 'M2' | 'C3' | 'U4', Organisation>;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
		const db = database.db;
		const M = await createMunicipality(db, { name: 'Kommun M', slug: 'm' });
		const C1 = await createCommittee(db, M, { name: 'Nämnd C1', slug: 'c1' });
		const C2 = await createCommittee(db, M, { name: 'Nämnd C2', slug: 'c2' });
		const M2 = await createMunicipality(db, { name: 'Kommun M2', slug: 'm2' });
		const C3 = await createCommittee(db, M2, { name: 'Nämnd C3', slug: 'c3' });
		org = {
			M,
			C1,
			C2,
			U1: await createUnit(db, C1, { name: 'Enhet U1', slug: 'u1' }),
			U2: await createUnit(db, C1, { name: 'Enhet U2', slug: 'u2' }),
			U3: await createUnit(db, C2, { name: 'Enhet U3', slug: 'u3' }),
			M2,
			C3,
			U4: await createUnit(db, C3, { name: 'Enhet U4', slug: 'u4' })
		};
	});
	afterAll(() => database?.close());

	/** An actor with grants given as [role, organisation, its ancestors from the root]. */
	const actor = (...grants: [Role, Organisation[]][]): Actor => ({
		userId: 1,
		grants: grants.map(([role, path]) => ({ role, organisationId: path.at(-1)!.id, path: path.map((o) => o.id) }))
	});
	const slugs = async (a: Actor) =>
		(
			await executeRows<{ slug: string }>(
				database.db,
				sql`select slug from organisations where id in ${readableOrganisationIds(a?.grants ?? [])} order by slug`
			)
		).map((r) => r.slug);

	it('gives a unit editor its unit and the organisations above it, not a sibling', async () => {
		expect(await slugs(actor(['editor', [org.M, org.C1, org.U1]]))).toEqual(['c1', 'm', 'u1']);
	});

	it('gives a committee reader everything below the committee and the council above', async () => {
		expect(await slugs(actor(['reader', [org.M, org.C1]]))).toEqual(['c1', 'm', 'u1', 'u2']);
	});

	it('joins several grants, across municipalities', async () => {
		expect(await slugs(actor(['reviewer', [org.M, org.C2]], ['editor', [org.M2, org.C3, org.U4]]))).toEqual(['c2', 'c3', 'm', 'm2', 'u3', 'u4']);
	});

	it('gives nobody without grants anything', async () => {
		expect(await slugs(null)).toEqual([]);
		expect(await slugs({ userId: 1, grants: [] })).toEqual([]);
		expect(await slugs(actor(['admin', [org.M2]]))).toEqual(['c3', 'm2', 'u4']);
	});

	it('agrees with the policy on every organisation, for every grant', async () => {
		const paths: Record<string, Organisation[]> = {
			m: [org.M], c1: [org.M, org.C1], c2: [org.M, org.C2], u1: [org.M, org.C1, org.U1], u2: [org.M, org.C1, org.U2],
			u3: [org.M, org.C2, org.U3], m2: [org.M2], c3: [org.M2, org.C3], u4: [org.M2, org.C3, org.U4]
		};
		for (const path of Object.values(paths)) {
			const who = actor(['reader', path]);
			const byPolicy = Object.entries(paths)
				.filter(([, p]) => may(who, 'read', { path: p.map((o) => o.id), kind: p.at(-1)!.kind }))
				.map(([slug]) => slug)
				.sort();
			expect(await slugs(who), path.at(-1)!.slug).toEqual(byPolicy);
		}
	});
});
