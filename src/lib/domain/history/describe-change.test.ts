import { describe, expect, it } from 'vitest';
import { describeChange, returnsToEarlier, type VersionEntry } from './describe-change';
import { fieldsOf, itemTitle } from './tables';

const NBSP = '\u00a0';

const goal = (over: Record<string, unknown> = {}) => ({
	id: 7,
	year: 2026,
	number: null,
	title: 'Barn får stöd i tid',
	sections: { 'Förväntat resultat': 'Färre anmälningar', Arbetssätt: 'Vi arbetar tillsammans' },
	position: 0,
	version: 3,
	updated_at: '2026-11-24T09:00:00+00:00',
	...over
});

describe('describeChange', () => {
	it('names the goal fields that changed, with a word diff of the section text, and skips version and time', () => {
		const d = describeChange(
			'goals',
			'update',
			goal(),
			goal({ version: 4, updated_at: '2026-11-24T10:00:00+00:00', sections: { 'Förväntat resultat': 'Färre nya anmälningar', Arbetssätt: 'Vi arbetar tillsammans' } })
		);
		expect(d.action).toBe('Ändrad');
		expect(d.reordered).toBe(false);
		expect(d.fields).toEqual([
			{
				field: 'sections.Förväntat resultat',
				label: 'Förväntat resultat',
				before: 'Färre anmälningar',
				after: 'Färre nya anmälningar',
				segments: [
					{ kind: 'same', text: 'Färre ' },
					{ kind: 'added', text: 'nya ' },
					{ kind: 'same', text: 'anmälningar' }
				]
			}
		]);
	});

	it('calls a move of position alone "Ordningen ändrad", but not when a field changed too', () => {
		const moved = describeChange('activities', 'update', { id: 1, title: 'Kartlägga', position: 0, version: 1 }, { id: 1, title: 'Kartlägga', position: 1, version: 2 });
		expect(moved).toEqual({ action: 'Ordningen ändrad', fields: [], reordered: true });
		const both = describeChange('activities', 'update', { id: 1, title: 'Kartlägga', position: 0 }, { id: 1, title: 'Kartlägga mer', position: 1 });
		expect(both.action).toBe('Ändrad');
		expect(both.fields.map((f) => f.label)).toEqual(['Aktivitet']);
	});

	it('shows dates as before and after, without a word diff', () => {
		const d = describeChange(
			'activities',
			'update',
			{ title: 'Kartlägga', start_date: '2026-01-01', end_date: null },
			{ title: 'Kartlägga', start_date: '2026-02-01', end_date: '2026-06-30' }
		);
		expect(d.fields).toEqual([
			{ field: 'start_date', label: 'Startdatum', before: '2026-01-01', after: '2026-02-01', segments: null },
			{ field: 'end_date', label: 'Slutdatum', before: '', after: '2026-06-30', segments: null }
		]);
	});

	it('formats budget amounts as Swedish numbers in tkr, a blank cell as a dash', () => {
		const d = describeChange('budget_rows', 'update', { label: 'Personal', values: [21024, null], position: 0 }, { label: 'Personal', values: [21500, 300], position: 0 });
		expect(d.fields).toEqual([
			{ field: 'values', label: 'Belopp', before: `21${NBSP}024; –`, after: `21${NBSP}500; 300`, segments: null }
		]);
	});

	it("shows the municipality's delvis uppfyllt band as a percentage", () => {
		const d = describeChange('municipality_settings', 'update', { public_approved_plans: true, partly_band: 0.05 }, { public_approved_plans: true, partly_band: 0.025 });
		expect(d.fields).toEqual([{ field: 'partly_band', label: 'Gräns för delvis uppfyllt', before: `5${NBSP}%`, after: `2,5${NBSP}%`, segments: null }]);
	});

	it('reads a target from its number or its text, with the indicator unit for KF:s årsmål', () => {
		const target = describeChange('indicator_targets', 'update', { target_value: 5.5, target_text: null }, { target_value: null, target_text: 'öka' });
		expect(target.fields).toEqual([{ field: 'target', label: 'Årsmål', before: '5,5', after: 'öka', segments: null }]);
		const council = describeChange(
			'indicators',
			'update',
			{ name: 'Andel nöjda', unit: '%', council_target_value: 80, council_target_text: null, direction: 'higher' },
			{ name: 'Andel nöjda', unit: '%', council_target_value: 85, council_target_text: null, direction: 'lower' }
		);
		expect(council.fields.map((f) => [f.label, f.before, f.after])).toEqual([
			['Riktning', 'Högre är bättre', 'Lägre är bättre'],
			['KF:s årsmål', `80${NBSP}%`, `85${NBSP}%`]
		]);
	});

	it('lists the filled fields of a new item and the fields of a removed one', () => {
		const created = describeChange('plan_attachments', 'insert', null, { id: 3, plan_id: 1, title: 'Budget 2026', position: 0 });
		expect(created).toEqual({
			action: 'Skapad',
			fields: [{ field: 'title', label: 'Bilaga', before: '', after: 'Budget 2026', segments: [{ kind: 'added', text: 'Budget 2026' }] }],
			reordered: false
		});
		const removed = describeChange('plans', 'delete', { handler: 'Eva Ek', phone: '', recipient: 'Nämnden', status: 'draft' }, null);
		expect(removed.action).toBe('Borttagen');
		expect(removed.fields.map((f) => [f.label, f.before, f.after])).toEqual([
			['Handläggare', 'Eva Ek', ''],
			['Till', 'Nämnden', ''],
			['Status', 'Utkast', '']
		]);
	});

	it('a save that changed only bookkeeping shows no fields', () => {
		expect(describeChange('goals', 'update', goal(), goal({ version: 4 }))).toEqual({ action: 'Ändrad', fields: [], reordered: false });
	});
});

