import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { goals, plans } from '../db/schema';
import { createGoal, createPlan, createTestCity } from '../testing/factories';
import { actorFor, createTestUser } from '../testing/account-factories';
import { confirmPlanImport } from './confirm-plan-import';
import { listPlanImportTargets } from './list-plan-import-targets';
import type { GoalDoc, PlanFile } from '../../domain/interchange/plan-format';
import { readFileSync } from 'node:fs';
import { readPlanDocument } from './read-plan-document';

function goal(label: string, number: string | null, title: string, children: GoalDoc[] = []): GoalDoc {
	return { label, number, title, sections: {}, indicators: [], activities: [], goals: children };
}

/** Two plans as a three-unit file would hold them: the second with one enhetsmål under KF 1 → 1.1 → nämndmål 1.1.1. */
const file: PlanFile = {
	format: 'verksam-plan',
	version: 1,
	plans: [1, 2].map((n) => ({
		title: `Verksamhetsplan 2027 – Enhet ${n}`,
		organisation: `Enhet ${n}`,
		year: 2027,
		kind: 'verksamhetsplan' as const,
		introduction: [],
		goals: [
			goal('KF:s inriktningsmål', '1', 'En stad för alla', [
				goal('KF:s mål för verksamhetsområdet', '1.1', 'Stödet är gott', [
					goal('Nämndmål', '1.1.1', 'Insatserna ger effekt', [goal('Enhetsmål', null, `Enhet ${n}s mål`)])
				])
			])
		],
		budget: [],
		other: [],
		attachments: []
	}))
};
const json = JSON.stringify(file);

