import errorTemplate from '../../../error.html?raw';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => escapes[c]);

/**
 * The answer SvelteKit gives an `error(status, message)` thrown in a hook (its error page,
 * src/error.html, or JSON for the app's own fetches), for a hook that must add headers to it:
 * SvelteKit renders such an error after the hooks have returned, out of their reach.
 */
export function refusalResponse(request: Request, isDataRequest: boolean, status: number, message: string, headers: Record<string, string>): Response {
	const accept = request.headers.get('accept') ?? 'text/html';
	const wantsJson = isDataRequest || (accept.includes('application/json') && !accept.includes('text/html'));
	if (wantsJson) return Response.json({ message }, { status, headers });
	const html = errorTemplate.replaceAll('%sveltekit.status%', String(status)).replaceAll('%sveltekit.error.message%', escape(message));
	return new Response(html, { status, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } });
}
