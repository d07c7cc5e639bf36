import { z } from 'zod';
import type { PlanKind } from '../interchange/plan-format';
import { reportKind, reportPeriodFromSlug, reportPeriodOfKind, reportPeriodSlug } from '../followup/report-periods';
import { planKindLabel, planKindPluralLabel } from '../plan/plan-title';
import { slugify } from '../organisation/organisation';

/**
 * A plan or report as a file to download or export: which document (vp, t1, t2, vb, as the CLI
 * and the report URLs name them), in which format, under which name.
 */

/** The verksamhetsplan ("vp") or a report by its URL name (t1, t2, vb: `reportPeriodSlug`). */
export const documentKindCodes = ['vp', 't1', 't2', 'vb'] as const;
export type DocumentKindCode = (typeof documentKindCodes)[number];

export const documentKindCode = z.enum(documentKindCodes, { message: 'Välj dokumentet vp, t1, t2 eller vb.' });

/** Formats a document is rendered in; json is the verksam-plan/1 export of a plan. */
export const documentFormats = ['pdf', 'docx', 'json'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/** The formats a document page offers for download (json is the CLI's and the interchange's). */
export const renderedFormats = ['pdf', 'docx'] as const;
export type RenderedFormat = (typeof renderedFormats)[number];

export function isRenderedFormat(value: string): value is RenderedFormat {
	return (renderedFormats as readonly string[]).includes(value);
}

export const documentContentType: Record<DocumentFormat, string> = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	json: 'application/json; charset=utf-8'
};

/** "vp" → verksamhetsplan, "t1" → tertialrapport-1 … */
export function planKindOfCode(code: DocumentKindCode): PlanKind {
	const period = reportPeriodFromSlug(code);
	return period ? reportKind[period] : 'verksamhetsplan';
}

/** verksamhetsplan → "vp", verksamhetsberattelse → "vb" … */
export function codeOfPlanKind(kind: PlanKind): DocumentKindCode {
	const period = reportPeriodOfKind(kind);
	return period ? (reportPeriodSlug(period) as DocumentKindCode) : 'vp';
}

/**
 * A readable file name that is safe everywhere (ASCII, no spaces):
 * "verksamhetsplan-2026-solrosens-forskola.pdf", "verksamhetsberattelse-2025-familjeenheten.docx";
 * a fastställd version names its decision's date, so it is not mistaken for the current document:
 * "verksamhetsplan-2026-solrosens-forskola-faststalld-2026-01-20.pdf".
 */
export function documentFileName(
	kind: PlanKind,
	year: number,
	organisationName: string,
	format: DocumentFormat,
	decidedOn?: string
): string {
	const decided = decidedOn ? ` fastställd ${decidedOn}` : '';
	return `${slugify(`${planKindLabel[kind]} ${year} ${organisationName}${decided}`)}.${format}`;
}

/** A committee's compilation: "verksamhetsplaner-2026-norrvikens-stadsdelsnamnd.pdf". */
export function compilationFileName(kind: PlanKind, year: number, organisationName: string, format: RenderedFormat): string {
	return `${slugify(`${planKindPluralLabel[kind]} ${year} ${organisationName}`)}.${format}`;
}
