import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { roleGrants, sessions, users } from '../db/schema';
import * as factory from '../testing/factories';
import { createUser } from '../accounts/create-user';
import { grantRole } from '../accounts/grant-role';
import { signInWithOidc } from './sign-in-with-oidc';
import { signInWithPassword } from './sign-in-with-password';
import { validateSession } from './validate-session';
import { sessionIdOf } from './session-token';

const ISSUER = 'https://idp.teststad.se';

describe.each(testDrivers)('signing in through the identity provider on %s', (driver) => {
	let database: Database;
	let db: Database['db'];

	beforeAll(async () => {
		database = await createTestDatabase(driver);
		db = database.db;
	});
	afterAll(async () => {
		await database?.close();
	});

	async function localUser(username: string, displayName: string) {
		const created = await createUser(db, { username, displayName, password: 'ett långt lösenord 2026' });
		if (!created.ok) throw new Error(JSON.stringify(created.errors));
		return created.value;
	}

	const userCount = async () => (await db.select({ id: users.id }).from(users)).length;

	it('creates an account without roles for a person it has not seen, named from the name claim', async () => {
		const outcome = await signInWithOidc(db, {
			issuer: ISSUER,
			subject: 'sub-nora',
			username: 'Nora.Nyberg@teststad.se',
			name: 'Nora Nyberg',
			email: 'nora.nyberg@teststad.se'
		});
		if (!outcome.ok) throw new Error(outcome.reason);
		expect(outcome.account).toBe('created');
		const [row] = await db.select().from(users).where(eq(users.id, outcome.userId));
		expect(row).toMatchObject({
			username: 'nora.nyberg@teststad.se',
			displayName: 'Nora Nyberg',
			email: 'nora.nyberg@teststad.se',
			passwordHash: null,
			oidcIssuer: ISSUER,
			oidcSubject: 'sub-nora',
			disabled: false
		});
		expect(await db.select().from(roleGrants).where(eq(roleGrants.userId, outcome.userId))).toEqual([]);
		const signedIn = await validateSession(db, outcome.session.token);
		expect(signedIn?.username).toBe('nora.nyberg@teststad.se');
		expect(signedIn?.grants).toEqual([]);
	});

	it('uses the username as display name when the provider sends no name', async () => {
		const outcome = await signInWithOidc(db, { issuer: ISSUER, subject: 'sub-utan-namn', username: 'utan.namn' });
		if (!outcome.ok) throw new Error(outcome.reason);
		const [row] = await db.select().from(users).where(eq(users.id, outcome.userId));
		expect(row.displayName).toBe('utan.namn');
		expect(row.email).toBe('');
	});

	it('finds a known person by issuer and subject, whatever username the provider sends now', async () => {
		const first = await signInWithOidc(db, { issuer: ISSUER, subject: 'sub-olle', username: 'olle', name: 'Olle Ek' });
		if (!first.ok) throw new Error(first.reason);
		const before = await userCount();
		const again = await signInWithOidc(db, { issuer: ISSUER, subject: 'sub-olle', username: 'olle.ek', name: 'Olle Eklund' });
		if (!again.ok) throw new Error(again.reason);
		expect(again.account).toBe('known');
		expect(again.userId).toBe(first.userId);
		expect(await userCount()).toBe(before);
		// The username is the account's, not the provider's of the day.
		const [row] = await db.select().from(users).where(eq(users.id, first.userId));
		expect(row.username).toBe('olle');
		// Without a username claim a known person still gets in: the subject is what names them.
		const withoutUsername = await signInWithOidc(db, { issuer: ISSUER, subject: 'sub-olle', username: undefined });
		expect(withoutUsername.ok).toBe(true);
	});

	it('links an existing account with the same username, which keeps its name, password and roles', async () => {
		const municipality = await factory.createMunicipality(db, { name: 'Teststad', slug: 'teststad' });
		const existing = await localUser('karin', 'Karin Karlsson');
		await grantRole(db, existing.id, municipality.id, 'editor');
		const before = await userCount();

		const outcome = await signInWithOidc(db, { issuer: ISSUER, subject: 'sub-karin', username: ' Karin ', name: 'K. Karlsson' });
		if (!outcome.ok) throw new Error(outcome.reason);
		expect(outcome).toMatchObject({ account: 'linked', userId: existing.id });
		expect(await userCount()).toBe(before);
		const [row] = await db.select().from(users).where(eq(users.id, existing.id));
		expect(row).toMatchObject({ displayName: 'Karin Karlsson', oidcIssuer: ISSUER, oidcSubject: 'sub-karin', passwordHash: existing.passwordHash });
		const signedIn = await validateSession(db, outcome.session.token);
		expect(signedIn?.grants.map((g) => [g.organisationId, g.role])).toEqual([[municipality.id, 'editor']]);
	});

	it('refuses a username whose account is already linked to another identity, and starts no session', async () => {
		await localUser('lisa', 'Lisa Lind');
		const first = await signInWithOidc(db, { issuer: ISSUER, subject: 'sub-lisa', username: 'lisa' });
		expect(first.ok).toBe(true);
		const sessionsBefore = (await db.select().from(sessions)).length;

		// Another person at the same provider, and the same subject at another provider, are other people.
		expect(await signInWithOidc(db, { issuer: ISSUER, subject: 'sub-annan', username: 'lisa' })).toEqual({ ok: false, reason: 'taken' });
		expect(await signInWithOidc(db, { issuer: 'https://annan-idp.example', subject: 'sub-lisa', username: 'lisa' })).toEqual({
			ok: false,
			reason: 'taken'
		});
		expect((await db.select().from(sessions)).length).toBe(sessionsBefore);
	});

	it('refuses disabled accounts, linked or not yet linked, and links nothing', async () => {
		const linked = await signInWithOidc(db, { issuer: ISSUER, subject: 'sub-avstangd', username: 'avstangd' });
		if (!linked.ok) throw new Error(linked.reason);
		await db.update(users).set({ disabled: true }).where(eq(users.id, linked.userId));
		expect(await signInWithOidc(db, { issuer: ISSUER, subject: 'sub-avstangd', username: 'avstangd' })).toEqual({
			ok: false,
			reason: 'disabled'
		});

		const local = await localUser('stina', 'Stina Sten');
		await db.update(users).set({ disabled: true }).where(eq(users.id, local.id));
		expect(await signInWithOidc(db, { issuer: ISSUER, subject: 'sub-stina', username: 'stina' })).toEqual({ ok: false, reason: 'disabled' });
		const [row] = await db.select().from(users).where(eq(users.id, local.id));
		expect(row.oidcSubject).toBeNull();
	});

	it('refuses a new person when the provider sends no username, and creates nothing', async () => {
		const before = await userCount();
		expect(await signInWithOidc(db, { issuer: ISSUER, subject: 'sub-okand', username: undefined })).toEqual({ ok: false, reason: 'noUsername' });
		expect(await signInWithOidc(db, { issuer: ISSUER, subject: 'sub-okand', username: '   ' })).toEqual({ ok: false, reason: 'noUsername' });
		expect(await userCount()).toBe(before);
	});

	it('ends the session the browser had before (the cookie rotates)', async () => {
		await localUser('per', 'Per Persson');
		const byPassword = await signInWithPassword(db, { username: 'per', password: 'ett långt lösenord 2026', address: '127.0.0.1' });
		if (!byPassword.ok) throw new Error(byPassword.reason);

		const outcome = await signInWithOidc(db, {
			issuer: ISSUER,
			subject: 'sub-per',
			username: 'per',
			previousToken: byPassword.session.token
		});
		if (!outcome.ok) throw new Error(outcome.reason);
		expect(outcome.session.token).not.toBe(byPassword.session.token);
		expect(await validateSession(db, byPassword.session.token)).toBeNull();
		expect(await db.select().from(sessions).where(eq(sessions.id, sessionIdOf(byPassword.session.token)))).toEqual([]);
		expect((await validateSession(db, outcome.session.token))?.username).toBe('per');
	});
});
