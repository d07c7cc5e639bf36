import type { DbOrTx } from '../db/client';
import { importPlan } from '../interchange/import-plan';
import { loadTarget } from '../policies/load-target';
import { ok, refused, type Result } from '../result';
import { may, type Actor } from '../../domain/access/policy';
import { parsePlanFile } from '../../domain/interchange/parse-plan-file';
import { summaryCounts } from '../../domain/import/import-summary';

export interface ConfirmPlanImportInput {
	actor: Actor;
	/** The verksam-plan/1 file the preview showed, as JSON text from the form: checked again, never trusted. */
	json: string;
	/** Which of the file's plans (0-based). */
	planIndex: number;
	/** Where it goes: the chosen organisation and year. */
	slug: string;
	year: number;
}

export interface ConfirmedPlanImport {
	planId: number;
	slug: string;
	year: number;
	/** Goals at every level and indicators of the stored plan's document. */
	goals: number;
	indicators: number;
	warnings: string[];
}

/**
 * Stores one plan of a previewed plan document into the chosen organisation's empty plan for the
 * chosen year (importPlan: one transaction). The file comes back from the browser, so it is read
 * with the format's schema again, and the actor must be allowed to edit that organisation's plan
 * that year (editPlan), whatever page the form was on. Refusals are keyed by the confirm form's
 * fields: `file` (the carried file), `plan`, `organisation`, `year`.
 */
export async function confirmPlanImport(db: DbOrTx, input: ConfirmPlanImportInput): Promise<Result<ConfirmedPlanImport>> {
	let json: unknown;
	try {
		json = JSON.parse(input.json);
	} catch {
		return refused({ file: 'Förhandsgranskningen gick inte att läsa. Läs in dokumentet igen.' });
	}
	const file = parsePlanFile(json);
	if (!file.ok) return refused({ file: `Förhandsgranskningen gick inte att läsa (${file.errors.file}). Läs in dokumentet igen.` });
	const doc = file.value.plans[input.planIndex];
	if (!doc) return refused({ plan: 'Välj en av planerna i dokumentet.' });

	const target = await loadTarget(db, { slug: input.slug }, input.year);
	if (!target) return refused({ organisation: 'Välj en organisation i listan.' });
	if (!may(input.actor, 'editPlan', target)) {
		return refused({ organisation: `Du får inte ändra verksamhetsplanen ${input.year} för den valda organisationen.` });
	}

	const result = await importPlan(db, { slug: input.slug, year: input.year, doc });
	if (!result.ok) {
		// importPlan names the plan (not empty), the document (framework mismatch) or the year.
		const { plan, doc: docError, organisation, year, ...rest } = result.errors;
		return refused({
			...rest,
			...(plan || docError ? { form: [plan, docError].filter(Boolean).join(' ') } : {}),
			...(organisation ? { organisation } : {}),
			...(year ? { year } : {})
		});
	}
	return ok({ planId: result.value.planId, slug: input.slug, year: input.year, ...summaryCounts(doc.goals), warnings: result.value.warnings });
}
