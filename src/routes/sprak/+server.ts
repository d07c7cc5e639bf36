import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { safeNext } from '$lib/server/auth/session-cookie';

export const GET: RequestHandler = ({ url, cookies }) => {
	const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'sv';
	cookies.set('lang', lang, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
	// Only local paths, never another site ("/\\evil.example" is another site to a browser).
	redirect(303, safeNext(url.searchParams.get('to')));
};
