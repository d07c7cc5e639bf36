// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			locale: import('$lib/i18n').Locale;
			/** The signed-in user with their grants, or null. */
			user: import('$lib/server/auth/validate-session').SignedInUser | null;
			/** The organisation the route acts on, as the request guard loaded it (null for routes without one). */
			target: import('$lib/server/policies/load-target').LoadedTarget | null;
			/** Every action of the policy, decided for this user on the target. */
			permissions: import('$lib/server/policies/guard-request').Permissions | null;
			/** Set when a load or action of this request failed because the database could not be reached. */
			databaseLost?: boolean;
			/** Set when the request was refused with part of its body unread: its connection is closed after the answer. */
			bodyLeftUnread?: boolean;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
