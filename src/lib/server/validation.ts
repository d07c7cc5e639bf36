import { z } from 'zod';

/** Zod pieces for form input (strings from FormData), with Swedish messages. */

export const id = z.coerce.number({ message: 'Ogiltigt id.' }).int().positive('Ogiltigt id.');

export const version = z.coerce.number({ message: 'Ogiltig version.' }).int().nonnegative();

export const requiredText = (message: string, max = 500) =>
	z
		.string({ message })
		.trim()
		.min(1, message)
		.max(max, `Högst ${max} tecken.`);

export const longText = z.string().max(50_000, 'Texten är för lång (högst 50 000 tecken).').default('');

export const optionalDate = z
	.string()
	.trim()
	.default('')
	.refine((s) => s === '' || (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s))), 'Skriv datumet som ÅÅÅÅ-MM-DD.')
	.transform((s) => (s === '' ? null : s));

export const direction = z.enum(['up', 'down'], { message: 'Ogiltig riktning.' });

// An unchecked box sends nothing: the key is missing, which Zod 4 accepts only from .optional().
export const checkbox = z
	.union([z.literal('on'), z.literal('true'), z.literal('')])
	.optional()
	.transform((v) => v === 'on' || v === 'true');

/** Start and end dates in order, as a refinement usable on any object with start/end. */
export function datesInOrder(value: { start: string | null; end: string | null }): boolean {
	return !value.start || !value.end || value.end >= value.start;
}
export const datesInOrderMessage = { message: 'Slutdatum kan inte vara före startdatum.', path: ['end'] };

/** Zod issues as one Swedish message per field path ("sections.Arbetssätt", "end"). */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const issue of error.issues) {
		const key = issue.path.join('.') || 'form';
		errors[key] ??= issue.message;
	}
	return errors;
}
