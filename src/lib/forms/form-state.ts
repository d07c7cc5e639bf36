import { page } from '$app/state';

export interface FormState {
	errors: Record<string, string>;
	values: Record<string, string>;
	failed: boolean;
}

/** The errors and typed values of the named form, if the last submit was that form and was refused. */
export function formState(key: string): FormState {
	const form = page.form as { form?: string; errors?: Record<string, string>; values?: Record<string, string> } | null;
	if (form?.form === key) return { errors: form.errors ?? {}, values: form.values ?? {}, failed: true };
	return { errors: {}, values: {}, failed: false };
}

/** The typed value after a refusal, else the stored one. */
export function valueOf(state: FormState, name: string, stored: string | number | null | undefined): string {
	return state.failed && name in state.values ? state.values[name] : String(stored ?? '');
}

/** The other person's saved version, when the named form's save started from an older one. */
export function conflictOf<T>(key: string): T | undefined {
	const form = page.form as { form?: string; conflict?: T } | null;
	return form?.form === key ? form.conflict : undefined;
}
