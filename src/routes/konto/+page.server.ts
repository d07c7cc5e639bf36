import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { changeOwnPassword } from '$lib/forms/change-own-password';
import { listUserRoles } from '$lib/server/accounts/list-user-roles';

export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user!;
	return {
		account: { displayName: user.displayName, username: user.username },
		roles: await listUserRoles(db(), user.id)
	};
};

export const actions: Actions = {
	changePassword: async ({ request, locals }) => {
		const { refusal } = await changeOwnPassword(request, locals.user!);
		return refusal ?? { saved: 'Ditt lösenord är bytt. Du är utloggad i alla andra webbläsare.' };
	}
};
