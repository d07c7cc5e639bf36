import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { changeLog, municipalitySettings } from '../db/schema';
import { createCommittee, createMunicipality } from '../testing/factories';
import { actorFor, createTestUser } from '../testing/account-factories';
import { asActor } from '../testing/history-factories';
import type { Organisation } from '../organisations/create-organisation';
import type { Actor } from '../../domain/access/policy';
import { partlyBandMessages } from '../../domain/followup/partly-band';
import { loadPartlyBand } from '../followup/load-partly-band';
import { updateMunicipalitySettings } from './update-municipality-settings';

describe.each(testDrivers)("the municipality's delvis uppfyllt band on %s", (driver) => {
	let database: Database;
	let city: Organisation;
	let committee: Organisation;
	let admin: NonNullable<Actor>;

	beforeAll(async () => {
		database = await createTestDatabase(driver);
		city = await createMunicipality(database.db, { name: 'Bandstad' });
		committee = await createCommittee(database.db, city, { name: 'Bandnämnden' });
		admin = (await actorFor(database.db, await createTestUser(database.db, 'bandadmin', [[city, 'admin']])))!;
	});
	afterAll(() => database?.close());

	const stored = async () => {
		const [row] = await database.db.select().from(municipalitySettings).where(eq(municipalitySettings.organisationId, city.id));
		return row ? { publicApprovedPlans: row.publicApprovedPlans, partlyBand: row.partlyBand } : null;
	};

	it('is 5 % until the municipality chooses otherwise', async () => {
		expect(await loadPartlyBand(database.db, city.id)).toBe(0.05);
	});

	it('is stored as a fraction of the percentage typed: "2,5 %" → 0.025', async () => {
		expect(await updateMunicipalitySettings(database.db, admin, { organisationId: city.id, publicApprovedPlans: false, partlyBand: '2,5 %' })).toEqual({ ok: true, value: null });
		expect(await stored()).toEqual({ publicApprovedPlans: false, partlyBand: 0.025 });
		expect(await loadPartlyBand(database.db, city.id)).toBe(0.025);
	});

	it('is refused at its field, saving nothing, unless it is a percentage of 0–50', async () => {
		const db = database.db;
		expect(await updateMunicipalitySettings(db, admin, { organisationId: city.id, publicApprovedPlans: true, partlyBand: '60' })).toEqual({
			ok: false,
			errors: { partlyBand: partlyBandMessages.range }
		});
		expect(await updateMunicipalitySettings(db, admin, { organisationId: city.id, publicApprovedPlans: true, partlyBand: 'fem' })).toEqual({
			ok: false,
			errors: { partlyBand: partlyBandMessages.notANumber }
		});
		// Neither the band nor the publicity setting sent with it changed.
		expect(await stored()).toEqual({ publicApprovedPlans: false, partlyBand: 0.025 });
	});

	it('stays as it is when a save leaves it out', async () => {
		await updateMunicipalitySettings(database.db, admin, { organisationId: city.id, publicApprovedPlans: true });
		expect(await stored()).toEqual({ publicApprovedPlans: true, partlyBand: 0.025 });
	});

	it('may be changed only by the municipality’s administrator, and only on a municipality', async () => {
		const db = database.db;
		const committeeAdmin = await actorFor(db, await createTestUser(db, 'bandnamndadmin', [[committee, 'admin']]));
		expect(await updateMunicipalitySettings(db, committeeAdmin, { organisationId: city.id, publicApprovedPlans: true, partlyBand: '10' })).toEqual({
			ok: false,
			errors: { form: 'Du får inte ändra kommunens inställningar.' }
		});
		expect(await updateMunicipalitySettings(db, admin, { organisationId: committee.id, publicApprovedPlans: true, partlyBand: '10' })).toEqual({
			ok: false,
			errors: { form: 'Inställningarna gäller bara en kommun.' }
		});
		expect(await loadPartlyBand(db, city.id)).toBe(0.025);
	});

	it('is recorded in the history with who changed it', async () => {
		const db = database.db;
		await asActor(db, admin.userId, (tx) => updateMunicipalitySettings(tx, admin, { organisationId: city.id, publicApprovedPlans: true, partlyBand: '10' }));
		const rows = await db
			.select()
			.from(changeLog)
			.where(and(eq(changeLog.tableName, 'municipality_settings'), eq(changeLog.organisationId, city.id)))
			.orderBy(asc(changeLog.id));
		const last = rows.at(-1)!;
		expect([last.operation, last.userId, last.oldValue?.partly_band, last.newValue?.partly_band]).toEqual(['update', admin.userId, 0.025, 0.1]);
	});
});
