import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/instance';
import { orNotFound } from '$lib/routing/not-found';
import { parseYear } from '$lib/forms/cascade-actions';
import { formValues, refuseForm } from '$lib/forms/form-data';
import { getOrganisation } from '$lib/server/organisations/get-organisation';
import { organisationTrail } from '$lib/server/organisations/organisation-trail';
import { actorOf } from '$lib/server/policies/actor';
import { zodFieldErrors } from '$lib/server/validation';
import { MAX_PLAN_DOCUMENT_BYTES, readPlanDocument } from '$lib/server/import/read-plan-document';
import { listPlanImportTargets } from '$lib/server/import/list-plan-import-targets';
import { confirmPlanImport } from '$lib/server/import/confirm-plan-import';
import { parsePlanFile } from '$lib/domain/interchange/parse-plan-file';
import type { PlanFile } from '$lib/domain/interchange/plan-format';
import type { ImportWarning } from '$lib/domain/import/warnings';
import { encodeImportSummary } from '$lib/domain/import/import-summary';
import { IMPORT_SUMMARY_COOKIE } from '$lib/server/import/import-summary-cookie';

/** What the preview shows, and what the confirm form carries back (the file as JSON text). */
export interface PlanImportPreview {
	fileName: string;
	file: PlanFile;
	json: string;
	warnings: ImportWarning[];
}

const fileField = z
	.instanceof(File, { message: 'Välj ett dokument att läsa in.' })
	.refine((f) => f.size > 0, { message: 'Välj ett dokument att läsa in (filen är tom).' });

const confirmFields = z.object({
	plan: z.coerce.number({ message: 'Välj en av planerna i dokumentet.' }).int('Välj en av planerna i dokumentet.').min(0, 'Välj en av planerna i dokumentet.'),
	organisation: z.string().trim().min(1, 'Välj en organisation.'),
	year: z.coerce
		.number({ message: 'Skriv året med fyra siffror.' })
		.int('Skriv året med fyra siffror.')
		.min(2000, 'Året måste vara mellan 2000 och 2100.')
		.max(2100, 'Året måste vara mellan 2000 och 2100.')
});

/** Only shown again, never stored: a bad list is dropped rather than refused. */
const carriedWarnings = z.array(z.object({ line: z.number().int(), message: z.string().max(2000) })).max(10_000);

/** The preview again from the confirm form's hidden fields, read with the format's schema; null when they do not hold a plan file. */
function previewFrom(values: Record<string, string>): PlanImportPreview | null {
	let file: unknown;
	let warnings: unknown;
	try {
		file = JSON.parse(values.json ?? '');
		warnings = JSON.parse(values.warnings ?? '[]');
	} catch {
		return null;
	}
	const parsed = parsePlanFile(file);
	if (!parsed.ok) return null;
	const readWarnings = carriedWarnings.safeParse(warnings);
	return {
		fileName: (values.fileName ?? '').slice(0, 255),
		file: parsed.value,
		json: values.json,
		warnings: readWarnings.success ? readWarnings.data : []
	};
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const year = parseYear(params.year);
	const context = await orNotFound(() => getOrganisation(db(), params.slug));
	return {
		organisation: { slug: context.organisation.slug, name: context.organisation.name },
		year,
		targets: await listPlanImportTargets(db(), actorOf(locals.user), year),
		maxBytes: MAX_PLAN_DOCUMENT_BYTES,
		trail: [...organisationTrail(context), { label: `Verksamhetsplan ${year}`, href: `/org/${params.slug}/${year}` }, { label: 'Importera från dokument' }]
	};
};

export const actions: Actions = {
	/** Reads the document and shows what it holds; nothing is written. */
	read: async ({ request }) => {
		const form = await request.formData();
		const file = fileField.safeParse(form.get('file'));
		if (!file.success) return refuseForm({ _form: 'read' }, { file: file.error.issues[0].message });
		const result = await readPlanDocument(new Uint8Array(await file.data.arrayBuffer()), file.data.name);
		if (!result.ok) return refuseForm({ _form: 'read' }, { file: result.errors.file ?? Object.values(result.errors).join(' ') });
		const preview: PlanImportPreview = {
			fileName: file.data.name,
			file: result.value.file,
			json: JSON.stringify(result.value.file),
			warnings: result.value.warnings
		};
		return { form: 'read', preview };
	},

	/** Stores the chosen plan into the chosen organisation and year, then shows it in the plan editor. */
	confirm: async ({ request, locals, cookies }) => {
		const values = formValues(await request.formData());
		// The carried file goes back as the preview, not among the typed values.
		const shown = Object.fromEntries(Object.entries(values).filter(([key]) => !['json', 'warnings', 'fileName'].includes(key)));
		const preview = previewFrom(values);
		const refuse = (errors: Record<string, string>) => refuseForm({ ...shown, _form: 'confirm' }, errors, { preview });
		const fields = confirmFields.safeParse(values);
		if (!fields.success) return refuse(zodFieldErrors(fields.error));
		const result = await confirmPlanImport(db(), {
			actor: actorOf(locals.user),
			json: values.json ?? '',
			planIndex: fields.data.plan,
			slug: fields.data.organisation,
			year: fields.data.year
		});
		if (!result.ok) {
			// A carried file that no longer reads has no preview to stand beside: back to step 1.
			if (result.errors.file && !preview) return fail(400, { form: 'read', errors: { file: result.errors.file }, values: {} });
			return refuse(result.errors);
		}
		// What came in and what to check, shown once on the plan page (a cookie survives the redirect, also without JavaScript).
		const { goals, indicators, warnings } = result.value;
		cookies.set(IMPORT_SUMMARY_COOKIE, encodeImportSummary({ goals, indicators }, warnings), {
			path: `/org/${result.value.slug}/${result.value.year}`,
			httpOnly: true,
			sameSite: 'lax',
			maxAge: 300
		});
		redirect(303, `/org/${result.value.slug}/${result.value.year}?importerad=1`);
	}
};
