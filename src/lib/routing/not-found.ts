import { error } from '@sveltejs/kit';
import { NotFoundError } from '$lib/server/result';

/** Runs a use case; a thing that does not exist becomes the 404 page, anything else stays an error. */
export async function orNotFound<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
}
