import { describe, expect, it } from 'vitest';
import { cacheHeader, PageCache, pageCacheBytes, pageCacheKey, type PageRequest } from './page-cache';

const request: PageRequest = {
	url: 'http://127.0.0.1/org/familjeenheten/2026',
	userId: 7,
	locale: 'sv',
	cookies: [],
	day: '2026-12-02'
};

const page = (html: string, headers: Record<string, string> = {}, status = 200) =>
	new Response(html, { status, headers: { 'content-type': 'text/html', etag: '"abc"', ...headers } });

describe('pageCacheKey', () => {
	it('is the same for the same request, whatever the order of its cookies', () => {
		const a = pageCacheKey({ ...request, cookies: [{ name: 'lang', value: 'en' }, { name: 'x', value: '1' }] });
		const b = pageCacheKey({ ...request, cookies: [{ name: 'x', value: '1' }, { name: 'lang', value: 'en' }] });
		expect(a).toBe(b);
	});

	it('differs by everything a page depends on besides the database', () => {
		const key = pageCacheKey(request);
		expect(pageCacheKey({ ...request, userId: 8 })).not.toBe(key);
		expect(pageCacheKey({ ...request, locale: 'en' })).not.toBe(key);
		expect(pageCacheKey({ ...request, day: '2026-12-03' })).not.toBe(key);
		expect(pageCacheKey({ ...request, url: request.url + '?period=T1' })).not.toBe(key);
		expect(pageCacheKey({ ...request, url: 'http://127.0.0.1/org/familjeenheten/2026/__data.json' })).not.toBe(key);
		expect(pageCacheKey({ ...request, cookies: [{ name: 'verksam_import_summary', value: 'x' }] })).not.toBe(key);
	});
});

describe('PageCache', () => {
	it('gives a kept page again, byte for byte, while the snapshot is the same', async () => {
		const cache = new PageCache(1024 * 1024);
		const sent = await cache.keep('k', 's1', page('<p>Årsmål</p>', { 'x-sveltekit-page': 'true' }));
		expect(sent.headers.get(cacheHeader)).toBe('miss');
		expect(await sent.text()).toBe('<p>Årsmål</p>');

		const again = cache.lookup('k', 's1', null)!;
		expect(again.status).toBe(200);
		expect(again.headers.get(cacheHeader)).toBe('hit');
		expect(again.headers.get('etag')).toBe('"abc"');
		expect(again.headers.get('x-sveltekit-page')).toBe('true');
		expect(await again.text()).toBe('<p>Årsmål</p>');
		// Read twice: the kept bytes are not used up by the first answer.
		expect(await cache.lookup('k', 's1', null)!.text()).toBe('<p>Årsmål</p>');
	});

	it('forgets a page once the database has changed', async () => {
		const cache = new PageCache(1024 * 1024);
		await cache.keep('k', 's1', page('old'));
		expect(cache.lookup('k', 's2', null)).toBeUndefined();
		expect(cache.size).toBe(0);
		// Nor is it given for the old snapshot afterwards.
		expect(cache.lookup('k', 's1', null)).toBeUndefined();
	});

	it('answers 304 without a body when the browser already has the page', async () => {
		const cache = new PageCache(1024 * 1024);
		await cache.keep('k', 's1', page('body'));
		const answer = cache.lookup('k', 's1', '"abc"')!;
		expect(answer.status).toBe(304);
		expect(answer.body).toBeNull();
		expect(cache.lookup('k', 's1', '"other"')!.status).toBe(200);
	});

	it('keeps only answers that can be given again', async () => {
		const cache = new PageCache(1024 * 1024);
		const cases: Response[] = [
			page('with cookie', { 'set-cookie': 'verksam_import_summary=; Max-Age=0' }),
			page('not found', {}, 404),
			page('error', {}, 500),
			new Response(null, { status: 303, headers: { location: '/logga-in' } }),
			new Response('a file', { headers: { 'content-type': 'application/pdf' } })
		];
		for (const [i, response] of cases.entries()) {
			const sent = await cache.keep(`k${i}`, 's1', response);
			expect(sent).toBe(response);
			expect(cache.lookup(`k${i}`, 's1', null)).toBeUndefined();
		}
		expect(cache.size).toBe(0);
		// Page data (__data.json) is kept like a page.
		await cache.keep('data', 's1', new Response('{"type":"data"}', { headers: { 'content-type': 'application/json' } }));
		expect(await cache.lookup('data', 's1', null)!.text()).toBe('{"type":"data"}');
	});

	it('lets the least recently used page go when full', async () => {
		// Room for two pages of 400 bytes (and their one-letter keys), not three.
		const cache = new PageCache(900);
		await cache.keep('a', 's', page('a'.repeat(400)));
		await cache.keep('b', 's', page('b'.repeat(400)));
		cache.lookup('a', 's', null);
		await cache.keep('c', 's', page('c'.repeat(400)));
		expect(cache.lookup('b', 's', null)).toBeUndefined();
		expect(cache.lookup('a', 's', null)).toBeDefined();
		expect(cache.lookup('c', 's', null)).toBeDefined();
	});
});

describe('pageCacheBytes', () => {
	it('is 64 MB unless set, and off at 0 or a setting that is not a number', () => {
		expect(pageCacheBytes(undefined)).toBe(64 * 1024 * 1024);
		expect(pageCacheBytes('')).toBe(64 * 1024 * 1024);
		expect(pageCacheBytes('16')).toBe(16 * 1024 * 1024);
		expect(pageCacheBytes('0')).toBe(0);
		expect(pageCacheBytes('many')).toBe(0);
	});
});
