import { boolean, doublePrecision, index, integer, pgTable, serial, text, timestamp, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organisations } from './organisation';
import type { Role } from '../../../domain/access/roles';

/** A person who signs in: with a local password (argon2id) or through the city's OpenID Connect provider. */
export const users = pgTable(
	'users',
	{
		id: serial('id').primaryKey(),
		/** Lower case; what the person types, or the OIDC claim the installation names. */
		username: text('username').notNull(),
		displayName: text('display_name').notNull(),
		email: text('email').notNull().default(''),
		/** argon2id; null for accounts that sign in only through OIDC. */
		passwordHash: text('password_hash'),
		/** Set when an administrator resets the password: the next sign-in must choose a new one. */
		mustChangePassword: boolean('must_change_password').notNull().default(false),
		oidcIssuer: text('oidc_issuer'),
		oidcSubject: text('oidc_subject'),
		disabled: boolean('disabled').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('users_username').on(t.username),
		uniqueIndex('users_oidc').on(t.oidcIssuer, t.oidcSubject).where(sql`${t.oidcSubject} is not null`)
	]
);

/** A role on an organisation and everything below it. A user may hold several. */
export const roleGrants = pgTable(
	'role_grants',
	{
		id: serial('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		role: text('role').$type<Role>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique('role_grants_unique').on(t.userId, t.organisationId, t.role), index('role_grants_user').on(t.userId)]
);

/** Server-side sessions. The cookie holds a random token; only its SHA-256 is stored here. */
export const sessions = pgTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
		userAgent: text('user_agent').notNull().default(''),
		address: text('address').notNull().default('')
	},
	(t) => [index('sessions_user').on(t.userId)]
);

/** Failed sign-ins, counted per account and per address to throttle guessing. */
export const signInFailures = pgTable(
	'sign_in_failures',
	{
		id: serial('id').primaryKey(),
		username: text('username').notNull(),
		address: text('address').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('sign_in_failures_username').on(t.username, t.at), index('sign_in_failures_address').on(t.address, t.at)]
);

/** Settings a municipality chooses for itself. */
export const municipalitySettings = pgTable('municipality_settings', {
	organisationId: integer('organisation_id')
		.primaryKey()
		.references(() => organisations.id, { onDelete: 'cascade' }),
	/** Offentlighetsprincipen: fastställda plans readable without signing in. */
	publicApprovedPlans: boolean('public_approved_plans').notNull().default(false),
	/** Måluppfyllelse: an outcome short of its target by at most this fraction of it is "delvis uppfyllt". */
	partlyBand: doublePrecision('partly_band').notNull().default(0.05)
});
