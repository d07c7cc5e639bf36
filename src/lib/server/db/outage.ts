import { translate, type Locale } from '$lib/i18n';
import { connectionLostCode } from './connection-problem';
import { isShuttingDown } from '../http/graceful-shutdown';

/** Seconds a client is asked to wait before trying again (Retry-After). */
export const RETRY_AFTER_SECONDS = 5;
/** How often a lost database is tried while it is away, to log its return once. */
const PROBE_INTERVAL_MS = 1_000;

/** When the current outage began (null while the database answers): logged once per outage. */
let lostSince: number | null = null;

/**
 * Records that the database could not be reached: the first failure of an outage is logged, the
 * rest are not, and `probe` (a trivial query) is tried every second until it answers again,
 * which is logged once too. The database driver reconnects by itself; the probe only watches.
 */
export function noteDatabaseLost(error: unknown, probe: () => Promise<unknown>): void {
	// The server closing its own database on shutdown is no outage.
	if (lostSince !== null || isShuttingDown()) return;
	lostSince = Date.now();
	console.error(`Databasen går inte att nå (${connectionLostCode(error) ?? 'okänt fel'}); sidorna svarar 503 tills den är tillbaka.`);
	const timer = setInterval(() => {
		probe().then(
			() => {
				if (lostSince === null) return;
				console.error(`Databasen svarar igen efter ${Math.round((Date.now() - lostSince) / 1000)} s.`);
				lostSince = null;
				clearInterval(timer);
			},
			() => {}
		);
	}, PROBE_INTERVAL_MS);
	timer.unref();
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => escapes[c]);

/**
 * The answer to a request that needed the database while it cannot be reached: 503 with
 * Retry-After, as JSON for the app's own fetches (form actions with JavaScript, data requests)
 * and otherwise as a small page that needs nothing from the database, in the user's language
 * first and the other one after it.
 */
export function databaseOutageResponse(request: Request, url: URL, locale: Locale): Response {
	const headers = { 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store' };
	const message = translate(locale, 'databaseUnavailable');
	if (request.headers.get('x-sveltekit-action') === 'true') {
		return Response.json({ type: 'error', error: { message } }, { status: 503, headers });
	}
	if (url.pathname.endsWith('/__data.json') || !(request.headers.get('accept') ?? '*/*').match(/text\/html|\*\/\*/)) {
		return Response.json({ message }, { status: 503, headers });
	}
	const other: Locale = locale === 'sv' ? 'en' : 'sv';
	const html = `<!doctype html>
<html lang="${locale}">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<title>${escape(translate(locale, 'databaseUnavailableTitle'))} – Verksam</title>
		<style>
			body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; }
			main { max-width: 40rem; margin: 4rem auto; padding: 0 1rem; }
			a { color: #0b4f8a; }
			a:focus-visible { outline: 3px solid #0b4f8a; outline-offset: 2px; }
		</style>
	</head>
	<body>
		<main>
			<h1>${escape(translate(locale, 'databaseUnavailableTitle'))}</h1>
			<p>${escape(message)}</p>
			<p lang="${other}">${escape(translate(other, 'databaseUnavailable'))}</p>
			<p><a href="${escape(url.pathname + url.search)}">${escape(translate(locale, 'tryAgain'))}</a></p>
		</main>
	</body>
</html>
`;
	return new Response(html, { status: 503, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } });
}
