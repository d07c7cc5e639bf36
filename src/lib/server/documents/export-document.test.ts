import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { unzipSync } from 'fflate';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import * as factory from '../testing/factories';
import { createPerson } from '../testing/workflow-factories';
import { NotFoundError } from '../result';
import { submitPlan } from '../workflow/submit-plan';
import { approvePlan } from '../workflow/approve-plan';
import { parsePlanFile } from '../../domain/interchange/parse-plan-file';
import { planDocument, reportDocument } from '../../domain/document/plan-document';
import { exportDocument } from './export-document';
import { exportFrozenDocument } from './export-frozen-document';

// The builder as it is, watched: the fastställd version must hand it the decision.
vi.mock('../../domain/document/plan-document', async (original) => {
	const actual = await original<typeof import('../../domain/document/plan-document')>();
	return { ...actual, planDocument: vi.fn(actual.planDocument), reportDocument: vi.fn(actual.reportDocument) };
});

const decision = { decidedOn: '2026-02-12', decidedBy: 'Norra nämnden', diaryNumber: 'NO 2026/0042' };

const text = (bytes: Uint8Array, from: number, to: number) => new TextDecoder().decode(bytes.slice(from, to));

function expectPdf(bytes: Uint8Array) {
	expect(text(bytes, 0, 5)).toBe('%PDF-');
}

function expectDocx(bytes: Uint8Array) {
	const files = unzipSync(bytes);
	expect(Object.keys(files)).toContain('word/document.xml');
}

