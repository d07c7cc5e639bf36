import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { signInFailures, users } from '../db/schema';
import { hashPassword } from './password';
import { signInWithPassword } from './sign-in-with-password';
import { validateSession } from './validate-session';

const password = 'rätt-lösenord-2026';

describe.each(testDrivers)('signInWithPassword (%s)', (driver) => {
	let database: Database;
	let passwordHash: string;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
		passwordHash = await hashPassword(password);
	});
	afterAll(() => database.close());

	/** An account with the password; hashed once for the file, since every argon2 hash costs a second on a busy machine. */
	async function account(username: string) {
		const [user] = await database.db.insert(users).values({ username, displayName: username, passwordHash }).returning();
		return user;
	}

	const attempt = (username: string, typed: string, address: string, previousToken?: string) =>
		signInWithPassword(database.db, { username, password: typed, address, previousToken });

	async function fail(username: string, address: string) {
		expect(await attempt(username, 'fel-lösenord-123', address)).toEqual({ ok: false, reason: 'wrong' });
	}

	/** Earlier failures, written straight to the table: argon2 makes every real attempt cost a second or more. */
	async function earlierFailures(rows: { username: string; address: string; minutesAgo?: number }[]) {
		await database.db
			.insert(signInFailures)
			.values(rows.map((r) => ({ username: r.username, address: r.address, at: new Date(Date.now() - (r.minutesAgo ?? 1) * 60 * 1000) })));
	}

	it('signs in with the right password, and the new session names the user', async () => {
		const user = await account('anna');
		const outcome = await attempt('  Anna ', password, '10.0.0.1');
		if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
		expect(outcome.userId).toBe(user.id);
		expect((await validateSession(database.db, outcome.session.token))?.username).toBe('anna');
	});

	it('refuses a wrong password and an unknown username the same way', async () => {
		await account('bertil');
		const wrongPassword = await attempt('bertil', 'inte-hans-lösenord', '10.0.0.2');
		const unknownUser = await attempt('ingen-sadan', password, '10.0.0.2');
		expect(wrongPassword).toEqual({ ok: false, reason: 'wrong' });
		expect(unknownUser).toEqual(wrongPassword);
	});

	it('refuses a disabled account with the right password, as if the password were wrong', async () => {
		const user = await account('cecilia');
		await database.db.update(users).set({ disabled: true }).where(eq(users.id, user.id));
		expect(await attempt('cecilia', password, '10.0.0.3')).toEqual({ ok: false, reason: 'wrong' });
	});

	it('throttles an account after 5 failures in 15 minutes, from any address; another account still signs in', async () => {
		await account('david');
		await account('erik');
		await earlierFailures([1, 2, 3].map(() => ({ username: 'david', address: '10.0.1.1' })));
		await fail('david', '10.0.1.1');
		// Four failures are not yet enough: the fifth attempt is still checked (and fails).
		await fail('david', '10.0.1.2');
		expect(await attempt('david', password, '10.0.1.3')).toEqual({ ok: false, reason: 'throttled' });
		expect((await attempt('erik', password, '10.0.1.4')).ok).toBe(true);
	});

	it('counts only failures of the last 15 minutes', async () => {
		await account('fredrik');
		await earlierFailures([1, 2, 3, 4, 5].map(() => ({ username: 'fredrik', address: '10.0.2.1', minutesAgo: 16 })));
		await earlierFailures([{ username: 'fredrik', address: '10.0.2.1', minutesAgo: 14 }]);
		expect((await attempt('fredrik', password, '10.0.2.1')).ok).toBe(true);
	});

	it('forgets an account failures once it signs in', async () => {
		await account('gustav');
		await earlierFailures([1, 2, 3].map(() => ({ username: 'gustav', address: '10.0.3.1' })));
		await fail('gustav', '10.0.3.1');
		expect((await attempt('gustav', password, '10.0.3.1')).ok).toBe(true);
		// Had the four been kept, these would make eight and lock the account.
		await earlierFailures([1, 2, 3, 4].map(() => ({ username: 'gustav', address: '10.0.3.1' })));
		expect((await attempt('gustav', password, '10.0.3.1')).ok).toBe(true);
	});

	it('throttles an address after 20 failures over different usernames; the same account elsewhere still signs in', async () => {
		await account('helena');
		await earlierFailures(Array.from({ length: 18 }, (_, i) => ({ username: `gissning-${i}`, address: '10.0.4.1' })));
		await fail('gissning-18', '10.0.4.1');
		// Nineteen failures are not yet enough: the twentieth is still checked (and fails).
		await fail('gissning-19', '10.0.4.1');
		expect(await attempt('helena', password, '10.0.4.1')).toEqual({ ok: false, reason: 'throttled' });
		expect((await attempt('helena', password, '10.0.4.2')).ok).toBe(true);
	});

	it('gives a new token at every sign-in and ends the session of the token the browser had', async () => {
		await account('ingrid');
		const first = await attempt('ingrid', password, '10.0.5.1');
		if (!first.ok) throw new Error('first sign-in refused');
		const second = await attempt('ingrid', password, '10.0.5.1', first.session.token);
		if (!second.ok) throw new Error('second sign-in refused');
		expect(second.session.token).not.toBe(first.session.token);
		expect(await validateSession(database.db, first.session.token)).toBeNull();
		expect((await validateSession(database.db, second.session.token))?.username).toBe('ingrid');
	});
});
