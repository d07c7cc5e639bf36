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

/** A save that started from an older version: nothing was written; `conflict` is what is stored now. */
export type Conflict<T> = { ok: false; errors: FieldErrors; conflict: T };

/** The refusal of a stale save, with the message every editor shows above the two versions. */
export const conflicted = <T>(what: string, current: T): Conflict<T> => ({
	ok: false,
	conflict: current,
	errors: { form: `Någon annan har sparat ${what} medan du skrev. Deras version visas bredvid din. Spara igen för att behålla din.` }
});
