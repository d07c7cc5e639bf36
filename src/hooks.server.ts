import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { startDatabase, stopDatabase } from '$lib/server/db/instance';
import { localeFromRequest } from '$lib/i18n';

export const init: ServerInit = async () => {
	await startDatabase();
	// adapter-node emits this after the HTTP server has closed (SIGTERM/SIGINT).
	process.once('sveltekit:shutdown' as never, () => {
		void stopDatabase();
	});
};

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.locale = localeFromRequest(event.cookies.get('lang'), event.request.headers.get('accept-language'));
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Sidan finns inte.' : 'Något gick fel. Försök igen.' };
};
