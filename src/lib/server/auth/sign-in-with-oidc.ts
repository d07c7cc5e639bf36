import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { users } from '../db/schema';
import { createSession, type NewSession } from './create-session';

export interface OidcSignInInput {
	/** The provider's issuer and the person's subject there: together they name the person for good. */
	issuer: string;
	subject: string;
	/** The claim the installation names as the username (VERKSAM_OIDC_USERNAME_CLAIM), if the provider sent it. */
	username: string | undefined;
	/** The `name` claim: the display name of a new account. */
	name?: string;
	email?: string;
	userAgent?: string;
	address?: string;
	/** The session cookie the browser had before, ended by the new sign-in. */
	previousToken?: string;
}

export type OidcSignInOutcome =
	| { ok: true; session: NewSession; userId: number; account: 'known' | 'linked' | 'created' }
	| { ok: false; reason: 'noUsername' | 'disabled' | 'taken' };

/**
 * Signs in a person the identity provider has vouched for. The account is the one already linked
 * to (issuer, subject); else the account with the provider's username, which is linked now if it
 * has no link yet (so existing local accounts move to single sign-on without an administrator);
 * else a new account without roles, which an administrator grants.
 */
export async function signInWithOidc(db: DbOrTx, input: OidcSignInInput): Promise<OidcSignInOutcome> {
	return db.transaction(async (tx) => {
		const [known] = await tx
			.select()
			.from(users)
			.where(and(eq(users.oidcIssuer, input.issuer), eq(users.oidcSubject, input.subject)));

		let userId: number;
		let account: 'known' | 'linked' | 'created';
		if (known) {
			if (known.disabled) return { ok: false, reason: 'disabled' } as const;
			userId = known.id;
			account = 'known';
		} else {
			const username = input.username?.trim().toLowerCase();
			if (!username) return { ok: false, reason: 'noUsername' } as const;
			const [same] = await tx.select().from(users).where(eq(users.username, username));
			if (same) {
				// Linked to another identity: the provider's username alone must not open someone else's account.
				if (same.oidcSubject !== null) return { ok: false, reason: 'taken' } as const;
				if (same.disabled) return { ok: false, reason: 'disabled' } as const;
				await tx.update(users).set({ oidcIssuer: input.issuer, oidcSubject: input.subject }).where(eq(users.id, same.id));
				userId = same.id;
				account = 'linked';
			} else {
				const [created] = await tx
					.insert(users)
					.values({
						username,
						displayName: input.name?.trim().slice(0, 200) || username,
						email: input.email?.trim().slice(0, 320) ?? '',
						oidcIssuer: input.issuer,
						oidcSubject: input.subject
					})
					.returning({ id: users.id });
				userId = created.id;
				account = 'created';
			}
		}
		const session = await createSession(tx, userId, {
			userAgent: input.userAgent,
			address: input.address,
			previousToken: input.previousToken
		});
		return { ok: true, session, userId, account } as const;
	});
}
