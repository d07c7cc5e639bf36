import { error, redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { db, runAsActor, startDatabase, stopDatabase } from '$lib/server/db/instance';
import { localeFromRequest } from '$lib/i18n';
import { sessionCookieName } from '$lib/server/auth/session-token';
import { validateSession } from '$lib/server/auth/validate-session';
import { guardRequest } from '$lib/server/policies/guard-request';
import { actorOf } from '$lib/server/policies/actor';
import { bodyLimitOf } from '$lib/server/http/body-limits';
import { checkRequestBody } from '$lib/server/http/check-request-body';

export const init: ServerInit = async () => {
	await startDatabase();
	// adapter-node emits this after the HTTP server has closed (SIGTERM/SIGINT).
	process.once('sveltekit:shutdown' as never, () => {
		void stopDatabase();
	});
};

const locale: Handle = ({ event, resolve }) => {
	event.locals.locale = localeFromRequest(event.cookies.get('lang'), event.request.headers.get('accept-language'));
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};

const session: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(sessionCookieName);
	event.locals.user = token ? await validateSession(db(), token) : null;
	if (token && !event.locals.user) event.cookies.delete(sessionCookieName, { path: '/' });
	return resolve(event);
};

/** Pages a user with a temporary password may still reach. */
const passwordChangeRoutes = new Set(['/konto/losenord', '/logga-ut', '/sprak']);

/** Every request passes the route table and the policy before any load or action runs. */
const authorize: Handle = async ({ event, resolve }) => {
	const user = event.locals.user;
	if (user?.mustChangePassword && event.route.id && !passwordChangeRoutes.has(event.route.id)) {
		redirect(303, `/konto/losenord?next=${encodeURIComponent(event.url.pathname)}`);
	}
	const decision = await guardRequest(db(), actorOf(user), {
		routeId: event.route.id,
		method: event.request.method,
		search: event.url.search,
		params: event.params
	});
	event.locals.target = null;
	event.locals.permissions = null;
	switch (decision.outcome) {
		case 'signIn':
			redirect(303, `/logga-in?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
		// eslint-disable-next-line no-fallthrough
		case 'forbidden':
			error(403, 'Du har inte behörighet till det här.');
		// eslint-disable-next-line no-fallthrough
		case 'allow':
			event.locals.target = decision.target;
			event.locals.permissions = decision.permissions;
	}
	return resolve(event);
};

/** A body larger than its route takes (413), or a form that does not parse (400), is refused before an action reads it. */
const requestBody: Handle = async ({ event, resolve }) => {
	const refusal = await checkRequestBody(event.request, bodyLimitOf(event.route.id));
	if (refusal) error(refusal.status, refusal.message);
	return resolve(event);
};

/** A request that changes data runs in one transaction that names its user, for the history. */
const transaction: Handle = ({ event, resolve }) => {
	const method = event.request.method;
	if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return resolve(event);
	return runAsActor(event.locals.user?.id ?? null, async () => resolve(event));
};

export const handle = sequence(locale, session, authorize, requestBody, transaction);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Sidan finns inte.' : 'Något gick fel. Försök igen.' };
};
