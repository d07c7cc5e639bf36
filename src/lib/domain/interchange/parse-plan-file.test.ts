import { describe, expect, it } from 'vitest';
import { formatIssuePath, parsePlanDoc, parsePlanFile } from './parse-plan-file';

const goal = (title: unknown, goals: unknown[] = []) => ({ label: 'Nämndmål', number: null, title, goals });

describe('reading a verksam-plan file', () => {
	it('reads a minimal file and fills in the defaults', () => {
		const result = parsePlanFile({ format: 'verksam-plan', version: 1, plans: [{ goals: [goal('Ett mål')] }], extra: 'ignored' });
		expect(result).toEqual({
			ok: true,
			value: {
				format: 'verksam-plan',
				version: 1,
				plans: [
					{
						title: null,
						organisation: null,
						year: null,
						kind: 'verksamhetsplan',
						introduction: [],
						goals: [{ label: 'Nämndmål', number: null, title: 'Ett mål', sections: {}, indicators: [], activities: [], goals: [] }],
						budget: [],
						other: [],
						attachments: []
					}
				]
			}
		});
	});

	it('refuses a file of another format', () => {
		const message = { ok: false, errors: { file: 'Filen är inte i formatet verksam-plan.' } };
		expect(parsePlanFile({ format: 'annat', version: 1, plans: [] })).toEqual(message);
		expect(parsePlanFile({ version: 1, plans: [] })).toEqual(message);
		expect(parsePlanFile([1, 2])).toEqual(message);
		expect(parsePlanFile('verksam-plan')).toEqual(message);
		expect(parsePlanFile(null)).toEqual(message);
	});

	it('refuses a version it does not read, saying which it reads', () => {
		expect(parsePlanFile({ format: 'verksam-plan', version: 2, plans: [] })).toEqual({
			ok: false,
			errors: { file: 'Version 2 av verksam-plan stöds inte; den här versionen av Verksam läser version 1.' }
		});
		expect(parsePlanFile({ format: 'verksam-plan', plans: [] })).toEqual({
			ok: false,
			errors: { file: 'Filen anger ingen version av verksam-plan; den här versionen av Verksam läser version 1.' }
		});
	});

	it('names the first problem in a broken structure with its path', () => {
		const file = (plan: unknown) => ({ format: 'verksam-plan', version: 1, plans: [plan] });
		expect(parsePlanFile(file({ goals: [goal('Ett'), goal(undefined)] }))).toEqual({
			ok: false,
			errors: { file: 'plans[0].goals[1].title: saknas (ska vara en text)' }
		});
		expect(parsePlanFile(file({ goals: [goal('Ett', [goal('')])] }))).toEqual({
			ok: false,
			errors: { file: 'plans[0].goals[0].goals[0].title: får inte vara tom' }
		});
		expect(parsePlanFile(file({ year: '2026' }))).toEqual({
			ok: false,
			errors: { file: 'plans[0].year: ska vara ett tal men är en text' }
		});
		expect(parsePlanFile(file({ kind: 'budget' }))).toEqual({
			ok: false,
			errors: {
				file: 'plans[0].kind: ska vara en av "verksamhetsplan", "tertialrapport-1", "tertialrapport-2", "verksamhetsberattelse"'
			}
		});
		const withActivity = { ...goal('Ett'), activities: [{ title: 'A', start: '1 mars 2026' }] };
		expect(parsePlanFile(file({ goals: [withActivity] }))).toEqual({
			ok: false,
			errors: { file: 'plans[0].goals[0].activities[0].start: datum måste skrivas ÅÅÅÅ-MM-DD' }
		});
		expect(parsePlanFile({ format: 'verksam-plan', version: 1 })).toEqual({
			ok: false,
			errors: { file: 'plans: saknas (ska vara en lista)' }
		});
	});

	it('checks a single plan with paths from the plan', () => {
		expect(parsePlanDoc({ budget: [{ heading: 'B', columns: ['Budget'], rows: [{ label: 'Intäkter', values: ['-1 400'] }] }] })).toEqual({
			ok: false,
			errors: { file: 'budget[0].rows[0].values[0]: ska vara ett tal men är en text' }
		});
	});

	it('writes paths with non-identifier keys quoted', () => {
		expect(formatIssuePath(['plans', 0, 'goals', 2, 'sections', 'Förväntat resultat'])).toBe(
			'plans[0].goals[2].sections["Förväntat resultat"]'
		);
		expect(formatIssuePath([])).toBe('(filen)');
	});
});
