import type { DbOrTx } from '../db/client';
import { loadPlan } from '../plans/load-plan';
import { loadReport } from '../followup/load-report';
import { exportPlan } from '../interchange/export-plan';
import { refused, ok, type Result } from '../result';
import { renderDocumentFile, type DocumentFile } from './render-document-file';
import { planDocument, reportDocument } from '../../domain/document/plan-document';
import { reportPeriodFromSlug } from '../../domain/followup/report-periods';
import {
	documentContentType,
	documentFileName,
	planKindOfCode,
	type DocumentFormat,
	type DocumentKindCode
} from '../../domain/document/document-file';

export interface ExportDocumentInput {
	slug: string;
	year: number;
	kind: DocumentKindCode;
	format: DocumentFormat;
}

/**
 * An organisation's verksamhetsplan (vp) or a unit's report (t1, t2, vb) for a year as PDF, Word
 * (docx) or, for the plan, verksam-plan/1 JSON. Whatever the document page shows, the file holds:
 * a year without a plan gives the same empty document the page shows. Refused: a report of
 * anything but a unit (a committee's follow-up is its roll-up, as the report pages say), and a
 * report as JSON (verksam-plan/1 carries no outcomes or assessments). Throws NotFoundError for an
 * unknown organisation.
 */
export async function exportDocument(db: DbOrTx, input: ExportDocumentInput): Promise<Result<DocumentFile>> {
	const period = reportPeriodFromSlug(input.kind);
	const kind = planKindOfCode(input.kind);
	if (period === null) {
		if (input.format === 'json') {
			const file = await exportPlan(db, { slug: input.slug, year: input.year, kind });
			const [plan] = file.plans;
			return ok({
				filename: documentFileName(kind, input.year, plan.organisation ?? input.slug, 'json'),
				contentType: documentContentType.json,
				bytes: new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`),
				title: plan.title ?? ''
			});
		}
		const plan = await loadPlan(db, input.slug, input.year, kind);
		return ok(await renderDocumentFile(planDocument(plan), { kind, year: input.year, organisation: plan.organisation.name }, input.format));
	}
	if (input.format === 'json') {
		return refused({
			format: 'Tertialrapporter och verksamhetsberättelser kan inte exporteras som json: formatet verksam-plan/1 har inga utfall eller bedömningar. Välj pdf eller docx.'
		});
	}
	const report = await loadReport(db, input.slug, input.year, period);
	if (report.organisation.kind !== 'unit') {
		return refused({
			kind: `${report.organisation.name} är ingen enhet: tertialrapporter och verksamhetsberättelser skrivs av enheterna. Nämndens uppföljning finns under Uppföljning.`
		});
	}
	return ok(await renderDocumentFile(reportDocument(report), { kind, year: input.year, organisation: report.organisation.name }, input.format));
}
