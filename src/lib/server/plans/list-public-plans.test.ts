import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { plans } from '../db/schema';
import { createCommittee, createMunicipality, createPlan, createUnit } from '../testing/factories';
import { actorFor, createTestUser } from '../testing/account-factories';
import type { Organisation } from '../organisations/create-organisation';
import { loadTarget } from '../policies/load-target';
import { updateMunicipalitySettings } from '../accounts/update-municipality-settings';
import { may } from '../../domain/access/policy';
import { listPublicPlans } from './list-public-plans';

describe.each(testDrivers)('public approved plans on %s', (driver) => {
	let database: Database;
	let city: Organisation;
	let committee: Organisation;
	let family: Organisation;
	let otherUnit: Organisation;

	beforeAll(async () => {
		database = await createTestDatabase(driver);
		const db = database.db;
		city = await createMunicipality(db, { name: 'Exempelstad' });
		committee = await createCommittee(db, city, { name: 'Norra nämnden' });
		family = await createUnit(db, committee, { name: 'Familjeenheten' });
		const other = await createMunicipality(db, { name: 'Grannkommunen' });
		otherUnit = await createUnit(db, await createCommittee(db, other, { name: 'Grannämnden' }), { name: 'Grannenheten' });

		const approved = await createPlan(db, { organisation: family, year: 2025 });
		await db.update(plans).set({ status: 'approved', decidedOn: '2025-01-20' }).where(eq(plans.id, approved.id));
		await createPlan(db, { organisation: family, year: 2026 }); // a draft
		const neighbours = await createPlan(db, { organisation: otherUnit, year: 2025 });
		await db.update(plans).set({ status: 'approved' }).where(eq(plans.id, neighbours.id));
	});
	afterAll(() => database?.close());

	const anonymousMayRead = async (organisationId: number, year: number) =>
		may(null, 'readDocument', (await loadTarget(database.db, { organisationId }, year))!);

	it('nothing is public until the municipality chooses so', async () => {
		expect(await listPublicPlans(database.db)).toEqual([]);
		expect(await anonymousMayRead(family.id, 2025)).toBe(false);
	});

	it("only the municipality's administrator may change the setting", async () => {
		const db = database.db;
		const committeeAdmin = await actorFor(db, await createTestUser(db, 'namndadmin', [[committee, 'admin']]));
		expect(await updateMunicipalitySettings(db, committeeAdmin, { organisationId: city.id, publicApprovedPlans: true })).toEqual({
			ok: false,
			errors: { form: 'Du får inte ändra kommunens inställningar.' }
		});
		const cityAdmin = await actorFor(db, await createTestUser(db, 'stadsadmin', [[city, 'admin']]));
		expect(await updateMunicipalitySettings(db, cityAdmin, { organisationId: committee.id, publicApprovedPlans: true })).toEqual({
			ok: false,
			errors: { form: 'Inställningarna gäller bara en kommun.' }
		});
		expect(await updateMunicipalitySettings(db, cityAdmin, { organisationId: city.id, publicApprovedPlans: true })).toEqual({ ok: true, value: null });
	});

	it('then its fastställda plans are listed and readable without signing in; drafts and other municipalities are not', async () => {
		expect(await listPublicPlans(database.db)).toEqual([
			{
				year: 2025,
				decidedOn: '2025-01-20',
				organisation: { name: 'Familjeenheten', slug: family.slug },
				municipality: { name: 'Exempelstad', slug: city.slug }
			}
		]);
		expect(await anonymousMayRead(family.id, 2025)).toBe(true);
		expect(await anonymousMayRead(family.id, 2026)).toBe(false);
		expect(await anonymousMayRead(otherUnit.id, 2025)).toBe(false);
		// Reading the organisation's pages still needs a role.
		expect(may(null, 'read', (await loadTarget(database.db, { organisationId: family.id }, 2025))!)).toBe(false);
	});

	it('turning it off again hides them', async () => {
		const db = database.db;
		const cityAdmin = await actorFor(db, (await createTestUser(db, 'stadsadmin2', [[city, 'admin']])));
		await updateMunicipalitySettings(db, cityAdmin, { organisationId: city.id, publicApprovedPlans: false });
		expect(await listPublicPlans(db)).toEqual([]);
		expect(await anonymousMayRead(family.id, 2025)).toBe(false);
	});
});
