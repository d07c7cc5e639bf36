import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { roleGrants, sessions, users } from '../db/schema';
import { createCommittee, createMunicipality, createUnit } from '../testing/factories';
import { actorFor, createTestUser, testPassword } from '../testing/account-factories';
import type { Organisation } from '../organisations/create-organisation';
import { createSession } from '../auth/create-session';
import { validateSession } from '../auth/validate-session';
import { signInWithPassword } from '../auth/sign-in-with-password';
import { resetPassword } from './reset-password';
import { changePassword } from './change-password';
import { grantRoleByAdmin } from './grant-role-by-admin';
import { revokeRole } from './revoke-role';
import { listUsers } from './list-users';
import { setUserDisabled } from './set-user-disabled';
import { endUserSessions } from './end-user-sessions';

describe.each(testDrivers)('user administration on %s', (driver) => {
	let database: Database;
	let city: Organisation;
	let north: Organisation;
	let south: Organisation;
	let family: Organisation;
	let adults: Organisation;
	let southUnit: Organisation;

	beforeAll(async () => {
		database = await createTestDatabase(driver);
		const db = database.db;
		city = await createMunicipality(db, { name: 'Exempelstad' });
		north = await createCommittee(db, city, { name: 'Norra nämnden' });
		south = await createCommittee(db, city, { name: 'Södra nämnden' });
		family = await createUnit(db, north, { name: 'Familjeenheten' });
		adults = await createUnit(db, north, { name: 'Vuxenenheten' });
		southUnit = await createUnit(db, south, { name: 'Södra enheten' });
	});
	afterAll(() => database?.close());

	const sessionCount = async (userId: number) =>
		(await database.db.select().from(sessions).where(eq(sessions.userId, userId))).length;
	const signIn = (username: string, password: string) =>
		signInWithPassword(database.db, { username, password, address: `test-${driver}-${username}` });

	it('a reset forces a new password; choosing it clears the demand and ends the other sessions', async () => {
		const db = database.db;
		const admin = await createTestUser(db, 'stadsadmin', [[city, 'admin']]);
		const karin = await createTestUser(db, 'karin', [[adults, 'editor']], { password: testPassword });
		const before = await createSession(db, karin.id);
		await createSession(db, karin.id);

		const weak = await resetPassword(db, await actorFor(db, admin), { userId: karin.id, password: 'kort' });
		expect(weak).toEqual({ ok: false, errors: { password: 'Lösenordet måste ha minst 12 tecken.' } });
		expect(await sessionCount(karin.id)).toBe(2);

		const reset = await resetPassword(db, await actorFor(db, admin), { userId: karin.id, password: 'tillfälligt-ord-17' });
		expect(reset).toEqual({ ok: true, value: { endedSessions: 2 } });
		expect(await validateSession(db, before.token)).toBeNull();
		expect((await signIn('karin', testPassword)).ok).toBe(false);

		// Signed in with the temporary password in two browsers: both must change it.
		const first = await signIn('karin', 'tillfälligt-ord-17');
		const second = await signIn('karin', 'tillfälligt-ord-17');
		if (!first.ok || !second.ok) throw new Error('sign-in with the temporary password failed');
		expect(first.mustChangePassword).toBe(true);
		const firstUser = (await validateSession(db, first.session.token))!;
		expect(firstUser.mustChangePassword).toBe(true);

		const who = { userId: karin.id, sessionId: firstUser.sessionId };
		expect(await changePassword(db, who, { current: 'fel lösenord här', password: 'mitt eget långa lösenord', repeat: 'mitt eget långa lösenord' })).toEqual({
			ok: false,
			errors: { current: 'Det nuvarande lösenordet stämmer inte.' }
		});
		expect(await changePassword(db, who, { current: 'tillfälligt-ord-17', password: 'mitt eget långa lösenord', repeat: 'mitt eget långa lösenordx' })).toEqual({
			ok: false,
			errors: { repeat: 'Lösenorden är inte likadana. Skriv samma lösenord två gånger.' }
		});
		expect(await changePassword(db, who, { current: 'tillfälligt-ord-17', password: 'karin-karin-karin', repeat: 'karin-karin-karin' })).toEqual({
			ok: false,
			errors: { password: 'Lösenordet får inte innehålla användarnamnet.' }
		});
		expect(await changePassword(db, who, { current: 'tillfälligt-ord-17', password: 'mitt eget långa lösenord', repeat: 'mitt eget långa lösenord' })).toEqual({
			ok: true,
			value: { endedSessions: 1 }
		});

		const [row] = await db.select().from(users).where(eq(users.id, karin.id));
		expect(row.mustChangePassword).toBe(false);
		// This browser stays signed in, the other one is out.
		expect((await validateSession(db, first.session.token))?.mustChangePassword).toBe(false);
		expect(await validateSession(db, second.session.token)).toBeNull();
		expect((await signIn('karin', 'tillfälligt-ord-17')).ok).toBe(false);
		expect((await signIn('karin', 'mitt eget långa lösenord')).ok).toBe(true);
	}, 120_000);

	it("a committee's administrator gives roles inside the committee only", async () => {
		const db = database.db;
		const northAdmin = await actorFor(db, await createTestUser(db, 'nordadmin', [[north, 'admin']]));
		await createTestUser(db, 'pelle');

		expect(await grantRoleByAdmin(db, northAdmin, { username: 'pelle', organisationId: southUnit.id, role: 'editor' })).toEqual({
			ok: false,
			errors: { organisationId: 'Du kan bara ge roller i de organisationer du administrerar.' }
		});
		expect(await grantRoleByAdmin(db, northAdmin, { username: 'pelle', organisationId: city.id, role: 'reader' })).toEqual({
			ok: false,
			errors: { organisationId: 'Du kan bara ge roller i de organisationer du administrerar.' }
		});
		expect(await grantRoleByAdmin(db, northAdmin, { username: 'ingen-sadan', organisationId: family.id, role: 'editor' })).toEqual({
			ok: false,
			errors: { username: 'Det finns ingen användare "ingen-sadan".' }
		});
		const granted = await grantRoleByAdmin(db, northAdmin, { username: 'PELLE', organisationId: family.id, role: 'editor' });
		expect(granted.ok).toBe(true);
		const pelle = (await db.select().from(users).where(eq(users.username, 'pelle')))[0];
		expect((await actorFor(db, pelle))?.grants).toEqual([{ organisationId: family.id, path: [city.id, north.id, family.id], role: 'editor' }]);
	});

	it('nobody removes their own last administrator role; others in the subtree can be removed', async () => {
		const db = database.db;
		const lone = await createTestUser(db, 'ensamadmin', [[north, 'admin']]);
		const [ownGrant] = await db.select().from(roleGrants).where(eq(roleGrants.userId, lone.id));
		expect(await revokeRole(db, await actorFor(db, lone), ownGrant.id)).toEqual({
			ok: false,
			errors: { form: 'Du kan inte ta bort din egen sista administratörsroll. Be en annan administratör om det.' }
		});

		// With a second administrator role, the first one may go.
		const twice = await createTestUser(db, 'dubbeladmin', [[north, 'admin'], [family, 'admin'], [family, 'editor']]);
		const twiceGrants = await db.select().from(roleGrants).where(eq(roleGrants.userId, twice.id));
		const onFamily = twiceGrants.find((g) => g.organisationId === family.id && g.role === 'admin')!;
		const onNorth = twiceGrants.find((g) => g.organisationId === north.id)!;
		expect(await revokeRole(db, await actorFor(db, twice), onFamily.id)).toEqual({ ok: true, value: { userId: twice.id } });
		expect((await revokeRole(db, await actorFor(db, twice), onNorth.id)).ok).toBe(false);

		// A committee's administrator cannot remove a role given on another committee.
		const southEditor = await createTestUser(db, 'sydredaktor', [[southUnit, 'editor']]);
		const [southGrant] = await db.select().from(roleGrants).where(eq(roleGrants.userId, southEditor.id));
		expect(await revokeRole(db, await actorFor(db, lone), southGrant.id)).toEqual({
			ok: false,
			errors: { form: 'Du kan bara ta bort roller i de organisationer du administrerar.' }
		});
		expect(await db.select().from(roleGrants).where(eq(roleGrants.id, southGrant.id))).toHaveLength(1);
	});

	it('lists the users of a subtree with their roles there; a municipality also those without roles', async () => {
		const db = database.db;
		await createTestUser(db, 'vera', [[adults, 'reader'], [southUnit, 'editor']]);
		await createTestUser(db, 'sixten', [[south, 'reviewer']]);
		await createTestUser(db, 'utan-roll');

		const northList = await listUsers(db, north.id);
		const vera = northList.find((u) => u.username === 'vera')!;
		// Only the role inside Norra nämnden: the south one is not this administrator's concern.
		expect(vera.grants.map((g) => [g.role, g.organisation.name])).toEqual([['reader', 'Vuxenenheten']]);
		const northNames = northList.map((u) => u.username);
		expect(northNames).not.toContain('sixten');
		expect(northNames).not.toContain('utan-roll');
		expect(northNames).not.toContain('stadsadmin');
		expect(northNames).toContain('karin');

		const southNames = (await listUsers(db, south.id)).map((u) => u.username);
		expect(southNames).toContain('sixten');
		expect(southNames).toContain('vera');
		expect(southNames).not.toContain('karin');

		const cityList = await listUsers(db, city.id);
		expect(cityList.find((u) => u.username === 'utan-roll')?.grants).toEqual([]);
		expect(cityList.find((u) => u.username === 'stadsadmin')?.grants.map((g) => [g.role, g.organisation.name])).toEqual([['admin', 'Exempelstad']]);
		// Names in Swedish order.
		const names = cityList.map((u) => u.displayName);
		expect(names).toEqual([...names].sort(new Intl.Collator('sv').compare));
	});

	it("a committee's administrator cannot reset, disable or sign out someone with roles elsewhere", async () => {
		const db = database.db;
		const northAdmin = await actorFor(db, await createTestUser(db, 'nordadmin2', [[north, 'admin']]));
		const cityAdmin = (await db.select().from(users).where(eq(users.username, 'stadsadmin')))[0];
		const refusal = {
			ok: false,
			errors: { form: 'Du får inte ändra Stadsadmins konto: personen har roller utanför de organisationer du administrerar.' }
		};
		expect(await resetPassword(db, northAdmin, { userId: cityAdmin.id, password: 'ett nytt lösenord' })).toEqual(refusal);
		expect(await setUserDisabled(db, northAdmin, cityAdmin.id, true)).toEqual(refusal);
		expect(await endUserSessions(db, northAdmin, cityAdmin.id)).toEqual(refusal);
		// Nor someone without any role: only a whole municipality's administrator may.
		const loner = (await db.select().from(users).where(eq(users.username, 'utan-roll')))[0];
		expect((await setUserDisabled(db, northAdmin, loner.id, true)).ok).toBe(false);
		expect((await setUserDisabled(db, await actorFor(db, cityAdmin), loner.id, true)).ok).toBe(true);
	});

	it('disabling an account ends its sessions; nobody disables themselves', async () => {
		const db = database.db;
		const northAdmin = await createTestUser(db, 'nordadmin3', [[north, 'admin']]);
		const olle = await createTestUser(db, 'olle', [[family, 'editor']], { password: testPassword });
		const session = await createSession(db, olle.id);
		expect(await setUserDisabled(db, await actorFor(db, northAdmin), olle.id, true)).toEqual({ ok: true, value: { displayName: 'Olle' } });
		expect(await validateSession(db, session.token)).toBeNull();
		expect(await sessionCount(olle.id)).toBe(0);
		expect((await signIn('olle', testPassword)).ok).toBe(false);

		expect(await setUserDisabled(db, await actorFor(db, northAdmin), olle.id, false)).toEqual({ ok: true, value: { displayName: 'Olle' } });
		expect((await signIn('olle', testPassword)).ok).toBe(true);

		expect(await setUserDisabled(db, await actorFor(db, northAdmin), northAdmin.id, true)).toEqual({
			ok: false,
			errors: { form: 'Du kan inte stänga av ditt eget konto.' }
		});
	});
});
