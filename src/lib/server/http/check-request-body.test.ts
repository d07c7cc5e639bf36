import { describe, expect, it } from 'vitest';
import { checkRequestBody, drainRequestBody } from './check-request-body';
import { bodyLimitOf, formBodyBytes, largestBodyBytes } from './body-limits';

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
	new Request('http://localhost/org/x/2026?/saveGoal', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

const urlencoded = { 'content-type': 'application/x-www-form-urlencoded' };

/** A body sent in pieces, without Content-Length (chunked). */
function streamed(pieces: number, pieceBytes: number): ReadableStream<Uint8Array> {
	let sent = 0;
	return new ReadableStream({
		pull(controller) {
			if (sent++ === pieces) controller.close();
			else controller.enqueue(new Uint8Array(pieceBytes).fill(0x61));
		}
	});
}

describe('checkRequestBody', () => {
	it('lets a form within the limit through, and the route still reads it whole', async () => {
		const request = post('title=M%C3%A5l+1&version=3', urlencoded);
		expect(await checkRequestBody(request, 100)).toBeNull();
		expect(Object.fromEntries(await request.formData())).toEqual({ title: 'Mål 1', version: '3' });
	});

	it('refuses a body whose Content-Length is over the limit without reading it, in Swedish', async () => {
		const request = post('x=1', { ...urlencoded, 'content-length': String(2 * 1024 * 1024) });
		expect(await checkRequestBody(request, 1024 * 1024)).toEqual({ status: 413, message: 'Det du skickade är för stort. Här tas högst 1 MB emot.' });
		// Not read: the route could still read it (it never gets to).
		expect(request.bodyUsed).toBe(false);
	});

	it('refuses a body that streams past the limit without a Content-Length', async () => {
		// 5 pieces of 300 bytes = 1 500 bytes > 1 000.
		expect((await checkRequestBody(post(streamed(5, 300), urlencoded), 1000))?.status).toBe(413);
		// 3 pieces of 300 bytes = 900 bytes: through.
		expect(await checkRequestBody(post(streamed(3, 300), urlencoded), 1000)).toBeNull();
	});

	it('refuses a form that does not parse: broken multipart, text/plain', async () => {
		const broken = post('--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nno end', { 'content-type': 'multipart/form-data; boundary=xyz' });
		expect(await checkRequestBody(broken, 1000)).toEqual({ status: 400, message: 'Formuläret kunde inte läsas. Ladda om sidan och försök igen.' });
		expect((await checkRequestBody(post('a=1', { 'content-type': 'text/plain' }), 1000))?.status).toBe(400);
	});

	it('leaves other content types to the route (SvelteKit refuses them for actions with 415)', async () => {
		expect(await checkRequestBody(post('{"a":1}', { 'content-type': 'application/json' }), 1000)).toBeNull();
	});

	it('gives uploads their own limits and everything else 1 MB', () => {
		expect(formBodyBytes).toBe(1_048_576);
		// 5 MB spreadsheet + 256 kB for the rest of the multipart body.
		expect(bodyLimitOf('/org/[slug]/[year]/utfall/[period=period]/import')).toBe(5_505_024);
		// 20 MB plan document + 256 kB.
		expect(bodyLimitOf('/org/[slug]/[year]/importera')).toBe(21_233_664);
		expect(largestBodyBytes).toBe(21_233_664);
		expect(bodyLimitOf('/org/[slug]/[year]')).toBe(1_048_576);
		expect(bodyLimitOf(null)).toBe(1_048_576);
	});

	describe('drainRequestBody', () => {
		it('reads a refused body within the limit to its end, so the client that sent it gets the answer', async () => {
			// 3 pieces of 300 bytes = 900 bytes <= 1 000: all read.
			const request = post(streamed(3, 300), urlencoded);
			expect(await drainRequestBody(request, 1000)).toBe(true);
			expect(request.bodyUsed).toBe(true);
		});

		it('leaves a body alone whose Content-Length is over the limit, and says it is left unread', async () => {
			const request = post('x=1', { ...urlencoded, 'content-length': String(2000) });
			expect(await drainRequestBody(request, 1000)).toBe(false);
			expect(request.bodyUsed).toBe(false);
		});

		it('stops reading a body that streams past the limit, and says the rest is left unread', async () => {
			// 100 pieces of 300 bytes: reading stops after the fourth (1 200 bytes > 1 000); it does not hang or throw.
			await expect(drainRequestBody(post(streamed(100, 300), urlencoded), 1000)).resolves.toBe(false);
		});
	});
});
