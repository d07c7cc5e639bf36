import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase } from '../db/test-database';
import type { Database } from '../db/client';
import { loadDemo } from '../demo/load-demo';
import { loadPlan, type PlanGoal, type PlanView } from '../plans/load-plan';
import { loadReport, type ReportGoal, type ReportView } from '../followup/load-report';
import { planDocument, reportDocument } from '../../domain/document/plan-document';
import { renderPdf } from './render-pdf';
import { renderDocx } from './render-docx';
import { normalisedText, pdfText } from './testing/pdf-text';
import { translate } from '../../i18n/index';
import { activityStatusKey, fulfilmentKey } from '../../i18n/labels';

const run = promisify(execFile);

/**
 * The issue's proof, on the demo city's real content: the PDF of a unit's plan, read back by
 * poppler's pdftotext, holds every goal title, indicator, activity and budget label of the plan in
 * document order with å, ä, ö intact; LibreOffice opens our Word file and prints the same. The
 * expected sequence is read from the plan as loadPlan gives it (the data), never from a document.
 * One driver: what is tested is the documents, and both drivers' loadPlan are tested elsewhere.
 */

async function pageCount(pdf: Uint8Array, dir: string): Promise<number> {
	const file = join(dir, 'count.pdf');
	await writeFile(file, pdf);
	const { stdout } = await run('pdfinfo', [file]);
	return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
}

/** The first expected text not found after the one before it, or null when all come in order. */
function firstOutOfOrder(text: string, expected: string[]): string | null {
	let from = 0;
	for (const item of expected) {
		const at = text.indexOf(normalisedText(item), from);
		if (at < 0) return item;
		from = at + normalisedText(item).length;
	}
	return null;
}

function walk<T extends { children: T[] }>(goals: T[], visit: (goal: T) => void): void {
	for (const goal of goals) {
		visit(goal);
		walk(goal.children, visit);
	}
}

/** The plan's titles and labels in the order the document shows them. */
function planSequence(plan: PlanView): string[] {
	const sequence: string[] = [];
	if (plan.introduction.length > 0) sequence.push('Inledning', ...plan.introduction.map((s) => s.heading));
	walk<PlanGoal>(plan.cascade, (goal) => {
		sequence.push(goal.title);
		for (const indicator of goal.indicators.filter((i) => i.inPlan)) sequence.push(indicator.name);
		for (const activity of goal.activities) sequence.push(activity.title);
	});
	if (plan.budget.length > 0) sequence.push('Redovisning av ekonomi');
	for (const table of plan.budget) sequence.push(table.heading, ...table.columns, ...table.rows.map((r) => r.label), 'Netto');
	if (plan.other.length > 0) sequence.push('Övrigt', ...plan.other.map((s) => s.heading));
	return sequence;
}

/** A report's titles, assessments, outcomes' fulfilment and activities' status in document order. */
function reportSequence(report: ReportView): string[] {
	const sequence: string[] = [];
	walk<ReportGoal>(report.cascade, (goal) => {
		sequence.push(goal.title);
		if (goal.assessment) {
			sequence.push(translate('sv', fulfilmentKey[goal.assessment.level]));
			const analysis = goal.assessment.analysis.trim();
			if (analysis) sequence.push(analysis.split(/\s+/).slice(0, 6).join(' '));
		}
		for (const indicator of goal.indicators) sequence.push(indicator.name, translate('sv', fulfilmentKey[indicator.fulfilment.level]));
		for (const activity of goal.activities) {
			sequence.push(activity.title);
			if (activity.followup) sequence.push(translate('sv', activityStatusKey[activity.followup.status]));
		}
	});
	for (const table of report.budget) sequence.push(table.heading, 'Prognos', 'Avvikelse', ...table.rows.map((r) => r.label), 'Netto');
	return sequence;
}

describe('the demo city’s documents, read back', () => {
	let database: Database;
	let dir: string;
	let plan: PlanView;
	let pdf: Uint8Array;

	beforeAll(async () => {
		database = await createTestDatabase('pglite');
		await loadDemo(database.db);
		dir = await mkdtemp(join(tmpdir(), 'verksam-documents-'));
		plan = await loadPlan(database.db, 'familjeenheten', 2026);
		pdf = await renderPdf(planDocument(plan));
	}, 120_000);
	afterAll(async () => {
		await database?.close();
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	it('the plan’s PDF holds every goal title, indicator, activity and budget label in document order, å, ä and ö intact', async () => {
		const text = pdfText(pdf);
		const body = planSequence(plan);
		// The sequence is the plan's own, so check it is the rich plan the demo has, not an empty one.
		expect(body.length).toBeGreaterThan(40);
		expect(body).toContain('Utredning och placeringar');
		// The cover's title, the contents (whose first entry is Inledning), then the body from its Inledning.
		const expected = ['Verksamhetsplan 2026 – Familjeenheten', 'Förslag till beslut', 'Innehållsförteckning', 'Inledning', ...body];
		expect(firstOutOfOrder(text, expected)).toBeNull();
		for (const letter of ['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']) {
			const withLetter = expected.filter((item) => item.includes(letter));
			if (letter === letter.toLowerCase()) expect(withLetter.length, letter).toBeGreaterThan(0);
			for (const item of withLetter) expect(text).toContain(normalisedText(item));
		}
		expect(text).toMatch(/Sid 1 \(\d+\)/);
	});

	it('the plan’s PDF has a sensible number of A4 pages: the cover, the contents and a few pages of body', async () => {
		const pages = await pageCount(pdf, dir);
		// Six introduction texts of two paragraphs (about two pages), the cascade with its tables
		// (a few pages), three budget tables and the Övrigt texts (a page or two): 6–25 pages.
		expect(pages).toBeGreaterThanOrEqual(6);
		expect(pages).toBeLessThanOrEqual(25);
		const text = pdfText(pdf);
		expect(text).toContain(`Sid ${pages} (${pages})`);
	});

	it('LibreOffice turns the plan’s Word file into a PDF holding the same titles in the same order', async () => {
		const docx = join(dir, 'plan.docx');
		await writeFile(docx, await renderDocx(planDocument(plan)));
		const profile = await mkdtemp(join(tmpdir(), 'verksam-lo-'));
		try {
			await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 120_000 });
		} finally {
			await rm(profile, { recursive: true, force: true });
		}
		const text = pdfText(await readFile(join(dir, 'plan.pdf')));
		expect(firstOutOfOrder(text, ['Verksamhetsplan 2026 – Familjeenheten', 'Innehållsförteckning', 'Inledning', ...planSequence(plan)])).toBeNull();
	}, 180_000);

	it('the verksamhetsberättelse’s PDF adds assessments, analyses, outcomes’ fulfilment, activity status and the budget’s forecast and variance', async () => {
		const report = await loadReport(database.db, 'familjeenheten', 2025, 'VB');
		const sequence = reportSequence(report);
		// The demo's 2025 VB is fully reported: assessed goals, outcomes and activity status.
		expect(sequence).toContain('Uppfyllt');
		const text = pdfText(await renderPdf(reportDocument(report)));
		// Fastställd by the committee on 2026-02-19 (the demo's workflow): the cover shows the decision, not a proposal.
		expect(firstOutOfOrder(text, ['Verksamhetsberättelse 2025 – Familjeenheten', 'Beslutsdatum', '2026-02-19', 'Diarienummer', 'NSN 2026/', ...sequence])).toBeNull();
		expect(text).not.toContain('Förslag till beslut');
	});
});