describe.each(testDrivers)('a plan or report as a file (%s)', (driver) => {
	let database: Database;
	let db: Database['db'];
	let city: Awaited<ReturnType<typeof factory.createTestCity>>;
	let snapshotId: number;

	beforeAll(async () => {
		database = await createTestDatabase(driver);
		db = database.db;
		city = await factory.createTestCity(db);
		const direction = await factory.createGoal(db, { organisation: city.municipality, number: '1', title: 'En stad för alla' });
		const committeeGoal = await factory.createGoal(db, { organisation: city.committee, parent: direction, number: '1.1', title: 'Tidiga insatser' });
		await factory.createGoal(db, { organisation: city.unit, parent: committeeGoal, title: 'Fler familjer får stöd tidigt' });
		await factory.createPlan(db, { organisation: city.unit, year: 2026, handler: 'Anna Berg' });
		const reviewer = await createPerson(db, { username: 'gustav', displayName: 'Gustav Granskare' });
		const step = { organisationId: city.unit.id, year: 2026, userId: reviewer.id };
		expect((await submitPlan(db, step)).ok).toBe(true);
		const approved = await approvePlan(db, step, decision);
		if (!approved.ok) throw new Error(JSON.stringify(approved.errors));
		snapshotId = approved.value.snapshotId;
	});
	afterAll(() => database?.close());

	it('renders the verksamhetsplan as PDF and as Word, named by kind, year and organisation', async () => {
		const pdf = await exportDocument(db, { slug: city.unit.slug, year: 2026, kind: 'vp', format: 'pdf' });
		if (!pdf.ok) throw new Error(JSON.stringify(pdf.errors));
		expect(pdf.value.filename).toBe('verksamhetsplan-2026-familjeenheten.pdf');
		expect(pdf.value.contentType).toBe('application/pdf');
		expect(pdf.value.title).toBe('Verksamhetsplan 2026 – Familjeenheten');
		expectPdf(pdf.value.bytes);

		const docx = await exportDocument(db, { slug: city.unit.slug, year: 2026, kind: 'vp', format: 'docx' });
		if (!docx.ok) throw new Error(JSON.stringify(docx.errors));
		expect(docx.value.filename).toBe('verksamhetsplan-2026-familjeenheten.docx');
		expect(docx.value.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
		expectDocx(docx.value.bytes);
	});

	it('renders a unit\'s reports; the verksamhetsberättelse\'s file name keeps its letters without the ä', async () => {
		const t1 = await exportDocument(db, { slug: city.unit.slug, year: 2026, kind: 't1', format: 'pdf' });
		if (!t1.ok) throw new Error(JSON.stringify(t1.errors));
		expect(t1.value.filename).toBe('tertialrapport-1-2026-familjeenheten.pdf');
		expect(t1.value.title).toBe('Tertialrapport 1 2026 – Familjeenheten');
		expectPdf(t1.value.bytes);
		const vb = await exportDocument(db, { slug: city.otherUnit.slug, year: 2026, kind: 'vb', format: 'docx' });
		if (!vb.ok) throw new Error(JSON.stringify(vb.errors));
		expect(vb.value.filename).toBe('verksamhetsberattelse-2026-vuxenenheten.docx');
		expectDocx(vb.value.bytes);
	});

	it('exports the plan as verksam-plan/1 JSON, and refuses a report as JSON', async () => {
		const json = await exportDocument(db, { slug: city.unit.slug, year: 2026, kind: 'vp', format: 'json' });
		if (!json.ok) throw new Error(JSON.stringify(json.errors));
		expect(json.value.filename).toBe('verksamhetsplan-2026-familjeenheten.json');
		expect(json.value.contentType).toBe('application/json; charset=utf-8');
		const parsed = parsePlanFile(JSON.parse(new TextDecoder().decode(json.value.bytes)));
		expect(parsed.ok && parsed.value.plans.map((p) => [p.title, p.handler, p.goals[0].goals[0].goals[0].title])).toEqual([
			['Verksamhetsplan 2026 – Familjeenheten', 'Anna Berg', 'Fler familjer får stöd tidigt']
		]);

		expect(await exportDocument(db, { slug: city.unit.slug, year: 2026, kind: 't2', format: 'json' })).toEqual({
			ok: false,
			errors: {
				format:
					'Tertialrapporter och verksamhetsberättelser kan inte exporteras som json: formatet verksam-plan/1 har inga utfall eller bedömningar. Välj pdf eller docx.'
			}
		});
	});

	it('refuses a committee\'s report, as the report pages do, but gives its plan', async () => {
		expect(await exportDocument(db, { slug: city.committee.slug, year: 2026, kind: 'vb', format: 'pdf' })).toEqual({
			ok: false,
			errors: {
				kind: 'Norra nämnden är ingen enhet: tertialrapporter och verksamhetsberättelser skrivs av enheterna. Nämndens uppföljning finns under Uppföljning.'
			}
		});
		const plan = await exportDocument(db, { slug: city.committee.slug, year: 2026, kind: 'vp', format: 'pdf' });
		expect(plan.ok && plan.value.filename).toBe('verksamhetsplan-2026-norra-namnden.pdf');
	});

	it('gives a year without a plan as the document page shows it (empty), and throws NotFoundError for an unknown organisation', async () => {
		const empty = await exportDocument(db, { slug: city.unit.slug, year: 2031, kind: 'vp', format: 'pdf' });
		if (!empty.ok) throw new Error(JSON.stringify(empty.errors));
		expect(empty.value.filename).toBe('verksamhetsplan-2031-familjeenheten.pdf');
		expectPdf(empty.value.bytes);
		await expect(exportDocument(db, { slug: 'finns-inte', year: 2026, kind: 'vp', format: 'pdf' })).rejects.toBeInstanceOf(NotFoundError);
		await expect(exportDocument(db, { slug: 'finns-inte', year: 2026, kind: 't1', format: 'docx' })).rejects.toBeInstanceOf(NotFoundError);
	});

	it('renders a fastställd version from its frozen content with its decision, named by the decision\'s date', async () => {
		vi.mocked(planDocument).mockClear();
		const pdf = await exportFrozenDocument(db, { snapshotId, organisationId: city.unit.id, year: 2026, format: 'pdf' });
		expect(pdf.filename).toBe('verksamhetsplan-2026-familjeenheten-faststalld-2026-02-12.pdf');
		expectPdf(pdf.bytes);
		expect(vi.mocked(planDocument).mock.calls.map(([content, options]) => [content.title, options])).toEqual([
			['Verksamhetsplan 2026 – Familjeenheten', { decision }]
		]);
		expect(vi.mocked(reportDocument)).not.toHaveBeenCalledWith(expect.anything(), { decision });

		const docx = await exportFrozenDocument(db, { snapshotId, organisationId: city.unit.id, year: 2026, format: 'docx' });
		expect(docx.filename).toBe('verksamhetsplan-2026-familjeenheten-faststalld-2026-02-12.docx');
		expectDocx(docx.bytes);
	});

	it('does not give another organisation\'s or year\'s fastställd version', async () => {
		await expect(exportFrozenDocument(db, { snapshotId, organisationId: city.otherUnit.id, year: 2026, format: 'pdf' })).rejects.toBeInstanceOf(NotFoundError);
		await expect(exportFrozenDocument(db, { snapshotId, organisationId: city.unit.id, year: 2025, format: 'pdf' })).rejects.toBeInstanceOf(NotFoundError);
	});
});
