import { db } from '$lib/server/db/instance';
import { changePassword, changePasswordFields } from '$lib/server/accounts/change-password';
import type { SignedInUser } from '$lib/server/auth/validate-session';
import { formValues, parseForm, refuseForm } from './form-data';

/** Passwords never come back in a refused form. */
const withoutPasswords = (values: Record<string, string>) => ({ ...values, current: '', password: '', repeat: '' });

/**
 * The password change both account pages offer (/konto and the forced /konto/losenord): the
 * refusal to return, or null and the form's values when the password is changed.
 */
export async function changeOwnPassword(request: Request, user: SignedInUser) {
	const values = formValues(await request.formData());
	const parsed = parseForm(changePasswordFields, values);
	if (!parsed.ok) return { refusal: refuseForm(withoutPasswords(values), parsed.failure.data.errors), values };
	const result = await changePassword(db(), { userId: user.id, sessionId: user.sessionId }, parsed.data);
	if (!result.ok) return { refusal: refuseForm(withoutPasswords(values), result.errors), values };
	return { refusal: null, values };
}
