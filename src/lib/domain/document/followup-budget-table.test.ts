import { describe, expect, it } from 'vitest';
import { followupAsBudgetTable } from './followup-budget-table';

describe("a report's budget table in the document", () => {
	it('has the columns Budget, Utfall, Prognos and Avvikelse, and the sums as its Netto row', () => {
		const table = followupAsBudgetTable(
			{
				id: 7,
				heading: 'Individ- och familjeomsorg',
				budgetColumn: 'Budget VP',
				rows: [
					{ id: 1, label: 'Intäkter', budget: -1400, followup: { outcome: -500, forecast: -1500 }, variance: 100 },
					{ id: 2, label: 'Personal', budget: 12500, followup: null, variance: null }
				],
				sums: { budget: 11100, outcome: -500, forecast: -1500, variance: 100 }
			},
			{ outcome: 'Utfall', forecast: 'Prognos', variance: 'Avvikelse' }
		);
		expect(table.columns).toEqual(['Budget VP', 'Utfall', 'Prognos', 'Avvikelse']);
		expect(table.rows).toEqual([
			{ id: 1, label: 'Intäkter', values: [-1400, -500, -1500, 100] },
			{ id: 2, label: 'Personal', values: [12500, null, null, null] }
		]);
		expect(table.sums).toEqual([11100, -500, -1500, 100]);
	});
});
