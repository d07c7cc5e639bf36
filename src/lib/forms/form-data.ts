import { fail } from '@sveltejs/kit';
import type { z } from 'zod';
import { version, zodFieldErrors as zodErrors } from '$lib/server/validation';

/** The form's fields as strings (the last value of a repeated name wins; files are ignored). */
export function formValues(formData: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of formData) if (typeof value === 'string') values[key] = value;
	return values;
}

/** All values of a repeated field (checkbox groups). */
export function formList(formData: FormData, name: string): string[] {
	return formData.getAll(name).filter((v): v is string => typeof v === 'string');
}


export interface FormFailure {
	/** Which form on the page the errors belong to (its hidden _form value). */
	form: string;
	errors: Record<string, string>;
	values: Record<string, string>;
	[key: string]: unknown;
}

/** A refused form: status 400 with the messages and the values typed, so the form comes back filled. */
export function refuseForm(values: Record<string, string>, errors: Record<string, string>, extra: Record<string, unknown> = {}) {
	const { _form = 'form', ...rest } = values;
	return fail(400, { form: _form, errors, values: rest, ...extra } satisfies FormFailure);
}

/** Parses with a schema; on failure, the ready-made refusal to return from the action. */
export function parseForm<S extends z.ZodType>(
	schema: S,
	values: Record<string, unknown>
): { ok: true; data: z.output<S> } | { ok: false; failure: ReturnType<typeof refuseForm> } {
	const result = schema.safeParse(values);
	if (result.success) return { ok: true, data: result.data };
	return { ok: false, failure: refuseForm(values as Record<string, string>, zodErrors(result.error)) };
}

/** Collects "sections.<name>" fields into a record. */
export function prefixed(values: Record<string, string>, prefix: string): Record<string, string> {
	return Object.fromEntries(
		Object.entries(values)
			.filter(([k]) => k.startsWith(prefix))
			.map(([k, v]) => [k.slice(prefix.length), v])
	);
}

/** The version a save started from (hidden field "version"); a missing or bad one is 0, which no row has, so the save comes back as stale. */
export function versionOf(values: Record<string, string>): number {
	const parsed = version.safeParse(values.version);
	return parsed.success ? parsed.data : 0;
}
