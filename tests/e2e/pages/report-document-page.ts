import { DocumentPage } from './document-page';
import type { ReportSlug } from './report-editor-page';

/** /org/<unit>/<year>/rapport/<t1|t2|vb>/dokument: a unit's report as the committee reads it. */
export class ReportDocumentPage extends DocumentPage {
	async openReport(unitSlug: string, year: number, report: ReportSlug): Promise<this> {
		return this.goto(`/org/${unitSlug}/${year}/rapport/${report}/dokument`);
	}
}
