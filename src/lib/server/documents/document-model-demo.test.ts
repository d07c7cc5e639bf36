import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase } from '../db/test-database';
import type { Database } from '../db/client';
import { planSnapshots, plans } from '../db/schema';
import { loadDemo } from '../demo/load-demo';
import { demoCity } from '../demo/demo-city';
import { loadPlan, type PlanView } from '../plans/load-plan';
import { loadReport, type ReportView } from '../followup/load-report';
import { getPlanSnapshot, type FrozenPlanView, type FrozenReportView } from '../workflow/get-plan-snapshot';
import { getOrganisation } from '../organisations/get-organisation';
import { planDocument, reportDocument, type PlanSource, type ReportSource } from '../../domain/document/plan-document';
import { goalLabel } from '../../domain/document/goal-label';
import type { Block, DocumentModel } from '../../domain/document/document-model';

/**
 * The document builder on the demo city's real views: live, frozen through JSON, and as a
 * fastställd version stored by the workflow. One driver: what is tested is the document model,
 * and both drivers' loadPlan and loadReport are tested elsewhere.
 */

const committee = demoCity.committees[0]!;
const familjeenheten = committee.units.find((u) => u.slug === 'familjeenheten')!;

function headings(doc: DocumentModel) {
	return doc.body.flatMap((b: Block) => (b.type === 'heading' ? [b] : []));
}

/** As a fastställd version stores a view: through JSON, timestamps as strings. */
function frozen<T>(view: T): T {
	return JSON.parse(JSON.stringify(view)) as T;
}

describe('the document builder’s inputs', () => {
	it('accepts the live and the frozen views of plans and reports', () => {
		expectTypeOf<PlanView>().toExtend<PlanSource>();
		expectTypeOf<FrozenPlanView>().toExtend<PlanSource>();
		expectTypeOf<ReportView>().toExtend<ReportSource>();
		expectTypeOf<FrozenReportView>().toExtend<ReportSource>();
		// And a plan is not taken for a report: it has no assessments or outcomes.
		expectTypeOf<PlanView>().not.toExtend<ReportSource>();
	});
});

describe('the demo city’s documents as a model', () => {
	let database: Database;
	let plan: PlanView;

	beforeAll(async () => {
		database = await createTestDatabase('pglite');
		await loadDemo(database.db);
		plan = await loadPlan(database.db, 'familjeenheten', 2026);
	}, 120_000);
	afterAll(async () => {
		await database?.close();
	});

	it('gives Familjeenheten’s 2026 plan its first page, its parts and its cascade as headings that never skip a level', () => {
		const doc = planDocument(plan);
		expect(doc.title).toBe('Verksamhetsplan 2026 – Familjeenheten');
		expect(doc.cover).toMatchObject({
			organisation: 'Familjeenheten',
			issuer: `${committee.name}, Exempelstad`,
			title: 'Verksamhetsplan 2026 – Familjeenheten',
			decision: null,
			proposal: 'Förslag till beslut'
		});
		expect(doc.cover.fields).toContainEqual({ label: 'Handläggare', value: familjeenheten.handler });
		const found = headings(doc);
		expect(found[0]).toEqual({ type: 'heading', level: 1, text: 'Inledning', contents: true });
		expect(found).toContainEqual({ type: 'heading', level: 2, text: 'Enhetens uppdrag', contents: true });
		expect(found).toContainEqual({ type: 'heading', level: 1, text: 'Redovisning av ekonomi', contents: true });
		expect(found).toContainEqual({ type: 'heading', level: 2, text: 'Utredning och placeringar', contents: true });
		// The top goals as the view has them, level 1, in order.
		const top = plan.cascade.map((g) => `${g.level.name}: ${goalLabel(g)}`);
		expect(top.length).toBeGreaterThan(0);
		expect(found.filter((h) => h.level === 1 && top.includes(h.text)).map((h) => h.text)).toEqual(top);
		// A heading is at most one level below the one before it.
		found.reduce((previous, h) => {
			expect(h.level).toBeLessThanOrEqual(previous + 1);
			return h.level;
		}, 0);
		expect(found.some((h) => h.level === 4)).toBe(true);
	});

	it('builds the same document from the plan frozen through JSON', () => {
		expect(planDocument(frozen(plan))).toEqual(planDocument(plan));
	});

	it('shows the decision of last year’s fastställd plan from its stored version', async () => {
		const { organisation } = await getOrganisation(database.db, 'familjeenheten');
		const [row] = await database.db
			.select({ id: planSnapshots.id })
			.from(planSnapshots)
			.innerJoin(plans, eq(plans.id, planSnapshots.planId))
			.where(and(eq(plans.organisationId, organisation.id), eq(plans.year, 2025), eq(plans.kind, 'verksamhetsplan')));
		const snapshot = await getPlanSnapshot(database.db, { snapshotId: row!.id, organisationId: organisation.id, year: 2025 });
		if (snapshot.kind !== 'verksamhetsplan') throw new Error('expected the plan’s snapshot');
		const doc = planDocument(snapshot.content, { decision: snapshot });
		expect(doc.cover.title).toBe('Verksamhetsplan 2025 – Familjeenheten');
		// The demo's committee decided all 2025 plans on 2025-01-23.
		expect(doc.cover.decision).toEqual([
			{ label: 'Beslutsdatum', value: '2025-01-23' },
			{ label: 'Beslutat av', value: committee.name },
			{ label: 'Diarienummer', value: snapshot.diaryNumber }
		]);
		expect(snapshot.diaryNumber).toMatch(/^NSN 2024\/\d+$/);
		expect(doc.cover.proposal).toBeNull();
		expect(headings(doc).length).toBeGreaterThan(10);
	});

	it('gives the 2025 verksamhetsberättelse its assessments, outcomes and budget follow-up, the same live and frozen', async () => {
		const report = await loadReport(database.db, 'familjeenheten', 2025, 'VB');
		const doc = reportDocument(report);
		expect(doc.title).toBe('Verksamhetsberättelse 2025 – Familjeenheten');
		// Fastställd by the committee on 2026-02-19 (the demo's workflow).
		expect(doc.cover.decision?.[0]).toEqual({ label: 'Beslutsdatum', value: '2026-02-19' });
		expect(doc.body.some((b) => b.type === 'labelled' && b.label === 'Bedömning' && b.tone !== undefined)).toBe(true);
		const tableColumns = doc.body.flatMap((b) => (b.type === 'table' ? [b.columns.map((c) => c.label).join(' | ')] : []));
		expect(tableColumns).toContain('Indikator | Utfall | Kvinnor | Män | Årsmål | KF:s årsmål | Måluppfyllelse');
		expect(tableColumns).toContain('Aktivitet | Startdatum | Slutdatum | Status | Kommentar');
		expect(tableColumns.some((c) => c.endsWith('| Utfall | Prognos | Avvikelse'))).toBe(true);
		expect(reportDocument(frozen(report))).toEqual(doc);
	});
});
