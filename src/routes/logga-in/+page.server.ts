import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { listDemoAccounts } from '$lib/server/demo/list-demo-accounts';
import { signInWithPassword } from '$lib/server/auth/sign-in-with-password';
import { safeNext, setSessionCookie } from '$lib/server/auth/session-cookie';
import { sessionCookieName } from '$lib/server/auth/session-token';
import { formValues, parseForm, refuseForm } from '$lib/forms/form-data';
import { oidcConfigured } from '$lib/server/auth/oidc-config';
import { isOidcFailure, oidcFailureMessage } from '$lib/server/auth/oidc-failure';

const signInFields = z.object({
	username: z.string().trim().min(1, 'Skriv ditt användarnamn.').max(200, 'Användarnamnet är för långt.'),
	password: z.string().min(1, 'Skriv ditt lösenord.').max(1000, 'Lösenordet är för långt.')
});

export const load: PageServerLoad = async ({ locals, url }) => {
	const oidc = oidcConfigured();
	// A sign-in through the identity provider that did not succeed comes back here with its reason.
	const oidcFailure = url.searchParams.get('oidc');
	return {
		signedInAs: locals.user?.displayName ?? null,
		next: safeNext(url.searchParams.get('next')),
		demo: await listDemoAccounts(db()),
		oidc,
		oidcError: oidc && isOidcFailure(oidcFailure) ? oidcFailureMessage(oidcFailure, oidc.name) : null
	};
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const values = formValues(await request.formData());
		const parsed = parseForm(signInFields, values);
		if (!parsed.ok) return parsed.failure;
		const outcome = await signInWithPassword(db(), {
			...parsed.data,
			address: getClientAddress(),
			userAgent: request.headers.get('user-agent') ?? '',
			previousToken: cookies.get(sessionCookieName)
		});
		if (!outcome.ok) {
			const message =
				outcome.reason === 'throttled'
					? 'För många misslyckade inloggningar. Vänta en kvart och försök igen, eller be en administratör om hjälp.'
					: 'Fel användarnamn eller lösenord.';
			return refuseForm({ ...values, password: '' }, { form: message });
		}
		setSessionCookie(cookies, outcome.session.token, outcome.session.expiresAt, url.protocol === 'https:');
		const next = safeNext(values.next ?? null);
		redirect(303, outcome.mustChangePassword ? `/konto/losenord?next=${encodeURIComponent(next)}` : next);
	}
};
