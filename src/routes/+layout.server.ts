import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	locale: locals.locale,
	user: locals.user ? { username: locals.user.username, displayName: locals.user.displayName } : null,
	permissions: locals.permissions
});
