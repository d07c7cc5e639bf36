import type { DocumentModel } from './document-model';

// STUB (issue 5 foundation): the helper session "builder" replaces this file.
// Contract: planDocument accepts PlanView and FrozenPlanView (src/lib/server/plans/load-plan.ts,
// src/lib/server/workflow/get-plan-snapshot.ts); reportDocument accepts ReportView and FrozenReportView
// (src/lib/server/followup/load-report.ts), through structural types declared here (no server imports).

/** What a document's first page shows of a decision, when the caller knows it better than the view (a fastställd snapshot). */
export interface DocumentDecision {
	decidedOn: string;
	decidedBy: string;
	diaryNumber: string;
}

export interface DocumentOptions {
	decision?: DocumentDecision;
}

interface StubSource {
	title: string;
	organisation: { name: string };
}

/** A unit's (or committee's) verksamhetsplan as a document. */
export function planDocument(plan: StubSource, _options: DocumentOptions = {}): DocumentModel {
	return stub(plan);
}

/** A unit's report (T1, T2, VB) as a document. */
export function reportDocument(report: StubSource, _options: DocumentOptions = {}): DocumentModel {
	return stub(report);
}

function stub(source: StubSource): DocumentModel {
	return {
		title: source.title,
		subject: source.organisation.name,
		language: 'sv-SE',
		cover: { fields: [], organisation: source.organisation.name, issuer: '', title: source.title, decision: null, proposal: 'Förslag till beslut' },
		contents: null,
		body: [{ type: 'paragraph', text: source.title }],
		pageLabel: 'Sid'
	};
}
