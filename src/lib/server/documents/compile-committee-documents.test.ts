import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { createCommittee, createDepartment, createMunicipality, createPlan, createUnit } from '../testing/factories';
import { compileCommitteeDocuments, type CompilationStep } from './compile-committee-documents';
import { pdfText } from './testing/pdf-text';

describe.each(testDrivers)('a committee compilation (%s)', (driver) => {
	let database: Database;
	let db: Database['db'];
	let n = 0;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
		db = database.db;
	});
	afterAll(() => database?.close());

	/**
	 * Teststad → Norra nämnden → Familjeenheten, Socialtjänstavdelningen (→ Vuxenenheten, Solrosens
	 * förskola), Äldreenheten: created in that order, so that is the tree order (position 0, then id).
	 */
	async function city() {
		n += 1;
		const municipality = await createMunicipality(db, { name: 'Teststad', slug: `teststad-${n}` });
		const committee = await createCommittee(db, municipality, { name: 'Norra nämnden', slug: `norra-${n}` });
		const family = await createUnit(db, committee, { name: 'Familjeenheten', slug: `familj-${n}` });
		const department = await createDepartment(db, committee, { name: 'Socialtjänstavdelningen', slug: `social-${n}` });
		const adults = await createUnit(db, department, { name: 'Vuxenenheten', slug: `vuxen-${n}` });
		const preschool = await createUnit(db, department, { name: 'Solrosens förskola', slug: `solros-${n}` });
		const elderly = await createUnit(db, committee, { name: 'Äldreenheten', slug: `aldre-${n}` });
		return { municipality, committee, department, family, adults, preschool, elderly };
	}

	it('takes the units with a verksamhetsplan in tree order and names the others in the preface', async () => {
		const c = await city();
		// Created out of tree order, and one for another year, to show neither counts.
		await createPlan(db, { organisation: c.elderly, year: 2026 });
		await createPlan(db, { organisation: c.family, year: 2026 });
		await createPlan(db, { organisation: c.preschool, year: 2026 });
		await createPlan(db, { organisation: c.adults, year: 2025 });
		const steps: CompilationStep[] = [];
		const file = await compileCommitteeDocuments(db, { slug: c.committee.slug, year: 2026, kind: 'vp', format: 'pdf' }, (s) => steps.push(s));

		expect(file.included).toEqual(['Familjeenheten', 'Solrosens förskola', 'Äldreenheten']);
		expect(file.missing).toEqual(['Vuxenenheten']);
		expect(file.preface).toEqual(['Enheter utan verksamhetsplan 2026: Vuxenenheten.']);
		expect(file.title).toBe('Verksamhetsplaner 2026 – Norra nämnden');
		expect(file.fileName).toBe('verksamhetsplaner-2026-norra-namnden.pdf');
		expect(file.contentType).toBe('application/pdf');
		expect(Buffer.from(file.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
		// The file: the compilation's cover and contents, the preface, then each unit's document in tree order.
		const text = pdfText(file.bytes);
		const preface = text.indexOf('Enheter utan verksamhetsplan 2026: Vuxenenheten.');
		expect(text.indexOf('Verksamhetsplaner 2026 – Norra nämnden')).toBeGreaterThanOrEqual(0);
		expect(preface).toBeGreaterThan(text.indexOf('Innehållsförteckning'));
		const units = ['Familjeenheten', 'Solrosens förskola', 'Äldreenheten'].map((name) => text.indexOf(`Verksamhetsplan 2026 – ${name}`, preface));
		expect(units.every((at) => at > preface)).toBe(true);
		expect(units).toEqual(units.toSorted((a, b) => a - b));
		expect(text).not.toContain('Verksamhetsplan 2026 – Vuxenenheten');
		// One step after each unit's document is built, then the rendering.
		expect(steps).toEqual([
			{ phase: 'unit', done: 1, total: 3, unitName: 'Familjeenheten' },
			{ phase: 'unit', done: 2, total: 3, unitName: 'Solrosens förskola' },
			{ phase: 'unit', done: 3, total: 3, unitName: 'Äldreenheten' },
			{ phase: 'render', total: 3 }
		]);
	});

	it('compiles a report kind from the rows of that kind only, as Word', async () => {
		const c = await city();
		await createPlan(db, { organisation: c.family, year: 2026 });
		await createPlan(db, { organisation: c.adults, year: 2026 });
		await createPlan(db, { organisation: c.adults, year: 2026, kind: 'tertialrapport-1' });
		await createPlan(db, { organisation: c.elderly, year: 2026, kind: 'tertialrapport-2' });
		const file = await compileCommitteeDocuments(db, { slug: c.committee.slug, year: 2026, kind: 't1', format: 'docx' });

		expect(file.included).toEqual(['Vuxenenheten']);
		expect(file.missing).toEqual(['Familjeenheten', 'Solrosens förskola', 'Äldreenheten']);
		expect(file.preface).toEqual(['Enheter utan tertialrapport 1 2026: Familjeenheten, Solrosens förskola, Äldreenheten.']);
		expect(file.title).toBe('Tertialrapporter 1 2026 – Norra nämnden');
		expect(file.fileName).toBe('tertialrapporter-1-2026-norra-namnden.docx');
		// A .docx is a zip file: "PK".
		expect(Buffer.from(file.bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
	});

	it('compiles a department, and the municipality takes every committee’s units', async () => {
		const c = await city();
		const other = await createCommittee(db, c.municipality, { name: 'Södra nämnden', slug: `sodra-${n}` });
		const southern = await createUnit(db, other, { name: 'Södra förskolan', slug: `sodra-forskolan-${n}` });
		for (const unit of [c.family, c.adults, c.preschool, c.elderly, southern]) await createPlan(db, { organisation: unit, year: 2026, kind: 'verksamhetsberattelse' });

		const department = await compileCommitteeDocuments(db, { slug: c.department.slug, year: 2026, kind: 'vb', format: 'pdf' });
		expect(department.included).toEqual(['Vuxenenheten', 'Solrosens förskola']);
		expect(department.title).toBe('Verksamhetsberättelser 2026 – Socialtjänstavdelningen');

		const all = await compileCommitteeDocuments(db, { slug: c.municipality.slug, year: 2026, kind: 'vb', format: 'pdf' });
		expect(all.included).toEqual(['Familjeenheten', 'Vuxenenheten', 'Solrosens förskola', 'Äldreenheten', 'Södra förskolan']);
		expect(all.missing).toEqual([]);
		expect(all.preface).toEqual([]);
	});

	it('a committee without units gives a compilation that says so, and no unit steps', async () => {
		n += 1;
		const municipality = await createMunicipality(db, { name: 'Teststad', slug: `teststad-${n}` });
		const committee = await createCommittee(db, municipality, { name: 'Tomma nämnden', slug: `tomma-${n}` });
		const steps: CompilationStep[] = [];
		const file = await compileCommitteeDocuments(db, { slug: committee.slug, year: 2026, kind: 't2', format: 'pdf' }, (s) => steps.push(s));
		expect(file.included).toEqual([]);
		expect(file.missing).toEqual([]);
		expect(file.preface).toEqual(['Tomma nämnden har inga enheter.']);
		expect(steps).toEqual([{ phase: 'render', total: 0 }]);
		expect(Buffer.from(file.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
	});
});
