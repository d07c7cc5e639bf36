import type { Actor } from '../../domain/access/policy';
import type { SignedInUser } from '../auth/validate-session';

/** Who the policy is asked about: the signed-in user with their grants, or null. */
export function actorOf(user: SignedInUser | null): Actor {
	return user ? { userId: user.id, grants: user.grants } : null;
}
