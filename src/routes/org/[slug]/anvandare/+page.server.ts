import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { formValues, parseForm, refuseForm } from '$lib/forms/form-data';
import { id } from '$lib/server/validation';
import { actorOf } from '$lib/server/policies/actor';
import { roleNames } from '$lib/domain/access/roles';
import { getOrganisation } from '$lib/server/organisations/get-organisation';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { listOrganisations, type OrganisationNode } from '$lib/server/organisations/list-organisations';
import { listUsers } from '$lib/server/accounts/list-users';
import { createUser, createUserFields } from '$lib/server/accounts/create-user';
import { grantRoleByAdmin, grantRoleFields } from '$lib/server/accounts/grant-role-by-admin';
import { revokeRole } from '$lib/server/accounts/revoke-role';
import { resetPassword, resetPasswordFields } from '$lib/server/accounts/reset-password';
import { setUserDisabled } from '$lib/server/accounts/set-user-disabled';
import { endUserSessions } from '$lib/server/accounts/end-user-sessions';

/** The organisation and everything below it, in tree order, with its depth for indenting the choice. */
function subtree(nodes: OrganisationNode[], organisationId: number): { id: number; name: string; depth: number }[] {
	const flatten = (node: OrganisationNode, depth: number): { id: number; name: string; depth: number }[] => [
		{ id: node.id, name: node.name, depth },
		...node.children.flatMap((c) => flatten(c, depth + 1))
	];
	for (const node of nodes) {
		if (node.id === organisationId) return flatten(node, 0);
		const found = subtree(node.children, organisationId);
		if (found.length) return found;
	}
	return [];
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const context = await orNotFound(() => getOrganisation(db(), params.slug));
	const [users, tree] = await Promise.all([listUsers(db(), context.organisation.id), listOrganisations(db())]);
	return {
		organisation: context.organisation,
		trail: organisationTrail(context),
		users,
		organisationChoices: subtree(tree, context.organisation.id),
		selfId: locals.user?.id ?? null
	};
};

const newUserFields = createUserFields.extend({
	password: z.string().min(1, 'Skriv ett tillfälligt lösenord.')
});

const userIdField = z.object({ userId: id });
const grantIdField = z.object({ id });
const disabledFields = z.object({ userId: id, disabled: z.enum(['true', 'false']).transform((v) => v === 'true') });

export const actions: Actions = {
	createUser: async ({ request }) => {
		const values = formValues(await request.formData());
		const parsed = parseForm(newUserFields, { ...values, mustChangePassword: true });
		if (!parsed.ok) return parsed.failure;
		const result = await createUser(db(), parsed.data);
		if (!result.ok) return refuseForm({ ...values, password: '' }, result.errors);
		return {
			saved: `${result.value.displayName} (${result.value.username}) har fått ett konto. Ge personen en roll nedan.`,
			createdUsername: result.value.username
		};
	},
	grantRole: async (event) => {
		const values = formValues(await event.request.formData());
		const parsed = parseForm(grantRoleFields, values);
		if (!parsed.ok) return parsed.failure;
		const result = await grantRoleByAdmin(db(), actorOf(event.locals.user), parsed.data);
		if (!result.ok) return refuseForm(values, result.errors);
		return { saved: `${parsed.data.username} har fått rollen ${roleNames[parsed.data.role]}.` };
	},
	revokeRole: async (event) => {
		const values = formValues(await event.request.formData());
		const parsed = parseForm(grantIdField, values);
		if (!parsed.ok) return parsed.failure;
		const result = await revokeRole(db(), actorOf(event.locals.user), parsed.data.id);
		if (!result.ok) return refuseForm(values, result.errors);
		return { saved: 'Rollen är borttagen.' };
	},
	resetPassword: async (event) => {
		const values = formValues(await event.request.formData());
		const parsed = parseForm(resetPasswordFields, values);
		if (!parsed.ok) return parsed.failure;
		const result = await resetPassword(db(), actorOf(event.locals.user), parsed.data);
		if (!result.ok) return refuseForm({ ...values, password: '' }, result.errors);
		return { saved: 'Lösenordet är återställt. Personen är utloggad och väljer ett nytt lösenord vid nästa inloggning.' };
	},
	setDisabled: async (event) => {
		const values = formValues(await event.request.formData());
		const parsed = parseForm(disabledFields, values);
		if (!parsed.ok) return parsed.failure;
		const result = await setUserDisabled(db(), actorOf(event.locals.user), parsed.data.userId, parsed.data.disabled);
		if (!result.ok) return refuseForm(values, result.errors);
		return {
			saved: parsed.data.disabled
				? `${result.value.displayName}s konto är avstängt och alla inloggningar är avslutade.`
				: `${result.value.displayName}s konto är aktiverat.`
		};
	},
	signOutUser: async (event) => {
		const values = formValues(await event.request.formData());
		const parsed = parseForm(userIdField, values);
		if (!parsed.ok) return parsed.failure;
		const result = await endUserSessions(db(), actorOf(event.locals.user), parsed.data.userId);
		if (!result.ok) return refuseForm(values, result.errors);
		return { saved: `${result.value.displayName} är utloggad överallt.` };
	}
};
