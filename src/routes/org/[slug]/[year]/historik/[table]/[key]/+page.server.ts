import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { parseYear } from '$lib/forms/cascade-actions';
import { formValues, refuseForm } from '$lib/forms/form-data';
import { id } from '$lib/server/validation';
import { getOrganisation } from '$lib/server/organisations/get-organisation';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { listItemHistory } from '$lib/server/history/list-item-history';
import { restoreItemVersion } from '$lib/server/history/restore-item-version';
import { itemTables } from '$lib/domain/history/tables';
import { returnsToEarlier } from '$lib/domain/history/describe-change';
import { changeView } from '$lib/domain/history/change-view';

/** Only the tables with a history page; a key is a row id, or "indicatorId:organisationId" for a target. */
const itemParams = z.object({
	table: z.enum(itemTables),
	key: z.string().regex(/^\d{1,10}(:\d{1,10})?$/)
});

function item(params: Record<string, string>) {
	const parsed = itemParams.safeParse(params);
	if (!parsed.success) error(404, 'Sidan finns inte.');
	return { ...parsed.data, year: parseYear(params.year) };
}

/** One item's versions, newest first, each with what changed; earlier versions can be restored. */
export const load: PageServerLoad = async ({ params }) => {
	const { table, key, year } = item(params);
	const context = await orNotFound(() => getOrganisation(db(), params.slug));
	const entries = await orNotFound(() => listItemHistory(db(), { organisationId: context.organisation.id, year, table, rowKey: key }));
	const back = returnsToEarlier(table, entries);
	const views = entries.map(changeView);
	const whenOf = new Map(views.map((v) => [v.id, v.when]));
	const latest = entries[entries.length - 1];
	const deleted = latest.operation === 'delete';
	const versions = views
		.map((view) => ({
			...view,
			returnsTo: back.has(view.id) ? (whenOf.get(back.get(view.id)!) ?? null) : null,
			current: view.id === latest.id && !deleted,
			// A removal, and any version of a removed item, cannot be brought back (see restoreItemVersion).
			restorable: !deleted && view.operation !== 'delete' && view.id !== latest.id
		}))
		.reverse();
	const latestView = views[views.length - 1];
	return {
		organisation: { name: context.organisation.name, slug: context.organisation.slug, kind: context.organisation.kind },
		year,
		table,
		key,
		title: latestView.title || latestView.rowKey,
		tableLabel: latestView.tableLabel,
		deleted,
		versions,
		trail: organisationTrail(context)
	};
};

export const actions: Actions = {
	restoreVersion: async ({ request, params, locals }) => {
		const { table, key, year } = item(params);
		const values = formValues(await request.formData());
		const changeId = id.safeParse(values.changeId);
		if (!changeId.success) error(404, 'Versionen finns inte.');
		// The guard loaded the organisation in the URL and judged the policy on it (and the year's plan status).
		const organisationId = locals.target!.organisationId;
		const result = await orNotFound(() => restoreItemVersion(db(), { organisationId, year, table, rowKey: key, changeId: changeId.data }));
		if (!result.ok) return refuseForm({ ...values, _form: `restore-${changeId.data}` }, result.errors);
		return {
			saved: result.value.restored ? 'Versionen är återställd.' : 'Posten har redan innehållet i den versionen.'
		};
	}
};
