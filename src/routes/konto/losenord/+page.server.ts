import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { formValues, parseForm, refuseForm } from '$lib/forms/form-data';
import { safeNext } from '$lib/server/auth/session-cookie';
import { changePassword, changePasswordFields } from '$lib/server/accounts/change-password';

/** Where an administrator's temporary password leads: the person chooses their own before anything else. */
export const load: PageServerLoad = ({ locals, url }) => ({
	next: safeNext(url.searchParams.get('next')),
	required: locals.user!.mustChangePassword
});

const withoutPasswords = (values: Record<string, string>) => ({ ...values, current: '', password: '', repeat: '' });

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const user = locals.user!;
		const values = formValues(await request.formData());
		const parsed = parseForm(changePasswordFields, values);
		if (!parsed.ok) return refuseForm(withoutPasswords(values), parsed.failure.data.errors);
		const result = await changePassword(db(), { userId: user.id, sessionId: user.sessionId }, parsed.data);
		if (!result.ok) return refuseForm(withoutPasswords(values), result.errors);
		redirect(303, safeNext(values.next ?? null));
	}
};
