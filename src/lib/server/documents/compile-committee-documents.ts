import { setImmediate as nextTurn } from 'node:timers/promises';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { plans } from '../db/schema';
import { loadScope } from '../followup/followup-scope';
import { loadPlan } from '../plans/load-plan';
import { loadReport } from '../followup/load-report';
import { renderApart } from './render-apart';
import { planDocument, reportDocument } from '../../domain/document/plan-document';
import { compileDocuments } from '../../domain/document/compile-documents';
import type { DocumentModel } from '../../domain/document/document-model';
import type { PlanKind } from '../../domain/interchange/plan-format';
import {
	compilationFileName,
	documentContentType,
	planKindOfCode,
	type DocumentKindCode,
	type RenderedFormat
} from '../../domain/document/document-file';
import { reportPeriodFromSlug } from '../../domain/followup/report-periods';
import { compilationTitle, planKindLabel } from '../../domain/plan/plan-title';

export interface CompileCommitteeInput {
	/** The committee (or department, or the municipality: every unit below it). */
	slug: string;
	year: number;
	kind: DocumentKindCode;
	format: RenderedFormat;
}

/**
 * Where a compilation is: `unit` after each unit's document is built ("Enhet 12 av 60: Solrosens
 * förskola"), then `render` once, while the whole is turned into a file.
 */
export type CompilationStep =
	| { phase: 'unit'; done: number; total: number; unitName: string }
	| { phase: 'render'; total: number };

export interface CompiledFile {
	bytes: Uint8Array;
	/** "verksamhetsplaner-2026-norrvikens-stadsdelsnamnd.pdf", as the single documents are named. */
	fileName: string;
	contentType: string;
	title: string;
	/** The units whose documents are in it, in tree order. */
	included: string[];
	/** The units below without a document of the kind (named in the preface). */
	missing: string[];
	/** The paragraphs after the compilation's cover. */
	preface: string[];
	/** The peak memory of the process the file was rendered in (not the server's). */
	renderPeakRssBytes: number;
}

/**
 * A committee's compilation: every unit's plan or report of a kind for a year in one document
 * with one table of contents, as PDF or Word. Units in tree order (as the committee's overview
 * lists them); those without a document of the kind are named in the preface. Each unit's view is
 * loaded, built into its document model and dropped before the next, so only the models (text)
 * are held while the units are read. Two queries plus each unit's own load.
 */
export async function compileCommitteeDocuments(
	db: DbOrTx,
	input: CompileCommitteeInput,
	onProgress: (step: CompilationStep) => void = () => {}
): Promise<CompiledFile> {
	const scope = await loadScope(db, input.slug);
	const { organisation, municipality } = scope.context;
	const planKind = planKindOfCode(input.kind);
	const period = reportPeriodFromSlug(input.kind);
	const units = scope.self.kind === 'unit' ? [scope.self] : scope.below.filter((o) => o.kind === 'unit');

	const withDocument = await unitsWithDocument(db, units.map((u) => u.id), input.year, planKind);
	const included = units.filter((u) => withDocument.has(u.id));
	const missing = units.filter((u) => !withDocument.has(u.id));

	const documents: DocumentModel[] = [];
	for (const [index, unit] of included.entries()) {
		documents.push(
			period === null
				? planDocument(await loadPlan(db, unit.slug, input.year, planKind))
				: reportDocument(await loadReport(db, unit.slug, input.year, period))
		);
		onProgress({ phase: 'unit', done: index + 1, total: included.length, unitName: unit.name });
		// Let the server answer other requests between units: on PGlite the queries resolve without
		// ever returning to the event loop, so the whole compilation would otherwise be one long turn.
		await nextTurn();
	}

	const title = compilationTitle(planKind, input.year, organisation.name);
	const issuer = organisation.id === municipality.id ? '' : municipality.name;
	const preface: string[] = [];
	const kindLabel = planKindLabel[planKind].toLowerCase();
	if (units.length === 0) preface.push(`${organisation.name} har inga enheter.`);
	else if (missing.length > 0) preface.push(`Enheter utan ${kindLabel} ${input.year}: ${missing.map((u) => u.name).join(', ')}.`);

	const model = compileDocuments({
		title,
		subject: issuer ? `${organisation.name}, ${issuer}` : organisation.name,
		cover: { fields: [], organisation: organisation.name, issuer, title, decision: null, proposal: null },
		preface,
		documents
	});
	// The unit models are in the compiled one now; let them go before the renderer builds its own.
	documents.length = 0;
	onProgress({ phase: 'render', total: included.length });
	// Apart from the server: seconds of layout and hundreds of MB for a large committee.
	const { bytes, peakRssBytes } = await renderApart(model, input.format);
	return {
		bytes,
		fileName: compilationFileName(planKind, input.year, organisation.name, input.format),
		contentType: documentContentType[input.format],
		title,
		included: included.map((u) => u.name),
		missing: missing.map((u) => u.name),
		preface,
		renderPeakRssBytes: peakRssBytes
	};
}

/** Which of the units have a document (a plans row) of the kind for the year: one query. */
async function unitsWithDocument(db: DbOrTx, unitIds: number[], year: number, kind: PlanKind): Promise<Set<number>> {
	if (unitIds.length === 0) return new Set();
	const rows = await db
		.select({ organisationId: plans.organisationId })
		.from(plans)
		.where(and(inArray(plans.organisationId, unitIds), eq(plans.year, year), eq(plans.kind, kind)));
	return new Set(rows.map((r) => r.organisationId));
}
