import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { parseYear } from '$lib/forms/cascade-actions';
import { refuseForm } from '$lib/forms/form-data';
import { getOrganisation } from '$lib/server/organisations/get-organisation';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { actorOf } from '$lib/server/policies/actor';
import { importFileField, importOutcomes } from '$lib/server/followup/import-outcomes';
import { maxSheetBytes } from '$lib/server/followup/outcome-sheet-file';
import { periodTitle, reportPeriodFromSlug, reportPeriodSlug } from '$lib/domain/followup/report-periods';

function periodOf(slug: string) {
	const period = reportPeriodFromSlug(slug);
	if (!period) error(404, 'Sidan finns inte.');
	return period;
}

export const load: PageServerLoad = async ({ params }) => {
	const year = parseYear(params.year);
	const period = periodOf(params.period);
	const context = await orNotFound(() => getOrganisation(db(), params.slug));
	const title = periodTitle(period, year);
	return {
		organisation: { slug: context.organisation.slug, name: context.organisation.name, kind: context.organisation.kind },
		year,
		period,
		periodSlug: reportPeriodSlug(period),
		periodTitle: title,
		maxBytes: maxSheetBytes,
		trail: [...organisationTrail(context), { label: `Läs in utfall, ${title}` }]
	};
};

export const actions: Actions = {
	/** Reads the uploaded template; every bad row comes back with its row and column, and nothing is saved. */
	default: async ({ request, params, locals }) => {
		const year = parseYear(params.year);
		const period = periodOf(params.period);
		const form = await request.formData();
		const file = importFileField.safeParse(form.get('file'));
		if (!file.success) return refuseForm({ _form: 'import' }, { file: file.error.issues[0].message });
		const result = await orNotFound(async () =>
			importOutcomes(db(), {
				slug: params.slug,
				year,
				period,
				actor: actorOf(locals.user),
				file: new Uint8Array(await file.data.arrayBuffer())
			})
		);
		const fileName = file.data.name;
		switch (result.kind) {
			case 'refused':
				return refuseForm({ _form: 'import' }, { file: result.message });
			case 'invalid':
				return fail(400, { form: 'import', errors: {}, values: {}, fileName, rowErrors: result.errors });
			case 'imported':
				return { form: 'import', fileName, imported: { changed: result.changed, unchanged: result.unchanged, keptNewer: result.keptNewer } };
		}
	}
};