describe('fieldsOf and itemTitle', () => {
	it('gives each of a goal section its own field, in the goal order', () => {
		expect(fieldsOf('goals', goal()).map((f) => f.label)).toEqual(['Nummer', 'Titel', 'Förväntat resultat', 'Arbetssätt']);
	});

	it('names items as the plan does', () => {
		expect(itemTitle('goals', goal({ number: '1.4.1' }))).toBe('1.4.1 Barn får stöd i tid');
		expect(itemTitle('plans', { kind: 'verksamhetsplan', year: 2026 })).toBe('Verksamhetsplan 2026');
		expect(itemTitle('indicator_targets', { target_value: 1 }, { indicatorName: 'Andel nöjda' })).toBe('Årsmål för Andel nöjda');
	});
});

describe('returnsToEarlier', () => {
	const entry = (id: number, operation: VersionEntry['operation'], title: string | null, version = id): VersionEntry => ({
		id,
		operation,
		oldValue: null,
		newValue: title === null ? null : goal({ title, version })
	});

	it('finds the earlier version a change went back to, ignoring version numbers', () => {
		const entries = [entry(1, 'insert', 'A'), entry(2, 'update', 'B'), entry(3, 'update', 'C'), entry(4, 'update', 'A')];
		expect([...returnsToEarlier('goals', entries)]).toEqual([[4, 1]]);
	});

	it('prefers the latest of several equal earlier versions and ignores a save that changed nothing visible', () => {
		const entries = [entry(1, 'insert', 'A'), entry(2, 'update', 'B'), entry(3, 'update', 'A'), entry(4, 'update', 'B'), entry(5, 'update', 'B')];
		expect([...returnsToEarlier('goals', entries)]).toEqual([
			[3, 1],
			[4, 2]
		]);
	});
});

describe('the follow-up in the history', () => {
	const outcome = (over: Record<string, unknown> = {}) => ({
		id: 3,
		indicator_id: 30,
		organisation_id: 4,
		period: 'T1',
		status: 'reported',
		value: 87.5,
		numerator: 91,
		denominator: 104,
		respondents: null,
		comment: '',
		override_level: null,
		override_justification: null,
		version: 1,
		updated_at: '2026-05-04T09:00:00+00:00',
		...over
	});

	it('names an outcome\'s changed figures in Swedish format, and an override with its justification', () => {
		const d = describeChange(
			'indicator_outcomes',
			'update',
			outcome(),
			outcome({ value: (95 / 104) * 100, numerator: 95, override_level: 'partly', override_justification: 'Två ärenden räknades fel.', version: 2 })
		);
		// 95 / 104 = 91,346… → "91,35" with two decimals.
		expect(d.fields.map((f) => [f.label, f.before, f.after])).toEqual([
			['Utfall', '87,5', '91,35'],
			['Täljare', '91', '95'],
			['Ändrad måluppfyllelse', '', 'Delvis uppfyllt'],
			['Motivering', '', 'Två ärenden räknades fel.']
		]);
	});

	it('names the period and level of a goal assessment', () => {
		const fields = fieldsOf('goal_assessments').map((f) => f.read({ period: 'VB', level: 'notMet', analysis: 'Målet nåddes inte.', measures: '' }));
		expect(fields).toEqual(['Verksamhetsberättelse', 'Ej uppfyllt', 'Målet nåddes inte.', '']);
	});
});
