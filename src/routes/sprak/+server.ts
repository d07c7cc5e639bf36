import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, cookies }) => {
	const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'sv';
	cookies.set('lang', lang, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
	const to = url.searchParams.get('to') ?? '/';
	// Only local paths, never another site.
	redirect(303, to.startsWith('/') && !to.startsWith('//') ? to : '/');
};
