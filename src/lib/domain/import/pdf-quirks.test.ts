import { describe, expect, it } from 'vitest';
import type { GoalDoc } from '../interchange/plan-format';
import { layoutTextToTabbed } from './layout-text';
import { parsePlanText } from './parse-plan-text';

/**
 * What PDF text extraction does to a plan, one quirk per test, as `pdftotext -layout` prints it
 * (then read the way readPlanDocument reads a PDF). Expected values worked out by hand.
 */
const readPdfText = (lines: string[]) => parsePlanText(layoutTextToTabbed(lines.join('\n')));
const goalsOf = (lines: string[]) => readPdfText(lines).file.plans[0]?.goals ?? [];
const all = (goals: GoalDoc[]): GoalDoc[] => goals.flatMap((g) => [g, ...all(g.goals)]);

// An indicator table's header: Indikator at 0, Årsmål at 40, KF:s årsmål at 50, Periodicitet at 62.
const header = 'Indikator' + ' '.repeat(31) + 'Årsmål' + ' '.repeat(4) + 'KF:s årsmål Periodicitet';
/** A layout line with text at those columns (name at 0, then 40, 50, 62); empty parts leave blanks. */
function at(name: string, annual = '', council = '', periodicity = ''): string {
	return (name.padEnd(40) + annual.padEnd(10) + council.padEnd(12) + periodicity).trimEnd();
}
const goalWithTable = (...rows: string[]) => ['Nämndmål:', '', 'Brukarna är nöjda', '', header, ...rows, ''];

describe('text extracted from a PDF', () => {
	it('joins hard line breaks inside a sentence: goal titles, section text, a title broken inside a parenthesis', () => {
		const goals = goalsOf([
			'Nämndmål:',
			'',
			'Kungsholmen upplevs som en trygg och',
			'säker stadsdel',
			'',
			'Åtagande:',
			'',
			'Medarbetarnas kompetens utvecklas (se även',
			'2.2 och 2.3.)',
			'',
			'Förväntat resultat',
			'',
			'Alla medarbetare erbjuds',
			'kompetensutveckling under året.',
			''
		]);
		expect(all(goals).map((g) => [g.label, g.title])).toEqual([
			['Nämndmål', 'Kungsholmen upplevs som en trygg och säker stadsdel'],
			['Åtagande', 'Medarbetarnas kompetens utvecklas (se även 2.2 och 2.3.)']
		]);
		expect(goals[0].goals[0].sections).toEqual({ 'Förväntat resultat': 'Alla medarbetare erbjuds kompetensutveckling under året.' });
	});

	it('joins a table cell wrapped onto several lines, also a wrapped line starting in upper case, when the values stand on the name’s first line', () => {
		const [goal] = goalsOf(
			goalWithTable(
				at('Andel som fått stöd av', '80 %', 'öka', 'År'),
				at('Landstingets psykiatri'),
				at('inom tre månader'),
				at('Budget i balans', '', '', 'Tertial')
			)
		);
		expect(goal.indicators.map((i) => [i.name, i.annualTarget, i.councilTarget, i.periodicity])).toEqual([
			['Andel som fått stöd av Landstingets psykiatri inom tre månader', '80 %', 'öka', 'År'],
			['Budget i balans', null, null, 'Tertial']
		]);
	});

	it('gives a row the values centred below its first line, on a line of their own or beside a wrapped line, and a value wrapped itself', () => {
		const [goal] = goalsOf(
			goalWithTable(
				at('Andel nöjda brukare inom'),
				at('', '2%', '91 %', 'År'),
				at('daglig verksamhet'),
				at('Nöjda brukare - LSS-boende,', '', 'tas fram av'),
				at('vuxna och barn (stöd och', '89 %', '', 'År'),
				at('service)', '', 'nämnden')
			)
		);
		expect(goal.indicators.map((i) => [i.name, i.annualTarget, i.councilTarget, i.periodicity])).toEqual([
			// "2%": extraction lost the space before the per cent sign; Swedish writes "2 %".
			['Andel nöjda brukare inom daglig verksamhet', '2 %', '91 %', 'År'],
			['Nöjda brukare - LSS-boende, vuxna och barn (stöd och service)', '89 %', 'tas fram av nämnden', 'År']
		]);
	});

	it('drops the running page header and footer repeated on every page, even where a sentence runs across the page break', () => {
		const running = 'Kungsholmens stadsdelsförvaltning' + ' '.repeat(19) + 'Verksamhetsplan 2014';
		const footer = (n: number) => ' '.repeat(46) + `Sida ${n} av 3`;
		const result = readPdfText([
			running,
			'',
			'Nämndmål:',
			'',
			'Kungsholmen upplevs som en trygg stadsdel',
			'',
			'Förväntat resultat',
			'',
			'Alla känner sig trygga i',
			'',
			footer(1),
			'\f' + running,
			'',
			'stadsdelen.',
			'',
			'Åtagande:',
			'',
			'Enheten arbetar mot våld',
			'',
			footer(2),
			'\f' + running,
			'',
			'Arbetssätt',
			'',
			'Vi samverkar.',
			'',
			footer(3)
		]);
		const [goal] = result.file.plans[0].goals;
		expect(goal.sections).toEqual({ 'Förväntat resultat': 'Alla känner sig trygga i stadsdelen.' });
		expect(goal.goals.map((g) => [g.title, g.sections])).toEqual([['Enheten arbetar mot våld', { Arbetssätt: 'Vi samverkar.' }]]);
		expect(JSON.stringify(result.file)).not.toMatch(/stadsdelsförvaltning|Sida \d/);
	});

	it('drops page numbers in the forms PDFs print them, between the lines of a paragraph', () => {
		const [goal] = goalsOf(['Nämndmål:', '', 'Ekonomin är i balans', '', 'Arbetssätt', '', 'Vi följer', '– 4 –', 'budgeten', '5 (9)', 'varje', '6/9', 'månad.']);
		expect(goal.sections).toEqual({ Arbetssätt: 'Vi följer budgeten varje månad.' });
	});
});
