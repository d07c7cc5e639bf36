import { formatNumber } from '../../domain/format/number';

export type BodyRefusal = { status: 400 | 413; message: string };

/** The content types a browser's form sends; SvelteKit runs form actions for them. */
const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

const megabytes = (bytes: number) => formatNumber(bytes / 1024 / 1024, bytes < 1024 * 1024 ? 1 : 0);

export const bodyMessages = {
	tooLarge: (limit: number) => `Det du skickade är för stort. Här tas högst ${megabytes(limit)} MB emot.`,
	unreadable: 'Formuläret kunde inte läsas. Ladda om sidan och försök igen.'
};

/**
 * Reads at most `limit` bytes of a stream; null as soon as there are more. Counting what arrives,
 * not what Content-Length claims, also catches a chunked body or a lying header.
 */
async function readAtMost(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
	const reader = body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			// Not awaited: cancelling one branch of a tee (request.clone()) settles only when the other is cancelled too.
			void reader.cancel().catch(() => {});
			return null;
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}

/**
 * Reads and discards a body that will not be used (the request is refused before any action reads
 * it), up to `limit` bytes, so the client that is still sending gets the refusal and not a reset
 * connection. A body over the limit is left unread: that connection may be cut. Whether the
 * whole body was read (false: the connection is of no use for a next request).
 */
export async function drainRequestBody(request: Request, limit: number): Promise<boolean> {
	if (!request.body || request.bodyUsed) return true;
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > limit) return false;
	try {
		return (await readAtMost(request.body, limit)) !== null;
	} catch {
		// A body that broke off: nothing more to read.
		return true;
	}
}

/**
 * Whether a request's body may go on to the route: not larger than `limit` (declared or
 * streamed), and, if it says it is a form, one that parses. An action would otherwise fail with
 * a server error on reading it (a broken multipart body, text/plain, a body cut off at the limit).
 * Reads a copy of the body: the route reads the request as sent.
 */
export async function checkRequestBody(request: Request, limit: number): Promise<BodyRefusal | null> {
	if (!request.body) return null;
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > limit) return { status: 413, message: bodyMessages.tooLarge(limit) };
	let bytes: Uint8Array<ArrayBuffer> | null;
	try {
		bytes = await readAtMost(request.clone().body!, limit);
	} catch (error) {
		// adapter-node's own limit (BODY_SIZE_LIMIT) ends the stream with 413; anything else is a body that broke off.
		const status = (error as { status?: number }).status;
		return status === 413 ? { status: 413, message: bodyMessages.tooLarge(limit) } : { status: 400, message: bodyMessages.unreadable };
	}
	if (bytes === null) return { status: 413, message: bodyMessages.tooLarge(limit) };
	const type = request.headers.get('content-type') ?? '';
	if (formTypes.some((t) => type.toLowerCase().startsWith(t))) {
		try {
			await new Response(bytes, { headers: { 'content-type': type } }).formData();
		} catch {
			return { status: 400, message: bodyMessages.unreadable };
		}
	}
	return null;
}
