import { afterEach, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { openDatabase } from './client';
import { connectionLostCode, describeDatabaseProblem } from './connection-problem';
import { createTestDatabase, testDrivers } from './test-database';
import { goalModels } from './schema';

const withCode = (code: string) => Object.assign(new Error('x'), { code });

describe('connectionLostCode', () => {
	it('finds the refused connection under Drizzle\'s wrapping, from a real query to a port nobody listens on', async () => {
		const database = await openDatabase({ url: 'postgres://verksam@127.0.0.1:1/verksam' });
		try {
			const error = await database.db.execute(sql`select 1`).then(
				() => null,
				(e: unknown) => e
			);
			expect(connectionLostCode(error)).toBe('ECONNREFUSED');
		} finally {
			await database.close();
		}
	});

	it('counts PostgreSQL ending the session (57P01) and its connection exceptions (class 08), not other errors', () => {
		expect(connectionLostCode(new DrizzleQueryError('select 1', [], withCode('57P01')))).toBe('57P01');
		expect(connectionLostCode(withCode('08006'))).toBe('08006');
		expect(connectionLostCode(withCode('CONNECTION_CLOSED'))).toBe('CONNECTION_CLOSED');
		expect(connectionLostCode(withCode('23505'))).toBeNull();
		expect(connectionLostCode(new Error('no code'))).toBeNull();
		expect(connectionLostCode(undefined)).toBeNull();
	});
});

describe.each(testDrivers)('a failed query on %s', (driver) => {
	it('is not a lost connection (a unique key violated)', async () => {
		const database = await createTestDatabase(driver);
		try {
			await database.db.insert(goalModels).values({ key: 'dubbel', name: 'Ett' });
			const error = await database.db
				.insert(goalModels)
				.values({ key: 'dubbel', name: 'Två' })
				.then(
					() => null,
					(e: unknown) => e
				);
			expect(error).not.toBeNull();
			expect(connectionLostCode(error)).toBeNull();
		} finally {
			await database.close();
		}
	});
});

describe('describeDatabaseProblem', () => {
	afterEach(() => vi.unstubAllEnvs());

	it('names the database, host and port of DATABASE_URL, never its password', () => {
		vi.stubEnv('DATABASE_URL', 'postgres://verksam:hemligt@db.kommun.se:6543/ledning');
		expect(describeDatabaseProblem(withCode('28P01'))).toBe(
			'Kan inte logga in i databasen ledning på db.kommun.se:6543 (DATABASE_URL): fel användare eller lösenord. Kontrollera användaren och lösenordet i DATABASE_URL.'
		);
		vi.stubEnv('DATABASE_URL', 'postgres://verksam:hemligt@db.kommun.se/ledning');
		expect(describeDatabaseProblem(withCode('ECONNREFUSED'))).toBe(
			'Kan inte ansluta till databasen ledning på db.kommun.se:5432 (DATABASE_URL): servern svarar inte (ECONNREFUSED). Kontrollera adressen och att PostgreSQL är igång.'
		);
	});

	it('is null for an error that is not about reaching the database', () => {
		vi.stubEnv('DATABASE_URL', 'postgres://verksam@127.0.0.1/verksam');
		expect(describeDatabaseProblem(withCode('23505'))).toBeNull();
	});
});
