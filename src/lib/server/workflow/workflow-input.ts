import { z } from 'zod';
import { requiredText } from '../validation';
import type { PlanKind } from '../../domain/interchange/plan-format';

/** Form fields of the workflow steps, with Swedish messages; the use cases parse with the same schemas. */

const isoDate = (message: string) =>
	z
		.string({ message })
		.trim()
		// A real calendar day: 2026-02-30 is refused, not moved to March.
		.refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().slice(0, 10) === s, message);

export const submitPlanFields = z.object({
	reason: z.string().trim().max(2000, 'Högst 2 000 tecken.').default('')
});

export const returnPlanFields = z.object({
	reason: requiredText('Skriv varför planen återremitteras, så att enheten vet vad som ska ändras.', 2000)
});

export const approvePlanFields = z.object({
	decidedOn: isoDate('Skriv beslutsdatumet som ÅÅÅÅ-MM-DD.'),
	decidedBy: requiredText('Skriv vem som fattade beslutet, till exempel nämndens namn.', 200),
	diaryNumber: requiredText('Skriv beslutets diarienummer.', 100)
});

export const reopenPlanFields = z.object({
	reason: requiredText('Skriv varför den fastställda planen öppnas igen.', 2000)
});

export type ApprovePlanFields = z.output<typeof approvePlanFields>;

/** A report's (T1, T2, VB) reasons, whose messages name the report; the use cases accept either. */
export const returnReportFields = z.object({
	reason: requiredText('Skriv varför rapporten återremitteras, så att enheten vet vad som ska ändras.', 2000)
});

export const reopenReportFields = z.object({
	reason: requiredText('Skriv varför den fastställda rapporten öppnas igen.', 2000)
});

/** The forms of the workflow's steps for a document of this kind. */
export function workflowFields(kind: PlanKind) {
	const report = kind !== 'verksamhetsplan';
	return {
		submit: submitPlanFields,
		return: report ? returnReportFields : returnPlanFields,
		approve: approvePlanFields,
		reopen: report ? reopenReportFields : reopenPlanFields
	};
}

/** Whose document (organisation, year, and which: the verksamhetsplan unless a report is named) and who acts. */
export interface PlanStep {
	organisationId: number;
	year: number;
	userId: number | null;
	kind?: PlanKind;
}
