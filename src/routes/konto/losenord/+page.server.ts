import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { changeOwnPassword } from '$lib/forms/change-own-password';
import { safeNext } from '$lib/server/auth/session-cookie';

/** Where an administrator's temporary password leads: the person chooses their own before anything else. */
export const load: PageServerLoad = ({ locals, url }) => ({
	next: safeNext(url.searchParams.get('next')),
	required: locals.user!.mustChangePassword
});

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const { refusal, values } = await changeOwnPassword(request, locals.user!);
		if (refusal) return refusal;
		redirect(303, safeNext(values.next ?? null));
	}
};
