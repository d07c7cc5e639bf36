import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GoldenPlan } from '../../domain/import/golden/golden-plan';
import { hagerstenLiljeholmenBestallarenheten2013 } from '../../domain/import/golden/hagersten-liljeholmen-bestallarenheten-2013';
import { kungsholmenVuxenenheten2014 } from '../../domain/import/golden/kungsholmen-vuxenenheten-2014';
import { toGolden } from '../../domain/import/to-golden';
import { readPlanDocument } from './read-plan-document';
import type { PlanDoc } from '../../domain/interchange/plan-format';

/**
 * The Stockholm seeds as municipal PDFs (./fixtures, made by fixtures/make-seed-pdfs.ts with
 * LibreOffice): running header and "Sida N av M" footer on every page, tables whose names wrap
 * onto three to six lines, header rows repeated across page breaks, values beside a name's first
 * line (Kungsholmen) or centred in the row, often on a line of their own (Hägersten). Read with
 * poppler, they must give what the goldens, written by hand from the documents, say.
 */
describe.each([kungsholmenVuxenenheten2014, hagerstenLiljeholmenBestallarenheten2013])('the PDF of seed $seed against its golden', (golden: GoldenPlan) => {
	const pdf = golden.seed.replace(/\.txt$/, '.pdf');
	let plan: Promise<PlanDoc> | null = null;
	// Read once per seed (pdftotext runs once), shared by the tests below.
	const read = () => (plan ??= readPdf());
	const readPdf = async () => {
		const bytes = new Uint8Array(readFileSync(new URL(`./fixtures/${pdf}`, import.meta.url)));
		const result = await readPlanDocument(bytes, pdf);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		expect(result.value.file.plans).toHaveLength(1);
		return result.value.file.plans[0];
	};

	it('has the title, organisation and year', async () => {
		const doc = await read();
		expect({ title: doc.title, organisation: doc.organisation, year: doc.year }).toEqual({
			title: golden.title,
			organisation: golden.organisation,
			year: golden.year
		});
	});

	it('has every goal per level with label, number and title, and every indicator and activity', async () => {
		expect((await read()).goals.map(toGolden)).toEqual(golden.goals);
	});

	it('has the budget rows', async () => {
		expect((await read()).budget).toEqual(golden.budget);
	});

	it('has the introduction and other headings and the attachments', async () => {
		const doc = await read();
		expect(doc.introduction.map((s) => s.heading)).toEqual(golden.introductionHeadings);
		expect(doc.other.map((s) => s.heading)).toEqual(golden.otherHeadings);
		expect(doc.attachments).toEqual(golden.attachments);
	});
});
