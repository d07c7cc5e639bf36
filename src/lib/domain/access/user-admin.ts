import { may, type Actor, type Grant } from './policy';
import type { OrganisationKind } from '../organisation/organisation';

/**
 * Which accounts an administrator may act on (reset a password, disable, sign out): only people
 * whose every role lies inside the administrator's own subtrees. Otherwise a committee's
 * administrator could take over the municipality administrator's account by resetting it.
 * Someone with no roles at all belongs to no subtree: only an administrator of a whole
 * municipality may act on them.
 */
export function mayManageUser(actor: Actor, userGrants: readonly Grant[]): boolean {
	if (!actor) return false;
	if (userGrants.length === 0) {
		return actor.grants.some((g) => g.role === 'admin' && g.path.length === 1);
	}
	// The kind does not matter for manageUsers; only where the grant sits does.
	const kind: OrganisationKind = 'unit';
	return userGrants.every((g) => may(actor, 'manageUsers', { path: g.path, kind }));
}

/** Whether taking away this grant would leave its holder without any administrator role. */
export function isLastAdminGrant(grants: readonly Grant[], removing: { organisationId: number; role: string }): boolean {
	if (removing.role !== 'admin') return false;
	return !grants.some((g) => g.role === 'admin' && g.organisationId !== removing.organisationId);
}
