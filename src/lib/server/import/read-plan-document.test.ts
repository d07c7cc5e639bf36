import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { createTestDatabase } from '../db/test-database';
import type { Database } from '../db/client';
import { loadDemo } from '../demo/load-demo';
import { loadPlan, type PlanGoal, type PlanView } from '../plans/load-plan';
import { exportDocument } from '../documents/export-document';
import { parsePeriodicity } from '../../domain/indicators/indicator';
import type { GoalDoc, PlanDoc } from '../../domain/interchange/plan-format';
import { MAX_PLAN_DOCUMENT_BYTES, readPlanDocument } from './read-plan-document';

/**
 * The strongest proof here: our own exporters write the demo unit's plan as Word and PDF, the
 * readers read them back, and what comes out is the plan as loadPlan gives it (the data, never a
 * document): every goal per level with number and title, every indicator of the plan with its
 * Årsmål, KF:s årsmål and periodicity, every activity with its dates, every budget row.
 */

interface Shape {
	label: string;
	number: string | null;
	title: string;
	indicators: [string, string | null, string | null, string | null, boolean][];
	activities: [string, string | null, string | null][];
	goals: Shape[];
}

// Swedish formats put a no-break space in "5,5 %"; text extraction gives a plain space, same meaning.
const orNull = (text: string | null) => (text === null || text.trim() === '' ? null : text.replace(/\s/g, ' '));

function fromData(goal: PlanGoal): Shape {
	return {
		label: goal.level.name,
		number: goal.number,
		title: goal.title,
		indicators: goal.indicators.filter((i) => i.inPlan).map((i) => [i.name, orNull(i.target), orNull(i.councilTarget), i.periodicity, i.genderSplit]),
		activities: goal.activities.map((a) => [a.title, a.start, a.end]),
		goals: goal.children.map(fromData)
	};
}

function fromDocument(goal: GoalDoc): Shape {
	return {
		label: goal.label,
		number: goal.number,
		title: goal.title,
		indicators: goal.indicators.map((i) => [i.name, orNull(i.annualTarget), orNull(i.councilTarget), parsePeriodicity(i.periodicity), i.genderSplit ?? false]),
		activities: goal.activities.map((a) => [a.title, a.start, a.end]),
		goals: goal.goals.map(fromDocument)
	};
}

function expectSamePlan(read: PlanDoc, plan: PlanView) {
	expect(read.goals.map(fromDocument)).toEqual(plan.cascade.map(fromData));
	expect(read.budget).toEqual(plan.budget.map((t) => ({ heading: t.heading, columns: t.columns, rows: t.rows.map((r) => ({ label: r.label, values: r.values })) })));
	expect(read.introduction.map((s) => s.heading)).toEqual(plan.introduction.map((s) => s.heading));
	expect(read.other.map((s) => s.heading)).toEqual(plan.other.map((s) => s.heading));
	expect(read.year).toBe(plan.year);
}

describe('our own Word and PDF documents, read back', () => {
	let database: Database;
	let plan: PlanView;
	const files: Record<'docx' | 'pdf', Uint8Array> = { docx: new Uint8Array(), pdf: new Uint8Array() };

	beforeAll(async () => {
		database = await createTestDatabase('pglite');
		await loadDemo(database.db);
		plan = await loadPlan(database.db, 'familjeenheten', 2026);
		for (const format of ['docx', 'pdf'] as const) {
			const file = await exportDocument(database.db, { slug: 'familjeenheten', year: 2026, kind: 'vp', format });
			if (!file.ok) throw new Error(JSON.stringify(file.errors));
			files[format] = file.value.bytes;
		}
	}, 120_000);
	afterAll(async () => {
		await database?.close();
	});

	it('the demo plan is a rich one (so the comparison below is not of empty lists)', () => {
		const all: PlanGoal[] = [];
		const walk = (goals: PlanGoal[]) => goals.forEach((g) => (all.push(g), walk(g.children)));
		walk(plan.cascade);
		expect(all.length).toBeGreaterThan(10);
		expect(all.some((g) => g.indicators.some((i) => i.inPlan))).toBe(true);
		expect(all.some((g) => g.activities.length > 0)).toBe(true);
		expect(plan.budget.length).toBeGreaterThan(0);
	});

	for (const format of ['docx', 'pdf'] as const) {
		it(`reads the ${format} back into the plan's goals, indicators, activities and budget`, async () => {
			// A misleading name: the content decides what the file is.
			const result = await readPlanDocument(files[format], 'plan.txt');
			if (!result.ok) throw new Error(JSON.stringify(result.errors));
			expect(result.value.file.plans).toHaveLength(1);
			expectSamePlan(result.value.file.plans[0], plan);
		});
	}
});

describe('files that are no plan', () => {
	const refusal = async (bytes: Uint8Array) => {
		const result = await readPlanDocument(bytes, 'fil');
		expect(result.ok).toBe(false);
		return result.ok ? '' : result.errors.file;
	};

	it('refuses empty, blank, binary, enormous and plan-less files with a Swedish sentence', async () => {
		expect(await refusal(new Uint8Array())).toBe('Filen fil är tom.');
		expect(await refusal(strToU8('  \n\n \t'))).toBe('Filen fil innehåller ingen text.');
		expect(await refusal(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]))).toMatch(/varken text, Word \(\.docx\) eller PDF/);
		expect(await refusal(new Uint8Array(MAX_PLAN_DOCUMENT_BYTES + 1))).toMatch(/för stor/);
		expect(await refusal(strToU8('Inköpslista\n\nmjölk\tägg\nsmör'))).toMatch(/^Ingen plan hittades i fil/);
	});

	it('refuses a zip that is no Word document, and a broken one', async () => {
		expect(await refusal(zipSync({ 'a.txt': strToU8('hej') }))).toBe('Filen fil är en zip-fil men inget Word-dokument (.docx).');
		expect(await refusal(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('Filen fil är en zip-fil men inget Word-dokument (.docx).');
	});

	it('refuses a broken PDF, a PDF without text and says so when pdftotext is missing', async () => {
		expect(await refusal(strToU8('%PDF-1.4\nskräp'))).toMatch(/kunde inte läsas: den är skadad/);
		expect(await refusal(strToU8(EMPTY_PAGE_PDF))).toMatch(/har ingen text, bara bilder/);
		const path = process.env.PATH;
		process.env.PATH = '/nonexistent';
		try {
			expect(await refusal(strToU8(EMPTY_PAGE_PDF))).toMatch(/pdftotext \(Poppler, paketet poppler-utils\) saknas/);
		} finally {
			process.env.PATH = path;
		}
	});

	it('reads Windows-1252 text as Swedish', async () => {
		// "Nämndmål: Målet" in Windows-1252: ä = 0xE4, å = 0xE5.
		const bytes = Uint8Array.from([...'N', 0xe4, ...'mndm', 0xe5, ...'l: M', 0xe5, ...'let'].map((c) => (typeof c === 'string' ? c.charCodeAt(0) : c)));
		const result = await readPlanDocument(bytes, 'fil.txt');
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		expect(result.value.file.plans[0].goals.map((g) => [g.label, g.title])).toEqual([['Nämndmål', 'Målet']]);
	});
});

/** One empty A4 page: a valid PDF with no text (the xref offsets are not checked by poppler for so small a file). */
const EMPTY_PAGE_PDF = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;
