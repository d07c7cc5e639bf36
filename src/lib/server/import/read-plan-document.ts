import { parsePlanText, type PlanTextResult } from '../../domain/import/parse-plan-text';
import { refused, ok, type Result } from '../result';

// FIRST VERSION (issue 6): plain text only; the "readers" helper adds .docx and .pdf here.

/** The largest file read as a plan: real plans are well under 1 MB of text. */
export const MAX_PLAN_DOCUMENT_BYTES = 20 * 1024 * 1024;

/**
 * Reads a plan document as uploaded or named on the command line (plain text; Word and PDF to come)
 * into verksam-plan/1 with the parser's warnings. Refusals, under `file`, are Swedish sentences:
 * too large, not text, no plan found.
 */
export async function readPlanDocument(bytes: Uint8Array, fileName: string): Promise<Result<PlanTextResult>> {
	if (bytes.byteLength > MAX_PLAN_DOCUMENT_BYTES) return refused({ file: `Filen ${fileName} är för stor för en plan (mer än 20 MB).` });
	if (!/\.txt$/i.test(fileName)) return refused({ file: `Filen ${fileName} är inte en textfil (.txt). Spara dokumentet som oformaterad text.` });
	const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
	if (text.includes('\u0000')) return refused({ file: `Filen ${fileName} innehåller inte text (binär fil?).` });
	const result = parsePlanText(text);
	if (!result.file.plans.some((plan) => plan.goals.length > 0)) {
		return refused({ file: `Ingen plan hittades i ${fileName}: inga mål med rubriker som ”Nämndmål” eller ”Åtagande”.` });
	}
	return ok(result);
}
