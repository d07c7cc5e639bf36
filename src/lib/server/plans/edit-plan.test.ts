import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, testDrivers } from '../db/test-database';
import type { Database } from '../db/client';
import { goals, indicatorTargets } from '../db/schema';
import * as factory from '../testing/factories';
import { createGoal } from '../framework/create-goal';
import { updateGoal } from '../framework/update-goal';
import { moveGoal } from '../framework/move-goal';
import { setIndicatorTargets } from '../framework/set-indicator-targets';
import { activityFields } from '../framework/activity-input';
import { loadPlan } from './load-plan';
import { ensurePlan } from './ensure-plan';
import { addBudgetTable } from './add-budget-table';
import { saveBudgetTable } from './save-budget-table';
import { moveActivity } from '../framework/move-activity';
import { moveIndicator } from '../framework/move-indicator';
import { moveBudgetRow } from './move-budget-row';
import { moveAttachment } from './move-attachment';
import { addAttachment } from './add-attachment';
import { exportPlan } from '../interchange/export-plan';
import { addPlanSection } from './add-plan-section';
import { updatePlanSection } from './update-plan-section';

/**
 * A small city: KF goal 1 → area goal 1.4 (with a KF indicator) → the committee's nämndmål
 * 1.4.1 for Familjeenheten only → the unit's own goals.
 */
