import { LRUCache } from 'lru-cache';

/**
 * Rendered pages kept for the user who asked, reused while the database is unchanged.
 *
 * Why: the unit plan page is ~130 kB of HTML from about seven queries; at a deadline a thousand
 * units and their committees open the same pages again and again, and rendering them again takes
 * most of the server's time. A page is kept with the database snapshot taken before it was
 * rendered (db/database-snapshot.ts) and given again only while the snapshot is the same text,
 * that is while nothing at all has been written: any committed change, by this process or
 * another, anywhere, makes every kept page old. Nothing is forgotten on a write, so no write path
 * can forget to invalidate.
 *
 * A page is kept per user (the page shows what the user may do), per language, per cookie (the
 * session's aside) and per day (some pages count days to a deadline), and only for the routes
 * below, whose loads read nothing but the database, the request and the date. A response that
 * sets a cookie is not kept.
 */

/** Route ids whose pages may be kept: loads that read only the database, the request and today's date. */
export const cacheableRoutes: ReadonlySet<string> = new Set([
	'/org/[slug]',
	'/org/[slug]/[year]',
	'/org/[slug]/[year]/oversikt',
	'/org/[slug]/[year]/ramverk',
	'/org/[slug]/[year]/rapport/[period=period]',
	'/org/[slug]/[year]/uppfoljning',
	'/org/[slug]/[year]/uppfoljning/matris',
	'/org/[slug]/[year]/uppfoljning/indikator/[id]'
]);

/** Response header telling whether a page came from the cache ("hit") or was rendered ("miss"), for operators and tests. */
export const cacheHeader = 'x-verksam-cache';

export interface PageRequest {
	/** The full request URL as sent (a page and its __data.json are kept apart). */
	url: string;
	userId: number;
	locale: string;
	/** The request's cookies other than the session's. */
	cookies: ReadonlyArray<{ name: string; value: string }>;
	/** Today's date in Stockholm (YYYY-MM-DD). */
	day: string;
}

/** The key a page is kept under: everything besides the database that the page depends on. */
export function pageCacheKey(request: PageRequest): string {
	const cookies = [...request.cookies]
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
		.map((c) => `${encodeURIComponent(c.name)}=${encodeURIComponent(c.value)}`)
		.join(';');
	return JSON.stringify([request.url, request.userId, request.locale, request.day, cookies]);
}

interface KeptPage {
	snapshot: string;
	status: number;
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
}

export class PageCache {
	private readonly pages: LRUCache<string, KeptPage>;

	/** `maxBytes`: the pages' bodies and keys together; the least recently used go first. */
	constructor(maxBytes: number) {
		this.pages = new LRUCache<string, KeptPage>({ maxSize: maxBytes, sizeCalculation: (page, key) => Math.max(1, page.body.byteLength + key.length) });
	}

	/**
	 * The page kept under `key` if it was rendered from the same snapshot, else undefined. With the
	 * browser's If-None-Match equal to the page's etag, an empty 304 as SvelteKit would answer.
	 */
	lookup(key: string, snapshot: string, ifNoneMatch: string | null): Response | undefined {
		const page = this.pages.get(key);
		if (!page) return undefined;
		if (page.snapshot !== snapshot) {
			this.pages.delete(key);
			return undefined;
		}
		const headers = new Headers(page.headers);
		headers.set(cacheHeader, 'hit');
		const etag = headers.get('etag');
		if (etag && ifNoneMatch === etag) return new Response(null, { status: 304, headers: { etag, [cacheHeader]: 'hit' } });
		return new Response(streamOf(page.body), { status: page.status, headers });
	}

	/**
	 * Keeps a rendered page under `key` with the snapshot taken before it was rendered, if it can
	 * be given again (200, HTML or page data, no cookie set), and returns it to be sent.
	 */
	async keep(key: string, snapshot: string, response: Response): Promise<Response> {
		const type = response.headers.get('content-type') ?? '';
		const keepable =
			response.status === 200 &&
			response.body !== null &&
			!response.headers.has('set-cookie') &&
			(type.startsWith('text/html') || type.startsWith('application/json'));
		if (!keepable) return response;
		const body = new Uint8Array(await response.arrayBuffer());
		const headers = [...response.headers].filter(([name]) => name !== cacheHeader);
		this.pages.set(key, { snapshot, status: response.status, headers, body });
		const sent = new Headers(headers);
		sent.set(cacheHeader, 'miss');
		return new Response(body, { status: response.status, headers: sent });
	}

	get size(): number {
		return this.pages.size;
	}
}

/**
 * The kept bytes as a stream: a Response made from the bytes themselves copies them first
 * (undici's extractBody), which took a fifth of the server's time for a 160 kB page.
 */
function streamOf(body: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array> {
	return new ReadableStream({
		start(controller) {
			controller.enqueue(body);
			controller.close();
		}
	});
}

/** The cache's size from VERKSAM_PAGE_CACHE_MB (64 MB unless set; 0 turns it off). */
export function pageCacheBytes(setting: string | undefined): number {
	const megabytes = setting === undefined || setting.trim() === '' ? 64 : Number(setting);
	return Number.isFinite(megabytes) && megabytes > 0 ? Math.floor(megabytes * 1024 * 1024) : 0;
}
