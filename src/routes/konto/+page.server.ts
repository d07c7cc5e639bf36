import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { formValues, parseForm, refuseForm } from '$lib/forms/form-data';
import { listUserRoles } from '$lib/server/accounts/list-user-roles';
import { changePassword, changePasswordFields } from '$lib/server/accounts/change-password';

export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user!;
	return {
		account: { displayName: user.displayName, username: user.username },
		roles: await listUserRoles(db(), user.id)
	};
};

/** Passwords never come back in a refused form. */
const withoutPasswords = (values: Record<string, string>) => ({ ...values, current: '', password: '', repeat: '' });

export const actions: Actions = {
	changePassword: async ({ request, locals }) => {
		const user = locals.user!;
		const values = formValues(await request.formData());
		const parsed = parseForm(changePasswordFields, values);
		if (!parsed.ok) return refuseForm(withoutPasswords(values), parsed.failure.data.errors);
		const result = await changePassword(db(), { userId: user.id, sessionId: user.sessionId }, parsed.data);
		if (!result.ok) return refuseForm(withoutPasswords(values), result.errors);
		return { saved: 'Ditt lösenord är bytt. Du är utloggad i alla andra webbläsare.' };
	}
};
