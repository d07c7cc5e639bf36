/** What a use case returns when the input was refused: messages per field, in Swedish. */
export type FieldErrors = Record<string, string>;

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const refused = (errors: FieldErrors): { ok: false; errors: FieldErrors } => ({ ok: false, errors });

/** Thrown when a named thing does not exist; routes map it to 404. */
export class NotFoundError extends Error {
	constructor(what: string) {
		super(`${what} finns inte`);
		this.name = 'NotFoundError';
	}
}