describe.each(testDrivers)('editing a plan on %s', (driver) => {
	let database: Database;
	let db: Database['db'];
	let city: Awaited<ReturnType<typeof buildCity>>;

	async function buildCity() {
		const { municipality, committee, unit, otherUnit } = await factory.createTestCity(db);
		const direction = await factory.createGoal(db, { organisation: municipality, number: '1', title: 'En stad för alla' });
		const area = await factory.createGoal(db, { organisation: municipality, parent: direction, number: '1.4', title: 'Stöd i tid' });
		const kfIndicator = await factory.createIndicator(db, { goal: area, name: 'Andel nöjda brukare', unit: '%', councilTargetValue: 80 });
		const countIndicator = await factory.createIndicator(db, { goal: area, name: 'Antal vräkningar', unit: 'st', direction: 'lower' });
		const committeeGoal = await factory.createGoal(db, {
			organisation: committee,
			parent: area,
			number: '1.4.1',
			title: 'Tidiga insatser',
			appliesTo: [unit]
		});
		return { municipality, committee, unit, otherUnit, direction, area, kfIndicator, countIndicator, committeeGoal };
	}

	beforeAll(async () => {
		database = await createTestDatabase(driver);
		db = database.db;
		city = await buildCity();
	});
	afterAll(() => database?.close());

	it('numbers a new nämndmål as the next free number under its area goal and refuses a clash', async () => {
		const second = await createGoal(db, { organisationSlug: 'norra', year: 2026, parentId: city.area.id, title: 'Trygg uppväxt' });
		expect(second.ok && second.value.number).toBe('1.4.2');
		const clash = await createGoal(db, { organisationSlug: 'norra', year: 2026, parentId: city.area.id, number: '1.4.1', title: 'Krock' });
		expect(clash).toEqual({ ok: false, errors: { number: 'Numret 1.4.1 används redan av målet "Tidiga insatser".' } });
		const wrongBranch = await createGoal(db, { organisationSlug: 'norra', year: 2026, parentId: city.area.id, number: '2.1.1', title: 'Fel gren' });
		expect(wrongBranch.ok).toBe(false);
		const untitled = await createGoal(db, { organisationSlug: 'norra', year: 2026, parentId: city.area.id, title: '   ' });
		expect(untitled).toEqual({ ok: false, errors: { title: 'Skriv målets rubrik.' } });
	});

	it('lets a unit write goals only on its own level', async () => {
		const onCommitteeLevel = await createGoal(db, { organisationSlug: 'familjeenheten', year: 2026, parentId: city.area.id, title: 'Fel nivå' });
		expect(onCommitteeLevel.ok).toBe(false);
		const unitGoal = await createGoal(db, {
			organisationSlug: 'familjeenheten',
			year: 2026,
			parentId: city.committeeGoal.id,
			title: 'Fler familjer får stöd tidigt',
			sections: { 'Förväntat resultat': 'Kortare väntetid.', Arbetssätt: 'Öppna mottagningar.' }
		});
		expect(unitGoal.ok && unitGoal.value.number).toBeNull();
	});

	it('shows the unit the branch it works with, its goal texts in the level order, and not another unit', async () => {
		const plan = await loadPlan(db, 'familjeenheten', 2026);
		const [direction] = plan.cascade;
		expect(direction.title).toBe('En stad för alla');
		const area = direction.children[0];
		expect(area.indicators.map((i) => i.name)).toEqual(['Andel nöjda brukare', 'Antal vräkningar']);
		expect(area.indicators[0].councilTarget).toBe('80\u00a0%');
		const nämndmål = area.children.find((g) => g.number === '1.4.1')!;
		const unitGoal = nämndmål.children[0];
		expect(unitGoal.title).toBe('Fler familjer får stöd tidigt');
		expect(unitGoal.ownedHere).toBe(true);
		expect(unitGoal.sections.map((s) => s.name)).toEqual(['Förväntat resultat', 'Arbetssätt', 'Resursanvändning', 'Uppföljning', 'Utveckling']);
		expect(unitGoal.sections[1].text).toBe('Öppna mottagningar.');

		const other = await loadPlan(db, 'vuxenenheten', 2026);
		const otherArea = other.cascade[0].children[0];
		// 1.4.1 is chosen for Familjeenheten only; 1.4.2 (no choice) applies to all units.
		expect(otherArea.children.map((g) => g.number)).toEqual(['1.4.2']);
	});

	it('does not overwrite a goal someone else saved in between', async () => {
		const [goal] = await db.select().from(goals).where(eq(goals.title, 'Fler familjer får stöd tidigt'));
		const first = await updateGoal(db, { goalId: goal.id, version: goal.version, title: 'Version A', sections: {} });
		expect(first.ok).toBe(true);
		const stale = await updateGoal(db, { goalId: goal.id, version: goal.version, title: 'Version B', sections: {} });
		expect(stale.ok).toBe(false);
		expect('conflict' in stale && stale.conflict.title).toBe('Version A');
		const [stored] = await db.select().from(goals).where(eq(goals.id, goal.id));
		expect(stored.title).toBe('Version A');
		expect(stored.version).toBe(goal.version + 1);
		// The texts saved before stay when a save leaves them out.
		expect(stored.sections['Arbetssätt']).toBe('Öppna mottagningar.');
	});

	it('moves a goal among its siblings', async () => {
		const second = await createGoal(db, { organisationSlug: 'familjeenheten', year: 2026, parentId: city.committeeGoal.id, title: 'Andra målet' });
		if (!second.ok) throw new Error('setup');
		await moveGoal(db, second.value.id, 'up');
		const plan = await loadPlan(db, 'familjeenheten', 2026);
		const titles = plan.cascade[0].children[0].children.find((g) => g.number === '1.4.1')!.children.map((g) => g.title);
		expect(titles).toEqual(['Andra målet', 'Version A']);
	});

	it('stores Årsmål written the Swedish way, and none of them if one is wrong', async () => {
		const saved = await setIndicatorTargets(db, city.unit.id, { [city.kfIndicator.id]: '5,5 %', [city.countIndicator.id]: '12' });
		expect(saved.ok).toBe(true);
		const refused = await setIndicatorTargets(db, city.unit.id, { [city.kfIndicator.id]: '7 %', [city.countIndicator.id]: 'många' });
		expect(refused.ok).toBe(false);
		expect(!refused.ok && Object.keys(refused.errors)).toEqual([`target-${city.countIndicator.id}`]);
		const rows = await db.select().from(indicatorTargets).where(eq(indicatorTargets.organisationId, city.unit.id));
		const byIndicator = Object.fromEntries(rows.map((r) => [r.indicatorId, r.targetValue]));
		expect(byIndicator).toEqual({ [city.kfIndicator.id]: 5.5, [city.countIndicator.id]: 12 });
		const plan = await loadPlan(db, 'familjeenheten', 2026);
		expect(plan.cascade[0].children[0].indicators[0].target).toBe('5,5\u00a0%');
	});

	it('keeps a framework indicator in the plan only while the unit chooses it or gives it a target', async () => {
		const names = async () => {
			const file = await exportPlan(db, { slug: 'familjeenheten', year: 2026 });
			return file.plans[0].goals[0].goals[0].indicators.map((i) => [i.name, i.annualTarget]);
		};
		// Chosen without a target: in the plan, with a blank Årsmål (as often in the seeds).
		await setIndicatorTargets(db, city.unit.id, { [city.kfIndicator.id]: '5,5 %', [city.countIndicator.id]: '' }, [city.countIndicator.id]);
		expect(await names()).toEqual([
			['Andel nöjda brukare', '5,5 %'],
			['Antal vräkningar', null]
		]);
		let view = await loadPlan(db, 'familjeenheten', 2026);
		expect(view.cascade[0].children[0].indicators.map((i) => i.inPlan)).toEqual([true, true]);
		// Not chosen and no target: out of the document and the export, still offered in the editor.
		await setIndicatorTargets(db, city.unit.id, { [city.countIndicator.id]: '' }, []);
		expect(await names()).toEqual([['Andel nöjda brukare', '5,5 %']]);
		view = await loadPlan(db, 'familjeenheten', 2026);
		expect(view.cascade[0].children[0].indicators.map((i) => [i.name, i.inPlan])).toEqual([
			['Andel nöjda brukare', true],
			['Antal vräkningar', false]
		]);
		// Vuxenenheten chose nothing: its plan shows no framework indicator.
		const other = await exportPlan(db, { slug: 'vuxenenheten', year: 2026 });
		expect(other.plans[0].goals[0].goals[0].indicators).toEqual([]);
	});

	it('does not overwrite a section someone else saved in between', async () => {
		const plan = await ensurePlan(db, city.unit.id, 2026);
		const section = await addPlanSection(db, plan.id, 'introduction', { heading: 'Enhetens uppdrag', text: 'Första texten.' });
		const first = await updatePlanSection(db, section.id, section.version, { heading: 'Enhetens uppdrag', text: 'Annas text.' });
		expect(first.ok).toBe(true);
		const stale = await updatePlanSection(db, section.id, section.version, { heading: 'Enhetens uppdrag', text: 'Bertils text.' });
		expect(stale.ok).toBe(false);
		expect('conflict' in stale && [stale.conflict.text, stale.conflict.version]).toEqual(['Annas text.', section.version + 1]);
		// Saving again from the version shown beside the form is a deliberate choice: it is written.
		const mine = await updatePlanSection(db, section.id, section.version + 1, { heading: 'Enhetens uppdrag', text: 'Bertils text.' });
		expect(mine.ok && mine.value.text).toBe('Bertils text.');
	});

	it('saves a budget table whole, computes its sums, and refuses a bad amount without writing', async () => {
		const plan = await ensurePlan(db, city.unit.id, 2026);
		const table = await addBudgetTable(db, plan.id, { heading: 'Ekonomi 2026', columns: ['Budget', 'Prognos'] });
		let view = await loadPlan(db, 'familjeenheten', 2026);
		const rows = view.budget[0].rows;
		expect(rows.map((r) => r.label)).toEqual(['Intäkter', 'Personal', 'Köp av verksamhet', 'Lokaler', 'Övriga kostnader']);
		const typed = Object.fromEntries(rows.map((r) => [r.id, { label: r.label, values: ['', ''] }]));
		typed[rows[0].id].values = ['-1 400', '-1 200'];
		typed[rows[1].id].values = ['12 500', '12 900,5'];
		typed[rows[4].id].values = ['300', ''];
		const ok = await saveBudgetTable(db, table.id, { version: table.version, heading: 'Ekonomi 2026', columns: ['Budget', 'Prognos'], rows: typed });
		expect(ok.ok).toBe(true);
		view = await loadPlan(db, 'familjeenheten', 2026);
		// -1 400 + 12 500 + 300 = 11 400; -1 200 + 12 900,5 = 11 700,5
		expect(view.budget[0].sums).toEqual([11400, 11700.5]);

		typed[rows[2].id].values = ['tio', '5'];
		typed[rows[0].id].values = ['-999', '-999'];
		const bad = await saveBudgetTable(db, table.id, { version: table.version + 1, heading: 'Ekonomi 2026', columns: ['Budget', 'Prognos'], rows: typed });
		expect(bad.ok).toBe(false);
		expect(!bad.ok && bad.errors).toEqual({ [`value-${rows[2].id}-0`]: 'Skriv ett belopp i tkr, till exempel -1 400.' });
		view = await loadPlan(db, 'familjeenheten', 2026);
		expect(view.budget[0].rows[0].values).toEqual([-1400, -1200]);
	});

	it('moves activities, indicators, budget rows and attachments within their lists', async () => {
		const first = await factory.createActivity(db, { goal: city.committeeGoal, organisation: city.unit, title: 'Först', position: 0 });
		await factory.createActivity(db, { goal: city.committeeGoal, organisation: city.unit, title: 'Sedan', position: 1 });
		await moveActivity(db, first.id, 'down');
		await moveIndicator(db, city.countIndicator.id, 'up');
		const plan = await ensurePlan(db, city.unit.id, 2026);
		const a = await addAttachment(db, plan.id, 'Bilaga A');
		await addAttachment(db, plan.id, 'Bilaga B');
		await moveAttachment(db, a.id, 'down');
		// Moving the first row up does nothing.
		let view = await loadPlan(db, 'familjeenheten', 2026);
		await moveBudgetRow(db, view.budget[0].rows[0].id, 'up');
		await moveBudgetRow(db, view.budget[0].rows[1].id, 'up');
		view = await loadPlan(db, 'familjeenheten', 2026);
		const committeeGoal = view.cascade[0].children[0].children.find((g) => g.number === '1.4.1')!;
		expect(committeeGoal.activities.map((x) => x.title)).toEqual(['Sedan', 'Först']);
		expect(view.cascade[0].children[0].indicators.map((i) => i.name)).toEqual(['Antal vräkningar', 'Andel nöjda brukare']);
		expect(view.attachments.map((x) => x.title)).toEqual(['Bilaga B', 'Bilaga A']);
		expect(view.budget[0].rows.slice(0, 2).map((r) => r.label)).toEqual(['Personal', 'Intäkter']);
	});
});

describe('activity input', () => {
	it('refuses an end date before the start date, at the end field', () => {
		const result = activityFields.safeParse({ title: 'Utbildning', start: '2026-05-01', end: '2026-04-30' });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0].path).toEqual(['end']);
		expect(result.error?.issues[0].message).toBe('Slutdatum kan inte vara före startdatum.');
	});
	it('accepts open dates and refuses a malformed one', () => {
		expect(activityFields.safeParse({ title: 'Pågående arbete', start: '', end: '' }).data).toEqual({ title: 'Pågående arbete', start: null, end: null });
		expect(activityFields.safeParse({ title: 'X', start: '2026-13-45', end: '' }).success).toBe(false);
	});
});
