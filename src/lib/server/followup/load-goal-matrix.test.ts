import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers, type TestDriver } from '../db/test-database';
import type { Database } from '../db/client';
import { createRollupCity } from '../testing/dashboard-factories';
import { createDepartment, createGoal, createUnit } from '../testing/factories';
import { countQueries } from '../testing/count-queries';
import { saveGoalAssessment } from './save-goal-assessment';
import { loadGoalMatrix, type GoalMatrixView, type MatrixCell } from './load-goal-matrix';
import type { FulfilmentLevel } from '../../domain/followup/fulfilment';
import type { ReportPeriod } from '../../domain/followup/report-periods';
import { describeLevelCounts } from '../../domain/followup/goal-matrix';

/** What a cell says: the unit's level, "Ej bedömt", "Gäller inte", or a committee's counts. */
function says(cell: MatrixCell): string {
	if (cell.kind === 'unit') return !cell.applies ? 'gäller inte' : (cell.level ?? 'ej bedömt');
	return cell.applicable === 0 ? 'gäller inte' : describeLevelCounts(cell.counts);
}

function grid(view: GoalMatrixView): Record<string, string[]> {
	return Object.fromEntries(view.sections.flatMap((s) => s.rows.map((r) => [r.goal.number ?? r.goal.title, r.cells.map(says)])));
}

