import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { executeRows } from '../db/execute-rows';
import type { Role } from '../../domain/access/roles';

export interface ListedGrant {
	id: number;
	role: Role;
	organisation: { id: number; name: string; slug: string };
}

export interface ListedUser {
	id: number;
	username: string;
	displayName: string;
	email: string;
	disabled: boolean;
	mustChangePassword: boolean;
	lastSignInAt: Date | null;
	/** The user's roles inside the subtree only: what the administrator of that subtree is concerned with. */
	grants: ListedGrant[];
}

interface Row {
	id: number;
	username: string;
	display_name: string;
	email: string;
	disabled: boolean;
	must_change_password: boolean;
	last_sign_in_at: Date | string | null;
	grant_id: number | null;
	role: Role | null;
	organisation_id: number | null;
	organisation_name: string | null;
	organisation_slug: string | null;
}

/**
 * The people who hold a role anywhere in an organisation's subtree, with those roles (in tree
 * order), by name. For a municipality, people without any role are listed too, so a new account
 * can be found and given one. One query.
 */
export async function listUsers(db: DbOrTx, organisationId: number): Promise<ListedUser[]> {
	const rows = await executeRows<Row>(
		db,
		sql`
		with recursive down(id, sort) as (
			select o.id, array[o.position, o.id] from organisations o where o.id = ${organisationId}
			union all
			select o.id, down.sort || array[o.position, o.id] from organisations o join down on o.parent_id = down.id
		),
		granted as (
			select g.id as grant_id, g.user_id, g.role, o.id as organisation_id, o.name as organisation_name,
				o.slug as organisation_slug, down.sort
			from role_grants g join down on down.id = g.organisation_id join organisations o on o.id = g.organisation_id
		)
		select u.id, u.username, u.display_name, u.email, u.disabled, u.must_change_password, u.last_sign_in_at,
			granted.grant_id, granted.role, granted.organisation_id, granted.organisation_name, granted.organisation_slug
		from users u left join granted on granted.user_id = u.id
		where granted.grant_id is not null
			or ((select parent_id from organisations where id = ${organisationId}) is null
				and not exists (select 1 from role_grants g where g.user_id = u.id))
		order by u.id, granted.sort, granted.role`
	);
	const byId = new Map<number, ListedUser>();
	for (const r of rows) {
		const id = Number(r.id);
		let user = byId.get(id);
		if (!user) {
			user = {
				id,
				username: r.username,
				displayName: r.display_name,
				email: r.email,
				disabled: r.disabled,
				mustChangePassword: r.must_change_password,
				lastSignInAt: r.last_sign_in_at === null ? null : new Date(r.last_sign_in_at),
				grants: []
			};
			byId.set(id, user);
		}
		if (r.grant_id !== null && r.role !== null) {
			user.grants.push({
				id: Number(r.grant_id),
				role: r.role,
				organisation: { id: Number(r.organisation_id), name: r.organisation_name ?? '', slug: r.organisation_slug ?? '' }
			});
		}
	}
	const byName = new Intl.Collator('sv');
	return [...byId.values()].sort((a, b) => byName.compare(a.displayName, b.displayName) || a.id - b.id);
}
