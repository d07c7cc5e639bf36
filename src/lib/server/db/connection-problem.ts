import { defaultDataDir } from './client';

/** Exit code of the server and the CLI when the database cannot be reached or opened. */
export const DATABASE_UNAVAILABLE_EXIT_CODE = 3;

/**
 * Codes that mean the connection to the database is gone or cannot be made (the network's, the
 * postgres driver's and PostgreSQL's own class 08 and 57P0x), as opposed to a query that failed.
 */
const connectionLostCodes = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ETIMEDOUT',
	'EPIPE',
	'ENOTFOUND',
	'EAI_AGAIN',
	'CONNECT_TIMEOUT',
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED',
	// admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down)
	'57P01',
	'57P02',
	'57P03'
]);

interface ErrorLike {
	code?: unknown;
	message?: unknown;
	cause?: unknown;
}

/** The error and its causes (Drizzle wraps the driver's error in its own). */
function* chain(error: unknown): Generator<ErrorLike> {
	let e = error as ErrorLike | undefined;
	for (let depth = 0; e && typeof e === 'object' && depth < 10; depth++, e = e.cause as ErrorLike | undefined) yield e;
}

/** The code that shows the database cannot be reached (the connection failed or was lost), or null. */
export function connectionLostCode(error: unknown): string | null {
	for (const e of chain(error)) {
		if (typeof e.code === 'string' && (connectionLostCodes.has(e.code) || e.code.startsWith('08'))) return e.code;
	}
	return null;
}

/** Which database the environment names, for messages: never the password. */
export function describeConfiguredDatabase(): string {
	const url = process.env.DATABASE_URL;
	if (!url) return `databasen i ${defaultDataDir()}`;
	try {
		const parsed = new URL(url);
		const name = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || parsed.username || 'postgres';
		return `databasen ${name} på ${parsed.hostname || 'localhost'}:${parsed.port || '5432'} (DATABASE_URL)`;
	} catch {
		return 'databasen i DATABASE_URL';
	}
}

/**
 * One clear Swedish line for the usual reasons the configured database cannot be opened at
 * start-up (what is wrong and what to check), or null when the error is something else.
 */
export function describeDatabaseProblem(error: unknown): string | null {
	const where = describeConfiguredDatabase();
	for (const e of chain(error)) {
		switch (e.code) {
			case 'ECONNREFUSED':
			case 'ECONNRESET':
			case 'EHOSTUNREACH':
			case 'ENETUNREACH':
			case 'ETIMEDOUT':
			case 'CONNECT_TIMEOUT':
			case 'CONNECTION_CLOSED':
			case '57P03':
				return `Kan inte ansluta till ${where}: servern svarar inte (${e.code}). Kontrollera adressen och att PostgreSQL är igång.`;
			case 'ENOTFOUND':
			case 'EAI_AGAIN':
				return `Kan inte ansluta till ${where}: datornamnet finns inte (${e.code}). Kontrollera adressen i DATABASE_URL.`;
			case '28P01':
			case '28000':
				return `Kan inte logga in i ${where}: fel användare eller lösenord. Kontrollera användaren och lösenordet i DATABASE_URL.`;
			case '3D000':
				return `Kan inte ansluta: ${where} finns inte på servern. Skapa den (createdb) eller rätta namnet i DATABASE_URL.`;
			case 'ERR_INVALID_URL':
				return 'DATABASE_URL är ingen giltig adress (postgres://användare:lösenord@värd:port/databas).';
			case 'EACCES':
			case 'EROFS':
			case 'EPERM':
				return `Kan inte skriva i ${where} (${e.code}). Kontrollera katalogens rättigheter eller välj en annan med VERKSAM_DATA_DIR.`;
			case 'ENOTDIR':
			case 'EEXIST':
				return `Kan inte öppna ${where}: sökvägen är ingen katalog (${e.code}). Välj en katalog med VERKSAM_DATA_DIR.`;
		}
	}
	return null;
}

/** describeDatabaseProblem, or a line naming the error's message when the cause is not a usual one. */
export function databaseProblemLine(error: unknown): string {
	return describeDatabaseProblem(error) ?? `Kan inte öppna ${describeConfiguredDatabase()}: ${(error as Error)?.message ?? String(error)}`;
}
