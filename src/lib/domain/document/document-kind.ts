import type { PlanKind } from '../interchange/plan-format';
import { reportKind, reportPeriodFromSlug, type ReportPeriod } from '../followup/report-periods';

/**
 * Which of a year's documents, as forms, URLs and the command line name it: the verksamhetsplan
 * (vp) or a report (t1, t2, vb, as the report pages' URLs).
 */
export const documentKinds = ['vp', 't1', 't2', 'vb'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export function isDocumentKind(value: unknown): value is DocumentKind {
	return typeof value === 'string' && (documentKinds as readonly string[]).includes(value);
}

/** The report a kind names, or null for the verksamhetsplan. */
export function documentPeriod(kind: DocumentKind): ReportPeriod | null {
	return kind === 'vp' ? null : reportPeriodFromSlug(kind);
}

/** The plans row's kind the document is stored as. */
export function documentPlanKind(kind: DocumentKind): PlanKind {
	const period = documentPeriod(kind);
	return period === null ? 'verksamhetsplan' : reportKind[period];
}

export const documentFormats = ['pdf', 'docx'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/** A file's media type and extension by format. */
export const documentFormatFile: Record<DocumentFormat, { contentType: string; extension: string }> = {
	pdf: { contentType: 'application/pdf', extension: 'pdf' },
	docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' }
};
