import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { endSession } from '$lib/server/auth/end-session';
import { endAllSessions } from '$lib/server/auth/end-all-sessions';
import { clearSessionCookie } from '$lib/server/auth/session-cookie';

export const load: PageServerLoad = () => redirect(303, '/');

/** Two named actions: SvelteKit refuses a default action beside named ones (every sign-out failed with 500). */
export const actions: Actions = {
	/** Sign out in this browser. */
	here: async ({ locals, cookies }) => {
		if (locals.user) await endSession(db(), locals.user.sessionId);
		clearSessionCookie(cookies);
		redirect(303, '/logga-in');
	},
	/** Sign out everywhere: every session of this user ends. */
	everywhere: async ({ locals, cookies }) => {
		if (locals.user) await endAllSessions(db(), locals.user.id);
		clearSessionCookie(cookies);
		redirect(303, '/logga-in');
	}
};
