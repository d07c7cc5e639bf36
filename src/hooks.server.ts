import { error, redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { db, pingDatabase, runAsActor, startDatabase, stopDatabase } from '$lib/server/db/instance';
import { connectionLostCode, DATABASE_UNAVAILABLE_EXIT_CODE, databaseProblemLine } from '$lib/server/db/connection-problem';
import { databaseOutageResponse, noteDatabaseLost } from '$lib/server/db/outage';
import { localeFromRequest, translate } from '$lib/i18n';
import { sessionCookieName } from '$lib/server/auth/session-token';
import { validateSession } from '$lib/server/auth/validate-session';
import { guardRequest } from '$lib/server/policies/guard-request';
import { actorOf } from '$lib/server/policies/actor';
import { bodyLimitOf } from '$lib/server/http/body-limits';
import { checkRequestBody, drainRequestBody } from '$lib/server/http/check-request-body';

export const init: ServerInit = async () => {
	try {
		await startDatabase();
	} catch (error) {
		// A server without its database cannot serve: one clear line and exit code 3, no stack trace.
		// (Not `dev` from $app/environment: a build made with NODE_ENV=test has it set too.)
		process.stderr.write(`Verksam kan inte starta. ${databaseProblemLine(error)}\n`);
		if (process.env.VERKSAM_DEBUG) console.error(error);
		process.exit(DATABASE_UNAVAILABLE_EXIT_CODE);
	}
	// adapter-node emits this after the HTTP server has closed (SIGTERM/SIGINT).
	process.once('sveltekit:shutdown' as never, () => {
		// A worker of `verksam serve --workers` stays alive while its channel to the primary is open.
		void stopDatabase().finally(() => {
			if (process.connected) process.disconnect();
		});
	});
};

const locale: Handle = ({ event, resolve }) => {
	event.locals.locale = localeFromRequest(event.cookies.get('lang'), event.request.headers.get('accept-language'));
	// app.html says lang="sv": a Swedish page (most of them) is sent as rendered, since rewriting a
	// whole page's string costs a millisecond or two of CPU per request.
	if (event.locals.locale === 'sv') return resolve(event);
	const lang = event.locals.locale;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('<html lang="sv">', `<html lang="${lang}">`) });
};

/**
 * While the database cannot be reached, a request that needs it is answered 503 "try again"
 * (not 500), whether the hooks, a load or an action met the lost connection; the driver
 * reconnects by itself once the database is back.
 */
const databaseOutage: Handle = async ({ event, resolve }) => {
	try {
		const response = await resolve(event);
		return response.status >= 500 && event.locals.databaseLost ? databaseOutageResponse(event.request, event.url, event.locals.locale) : response;
	} catch (error) {
		if (!connectionLostCode(error)) throw error;
		noteDatabaseLost(error, pingDatabase);
		return databaseOutageResponse(event.request, event.url, event.locals.locale);
	}
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
	// Refused before its body is read: read it (up to the route's limit) so the client gets the answer, not a reset.
	if (decision.outcome !== 'allow') await drainRequestBody(event.request, bodyLimitOf(event.route.id));
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

export const handle = sequence(locale, databaseOutage, session, authorize, requestBody, transaction);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (connectionLostCode(error)) {
		event.locals.databaseLost = true;
		noteDatabaseLost(error, pingDatabase);
		return { message: translate(event.locals.locale ?? 'sv', 'databaseUnavailable') };
	}
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Sidan finns inte.' : 'Något gick fel. Försök igen.' };
};
