import { error, isHttpError, isRedirect, redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
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
import { installGracefulShutdown, isShuttingDown, trackRequest } from '$lib/server/http/graceful-shutdown';
import { RETRY_AFTER_SECONDS } from '$lib/server/db/outage';
import { refusalResponse } from '$lib/server/http/refusal-response';
import { cacheableRoutes, PageCache, pageCacheBytes, pageCacheKey } from '$lib/server/http/page-cache';
import { stockholmDate } from '$lib/domain/format/date-time';

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
	installGracefulShutdown(stopDatabase);
};

/** A response that makes the client leave the connection: Node closes it once the answer is sent. */
function closingConnection(response: Response): Response {
	try {
		response.headers.set('connection', 'close');
		return response;
	} catch {
		// Headers of a fetched or redirect response are immutable: the same answer with its own copy.
		const headers = new Headers(response.headers);
		headers.set('connection', 'close');
		return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
	}
}

/**
 * From SIGTERM/SIGINT on, a request that starts is answered 503 "try again", and every answer
 * closes its connection; the shutdown waits for the requests still running (graceful-shutdown.ts).
 * A refused request whose body was left unread closes its connection too: the bytes still
 * coming would otherwise be taken for the next request on it.
 */
const connection: Handle = ({ event, resolve }) => {
	if (isShuttingDown()) {
		const text = `${translate('sv', 'serverStopping')}\n${translate('en', 'serverStopping')}\n`;
		const headers = { 'retry-after': String(RETRY_AFTER_SECONDS), 'content-type': 'text/plain; charset=utf-8', connection: 'close' };
		return new Response(text, { status: 503, headers });
	}
	return trackRequest(async () => {
		let response: Response;
		try {
			response = await resolve(event);
		} catch (thrown) {
			if (!event.locals.bodyLeftUnread && !isShuttingDown()) throw thrown;
			// A refusal thrown by a hook (error(), redirect()): rendered here, where its headers can still be set.
			if (isHttpError(thrown)) response = refusalResponse(event.request, event.isDataRequest, thrown.status, thrown.body.message, {});
			else if (isRedirect(thrown)) response = event.request.headers.get('x-sveltekit-action') === 'true' ? Response.json({ type: 'redirect', status: thrown.status, location: thrown.location }) : new Response(null, { status: thrown.status, headers: { location: thrown.location } });
			else throw thrown;
		}
		return isShuttingDown() || event.locals.bodyLeftUnread ? closingConnection(response) : response;
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

const cacheBytes = pageCacheBytes(process.env.VERKSAM_PAGE_CACHE_MB);
const pages = cacheBytes > 0 ? new PageCache(cacheBytes) : null;

/**
 * A signed-in user's page from a route that may be kept is given from the page cache while the
 * database has not changed since it was rendered for that user (http/page-cache.ts). It comes
 * before the route guard: the guard's answer depends only on the user, the request and the
 * database, all three part of the key or the snapshot.
 */
const pageCache: Handle = async ({ event, resolve }) => {
	const user = event.locals.user;
	if (!pages || !user || event.request.method !== 'GET' || !event.route.id || !cacheableRoutes.has(event.route.id)) return resolve(event);
	// Read with the session, before the page's own queries: whatever they read is at least this new.
	const snapshot = user.snapshot;
	const key = pageCacheKey({
		url: event.request.url,
		userId: user.id,
		locale: event.locals.locale,
		cookies: event.cookies.getAll().filter((c) => c.name !== sessionCookieName),
		day: stockholmDate(new Date())
	});
	return pages.lookup(key, snapshot, event.request.headers.get('if-none-match')) ?? pages.keep(key, snapshot, await resolve(event));
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
	if (decision.outcome !== 'allow' && !(await drainRequestBody(event.request, bodyLimitOf(event.route.id)))) event.locals.bodyLeftUnread = true;
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
	if (refusal?.status === 413) event.locals.bodyLeftUnread = true;
	if (refusal) error(refusal.status, refusal.message);
	return resolve(event);
};

/** A request that changes data runs in one transaction that names its user, for the history. */
const transaction: Handle = ({ event, resolve }) => {
	const method = event.request.method;
	if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return resolve(event);
	return runAsActor(event.locals.user?.id ?? null, async () => resolve(event));
};

export const handle = sequence(connection, locale, databaseOutage, session, pageCache, authorize, requestBody, transaction);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (connectionLostCode(error)) {
		event.locals.databaseLost = true;
		noteDatabaseLost(error, pingDatabase);
		return { message: translate(event.locals.locale ?? 'sv', 'databaseUnavailable') };
	}
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Sidan finns inte.' : 'Något gick fel. Försök igen.' };
};