describe.each(testDrivers)('importing a previewed plan document (%s)', (driver) => {
	let database: Database;
	let db: Database['db'];
	let n = 0;
	beforeAll(async () => {
		database = await createTestDatabase(driver);
		db = database.db;
	});
	afterAll(() => database?.close());

	async function city() {
		n += 1;
		const c = await createTestCity(db, n);
		const committeeEditor = await actorFor(db, await createTestUser(db, `redaktor-${n}`, [[c.committee, 'editor']]));
		const unitEditor = await actorFor(db, await createTestUser(db, `enhetschef-${n}`, [[c.unit, 'editor']]));
		const reader = await actorFor(db, await createTestUser(db, `lasare-${n}`, [[c.municipality, 'reader']]));
		return { ...c, committeeEditor, unitEditor, reader };
	}

	const unitGoals = (organisationId: number, year: number) =>
		db.select({ title: goals.title }).from(goals).where(and(eq(goals.organisationId, organisationId), eq(goals.year, year)));

	it('stores the chosen plan into the chosen unit and year, creating the framework goals it lacks', async () => {
		const c = await city();
		const result = await confirmPlanImport(db, { actor: c.committeeEditor, json, planIndex: 1, slug: c.otherUnit.slug, year: 2027 });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		// What the page after the redirect says: four goals (KF 1, 1.1, 1.1.1 and the unit's own), no indicators.
		expect(result.value).toMatchObject({ slug: c.otherUnit.slug, year: 2027, goals: 4, indicators: 0 });
		// The framework of 2027 did not exist: KF 1, 1.1 (Teststad) and nämndmål 1.1.1 (Norra nämnden) are created, one warning each.
		expect(result.value.warnings).toHaveLength(3);
		expect(await unitGoals(c.otherUnit.id, 2027)).toEqual([{ title: 'Enhet 2s mål' }]);
		const [plan] = await db.select().from(plans).where(eq(plans.id, result.value.planId));
		expect(plan.organisationId).toBe(c.otherUnit.id);
	});

	it('refuses an organisation the user may not edit, though the page was one they may, and writes nothing', async () => {
		const c = await city();
		const result = await confirmPlanImport(db, { actor: c.unitEditor, json, planIndex: 0, slug: c.otherUnit.slug, year: 2027 });
		expect(result).toEqual({ ok: false, errors: { organisation: 'Du får inte ändra verksamhetsplanen 2027 för den valda organisationen.' } });
		expect(await unitGoals(c.otherUnit.id, 2027)).toEqual([]);
		const missing = await confirmPlanImport(db, { actor: c.unitEditor, json, planIndex: 0, slug: 'finns-inte', year: 2027 });
		expect(missing.ok ? null : missing.errors).toEqual({ organisation: 'Välj en organisation i listan.' });
	});

	it('refuses a plan that already has content, with the reason at the form', async () => {
		const c = await city();
		await createGoal(db, { organisation: c.unit, depth: 3, title: 'Ett eget mål', year: 2027 });
		const result = await confirmPlanImport(db, { actor: c.unitEditor, json, planIndex: 0, slug: c.unit.slug, year: 2027 });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(Object.keys(result.errors)).toEqual(['form']);
		expect(result.errors.form).toContain('Import görs bara till en tom plan.');
		// Still only the goal that was there.
		expect(await unitGoals(c.unit.id, 2027)).toEqual([{ title: 'Ett eget mål' }]);
	});

	it('refuses a plan that fails midway (an impossible date in its second goal) and leaves nothing written, not even the framework goals it had created', async () => {
		const c = await city();
		const broken = structuredClone(file);
		const nämndmål = broken.plans[0].goals[0].goals[0].goals[0];
		nämndmål.goals.push({ ...goal('Enhetsmål', null, 'Andra målet'), activities: [{ title: 'Städa', start: '2027-02-30', end: null }] });
		const result = await confirmPlanImport(db, { actor: c.committeeEditor, json: JSON.stringify(broken), planIndex: 0, slug: c.unit.slug, year: 2027 });
		expect(result).toEqual({
			ok: false,
			errors: { form: 'Aktiviteten ”Städa” under målet ”Andra målet” har ett datum som inte finns: 2027-02-30.' }
		});
		// Before the date was read, KF 1, 1.1, 1.1.1 and "Enhet 1s mål" had been written: all rolled back.
		expect(await unitGoals(c.unit.id, 2027)).toEqual([]);
		const cityIds = [c.municipality.id, c.committee.id, c.unit.id, c.otherUnit.id];
		expect(await db.select({ id: goals.id }).from(goals).where(and(eq(goals.year, 2027), inArray(goals.organisationId, cityIds)))).toEqual([]);
	});

	it('reads the carried file again and refuses one that was changed into something else', async () => {
		const c = await city();
		const as = { actor: c.unitEditor, planIndex: 0, slug: c.unit.slug, year: 2027 };
		const notJson = await confirmPlanImport(db, { ...as, json: '{"format":' });
		expect(notJson.ok ? null : notJson.errors).toEqual({ file: 'Förhandsgranskningen gick inte att läsa. Läs in dokumentet igen.' });
		const broken = structuredClone(file) as unknown as { plans: { goals: { title: unknown }[] }[] };
		broken.plans[0].goals[0].title = 42;
		const wrongShape = await confirmPlanImport(db, { ...as, json: JSON.stringify(broken) });
		expect(wrongShape.ok ? null : wrongShape.errors.file).toBe(
			'Förhandsgranskningen gick inte att läsa (plans[0].goals[0].title: ska vara en text men är ett tal). Läs in dokumentet igen.'
		);
		const noSuchPlan = await confirmPlanImport(db, { ...as, json, planIndex: 2 });
		expect(noSuchPlan.ok ? null : noSuchPlan.errors).toEqual({ plan: 'Välj en av planerna i dokumentet.' });
		expect(await unitGoals(c.unit.id, 2027)).toEqual([]);
	});

	it('stores a real plan as read from its document (Kungsholmen Vuxenenheten 2014) into an empty unit', async () => {
		const c = await city();
		const bytes = readFileSync(new URL('../../domain/import/seeds/kungsholmen-vuxenenheten-2014.txt', import.meta.url));
		const read = await readPlanDocument(new Uint8Array(bytes), 'kungsholmen-vuxenenheten-2014.txt');
		if (!read.ok) throw new Error(JSON.stringify(read.errors));
		const result = await confirmPlanImport(db, { actor: c.unitEditor, json: JSON.stringify(read.value.file), planIndex: 0, slug: c.unit.slug, year: 2027 });
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		// The document's Åtaganden become the unit's goals, among them "Medskapande präglar Vuxenenhetens arbetsklimat".
		expect((await unitGoals(c.unit.id, 2027)).map((g) => g.title)).toContain('Medskapande präglar Vuxenenhetens arbetsklimat');
	});

	it('lists the units whose plan for the year the user may edit, in tree order', async () => {
		const c = await city();
		const names = async (actor: Parameters<typeof listPlanImportTargets>[1], year = 2027) =>
			(await listPlanImportTargets(db, actor, year)).map((t) => t.name);
		expect(await names(c.committeeEditor)).toEqual(['Familjeenheten', 'Vuxenenheten']);
		expect(await names(c.unitEditor)).toEqual(['Familjeenheten']);
		expect(await names(c.reader)).toEqual([]);
		expect(await names(null)).toEqual([]);
		// A handed-in plan is not editable: Vuxenenheten's 2028 is submitted.
		const submitted = await createPlan(db, { organisation: c.otherUnit, year: 2028 });
		await db.update(plans).set({ status: 'submitted' }).where(eq(plans.id, submitted.id));
		expect(await names(c.committeeEditor, 2028)).toEqual(['Familjeenheten']);
	});
});
