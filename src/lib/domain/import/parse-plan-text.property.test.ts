import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../interchange/parse-plan-file';
import { parsePlanText } from './parse-plan-text';

/** Whatever the text, the parser answers with a plan file the format's own schema accepts, never an exception. */
function expectValidResult(text: string) {
	const { file, warnings } = parsePlanText(text);
	const parsed = parsePlanFile(JSON.parse(JSON.stringify(file)));
	if (!parsed.ok) throw new Error(`not a valid plan file: ${JSON.stringify(parsed.errors)}`);
	for (const w of warnings) expect(w.line).toBeGreaterThanOrEqual(1);
}

// Lines a plan is made of, so random texts reach the parser's deeper paths (labels, tables, budgets).
const planLine = fc.oneof(
	fc.constantFrom(
		'KF:s inriktningsmål:',
		'KF:s mål för verksamhetsområdet:',
		'Nämndmål:',
		'NÄMNDMÅL:',
		'Åtagande:',
		'Enhetsmål: 1.1.1.1 Barnen är trygga',
		'Förväntat resultat',
		'Arbetssätt',
		'Indikator\tÅrsmål\tKF:s årsmål\tPeriodicitet',
		'KF:s indikatorer\tÅrsmål\tKF:s årsmål\tPeriodicit et',
		'Aktivitet\tStartdatum\tSlutdatum',
		'Nämndens aktiviteter\tStartdatum\tSlutdatum',
		'Andel nöjda\t85 %\t80 %\tTertial',
		'Städa\t2014-01-01\t2014-13-45',
		'Budget 2014',
		'Redovisning av ekonomi',
		'Socialpsykiatri <i>Budget 2014</i>\t\tMissbruk <i>Budget 2014</i>\t',
		'Intäkter\t-3 736\tIntäkter\t-2',
		'Övriga frågor',
		'Bilagor',
		'Innehållsförteckning',
		'Inledning',
		'Handläggare: Anna',
		'Verksamhetsplan 2014',
		'Sida 2 av 9',
		'-----\t-----',
		'**Titel****Förväntat resultat**',
		'3. Stadens verksamheter är kostnadseffektiva',
		'1.1 Stockholm är tryggt',
		''
	),
	fc.string({ maxLength: 80 }),
	fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }).map((cells) => cells.join('\t'))
);

describe('the plan text parser on any input', () => {
	it('never throws and always returns a valid plan file, for arbitrary strings', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 1000 }), (text) => expectValidResult(text)), { numRuns: 200 });
	});

	it('never throws and always returns a valid plan file, for texts made of plan-like lines in any order', () => {
		fc.assert(fc.property(fc.array(planLine, { maxLength: 80 }), (lines) => expectValidResult(lines.join('\n'))), { numRuns: 300 });
	});

	it('never throws and always returns a valid plan file, for a real plan with lines deleted, duplicated and shuffled', () => {
		const seed = readFileSync(new URL('./seeds/kungsholmen-vuxenenheten-2014.txt', import.meta.url), 'utf8').split('\n');
		const edit = fc.record({
			kind: fc.constantFrom('delete', 'duplicate', 'swap'),
			at: fc.nat({ max: seed.length - 1 }),
			to: fc.nat({ max: seed.length - 1 })
		});
		fc.assert(
			fc.property(fc.array(edit, { minLength: 1, maxLength: 40 }), (edits) => {
				const lines = [...seed];
				for (const { kind, at, to } of edits) {
					const i = at % lines.length;
					const j = to % lines.length;
					if (kind === 'delete' && lines.length > 1) lines.splice(i, 1);
					else if (kind === 'duplicate') lines.splice(j, 0, lines[i]);
					else [lines[i], lines[j]] = [lines[j], lines[i]];
				}
				expectValidResult(lines.join('\n'));
			}),
			{ numRuns: 100 }
		);
	});

	it('answers a novel with the warning that no plan was found, and no goals', () => {
		const novel = [
			'Första kapitlet',
			'',
			'Det var en kväll i början av maj. Den lilla trädgården på Mosebacke hade ännu inte öppnats för allmänheten, och rabatterna voro icke uppgrävda.',
			'',
			'Han stod vid fönstret och såg ut över staden, där skorstenarna rökte och kyrktornen stack upp som master i en hamn. Det var vår.'
		].join('\n');
		const { file, warnings } = parsePlanText(novel);
		expect(file.plans.flatMap((p) => p.goals)).toEqual([]);
		expect(warnings.map((w) => w.message)).toContain('Ingen plan hittades: inga mål med rubriker som "Nämndmål" eller "Åtagande".');
	});
});