describe.each(testDrivers)('the goal matrix (%s)', (driver: TestDriver) => {
	let database: Database;
	let db: Database['db'];
	beforeAll(async () => {
		database = await createTestDatabase(driver);
		db = database.db;
	});
	afterAll(() => database?.close());

	/**
	 * createRollupCity, plus Norra's nämndmål 1.4.2 (no units chosen: all of Norra's) and Södra's 2.1.1
	 * (all of Södra's). Norra's 1.4.1 is chosen for Familjeenheten and Vuxenenheten only.
	 */
	async function city() {
		const c = await createRollupCity(db);
		const allNorth = await createGoal(db, { organisation: c.north, parent: c.area, number: '1.4.2', title: 'Unga får en meningsfull fritid' });
		const allSouth = await createGoal(db, { organisation: c.south, parent: c.area2, number: '2.1.1', title: 'Hemtjänstens personal stannar' });
		const assess = (goal: { id: number }, unit: { id: number }, level: FulfilmentLevel, period: ReportPeriod = 'T1') =>
			saveGoalAssessment(db, { goalId: goal.id, organisationId: unit.id, year: 2026, period, version: 0, fields: { level, analysis: 'Analys.', measures: '' } }).then((r) => {
				if (!r.ok) throw new Error(JSON.stringify(r.errors));
			});
		await assess(c.area, c.family, 'met');
		await assess(c.committeeGoal, c.family, 'partly');
		await assess(c.committeeGoal, c.adult, 'notMet');
		await assess(allNorth, c.leisure, 'met');
		await assess(c.area2, c.homeCare, 'partly');
		await assess(c.area, c.adult, 'met', 'T2');
		return { ...c, allNorth, allSouth };
	}

	it("a committee sees each unit's assessment, Ej bedömt where none, Gäller inte where the goal is not in the unit's plan", async () => {
		const c = await city();
		const view = await loadGoalMatrix(db, c.north.slug, 2026, 'T1');
		expect(view.columns.map((o) => o.name)).toEqual(['Familjeenheten', 'Vuxenenheten', 'Fritidsenheten', 'Ekonomienheten']);
		expect(view.sections.map((s) => [s.heading?.number, s.rows.map((r) => r.goal.number)])).toEqual([
			['1', ['1.4', '1.4.1', '1.4.2']],
			['2', ['2.1']]
		]);
		expect(grid(view)).toEqual({
			// 1.4 is in every Norra unit's plan through 1.4.1 or 1.4.2.
			'1.4': ['met', 'ej bedömt', 'ej bedömt', 'ej bedömt'],
			// 1.4.1 is chosen for Familjeenheten and Vuxenenheten.
			'1.4.1': ['partly', 'notMet', 'gäller inte', 'gäller inte'],
			'1.4.2': ['ej bedömt', 'ej bedömt', 'met', 'ej bedömt'],
			// No Norra nämndmål under 2.1: no Norra unit's plan holds it.
			'2.1': ['gäller inte', 'gäller inte', 'gäller inte', 'gäller inte']
		});
	});

	it("the council sees each committee's units counted per goal", async () => {
		const c = await city();
		const view = await loadGoalMatrix(db, c.municipality.slug, 2026, 'T1');
		expect(view.columns.map((o) => o.name)).toEqual(['Norra nämnden', 'Södra nämnden']);
		// The council's own goals only: 1.4 and 2.1, not the committees' nämndmål.
		expect(grid(view)).toEqual({
			// Norra: Familjeenheten uppfyllt, the three others not assessed. Södra's Hemtjänsten has no goal under 1.4.
			'1.4': ['1 uppfyllt, 3 ej bedömt', 'gäller inte'],
			'2.1': ['gäller inte', '1 delvis']
		});
		const cell = view.sections[0].rows[0].cells[0];
		expect(cell.kind === 'group' && cell.counts).toEqual({ met: 1, partly: 0, notMet: 0, notJudged: 3 });
	});

	it('follows the period, defaulting to the latest assessed, and the area goal filter', async () => {
		const c = await city();
		const latest = await loadGoalMatrix(db, c.north.slug, 2026, null);
		expect(latest.period).toBe('T2');
		// In T2 only Vuxenenheten has assessed 1.4.
		expect(grid(latest)['1.4']).toEqual(['ej bedömt', 'met', 'ej bedömt', 'ej bedömt']);
		const filtered = await loadGoalMatrix(db, c.north.slug, 2026, 'T1', { areaGoalId: c.area2.id });
		expect(filtered.areaGoals.map((g) => g.number)).toEqual(['1.4', '2.1']);
		expect(Object.keys(grid(filtered))).toEqual(['2.1']);
	});

	it("a unit's matrix is its own column over the goals of its plan", async () => {
		const c = await city();
		const view = await loadGoalMatrix(db, c.family.slug, 2026, 'T1');
		expect(view.columns.map((o) => o.name)).toEqual(['Familjeenheten']);
		expect(grid(view)).toEqual({ '1.4': ['met'], '1.4.1': ['partly'], '1.4.2': ['ej bedömt'] });
	});

	it('applies a nämndmål chosen for a department to the units below it', async () => {
		const c = await city();
		const department = await createDepartment(db, c.north, { name: 'Socialtjänstavdelningen', slug: `${c.north.slug}-soc` });
		const youth = await createUnit(db, department, { name: 'Ungdomsenheten', slug: `${c.north.slug}-ungdom` });
		const forDepartment = await createGoal(db, { organisation: c.north, parent: c.area, number: '1.4.3', title: 'Unga får stöd i skolan', appliesTo: [department] });
		await saveGoalAssessment(db, { goalId: forDepartment.id, organisationId: youth.id, year: 2026, period: 'T1', version: 0, fields: { level: 'notMet', analysis: '', measures: '' } });
		const view = await loadGoalMatrix(db, c.north.slug, 2026, 'T1');
		expect(view.columns.map((o) => o.name)).toContain('Socialtjänstavdelningen');
		// The department's column counts Ungdomsenheten: 1.4.3 (chosen for the department) and 1.4.2 (all units) apply to it.
		expect(grid(view)['1.4.3']).toEqual(['gäller inte', 'gäller inte', 'gäller inte', 'gäller inte', '1 ej uppfyllt']);
		expect(grid(view)['1.4.2'].at(-1)).toBe('1 ej bedömt');
		const own = await loadGoalMatrix(db, department.slug, 2026, 'T1');
		expect(grid(own)['1.4.3']).toEqual(['notMet']);
	});

	it('costs a fixed number of queries, whatever the number of units and goals', async () => {
		const c = await city();
		const north = await countQueries(database, () => loadGoalMatrix(db, c.north.slug, 2026, 'T1'));
		const south = await countQueries(database, () => loadGoalMatrix(db, c.south.slug, 2026, 'T1'));
		expect(north).toBe(south);
		// The organisation (with its ancestors and the goal levels, 1), the subtree, years, the goals
		// (with their applicability), assessments: 5.
		expect(north).toBe(5);
	});
});
