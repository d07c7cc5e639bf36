import { describe, expect, it } from 'vitest';
import type { GoalDoc } from '../../interchange/plan-format';
import type { ImportWarning } from '../warnings';
import { isHuddingeDocument, parseHuddingePlan } from './parse-huddinge';

// A small plan in Huddinge's shape, one line per page, footers at the pages' ends.
const doc = [
	'DNR 1 Verksamhetsplan 2019 för kulturnämnden Förvaltningen NOVEMBER 2018',
	'Innehåll Vision och mål... 3 Nämndens mål och resultat... 4 Bra att leva och bo... 4 Fler i jobb... 5 Sund ekonomi... 9 Plan för intern kontroll... 9',
	'Vision och mål Kommunen har fyra övergripande mål: Bra att leva och bo Fler i jobb Ekosystem i balans och två strategiska mål: Sund ekonomi Attraktiv arbetsgivare KULTURNÄMNDEN 3',
	'Nämndens mål och resultat Nämnden planerar. Bra att leva och bo Under målet har nämnden planerat för fullmäktiges delmål Ökad delaktighet, Ökad trygghet samt Ökad valfrihet. Ökad delaktighet Vi möter invånarna. Deltagare i kurser 2017 2018 Etappmål 2019 Totalt (antal) 40 45 50 Kvinnor 20 25 - Män 20 20 - Utvecklingsåtaganden - ordna fler kurser - mäta deltagandet Ökad valfrihet Fler val ska finnas. 4 VERKSAMHETSPLAN 2019',
	'Fler i jobb Detta mål riktas till förvaltningen. Utvecklingsåtaganden - bidra till företagsklimatet Fler i egen försörjning Särskilt prioriterat 2019: Fler ska få jobb. Feriejobb 2018 Etappmål 2019 Totalt (antal) VB 100 Resultat redovisas senare. KULTURNÄMNDEN 5'
].join('\n');

function outline(goals: GoalDoc[]): unknown[] {
	return goals.map((g) => [g.label, g.title, g.indicators.map((i) => [i.name, i.annualTarget, i.genderSplit]), outline(g.goals)]);
}

describe('parseHuddingePlan', () => {
	const warnings: ImportWarning[] = [];
	const plan = parseHuddingePlan(doc, warnings);

	it('is told apart by its vocabulary', () => {
		expect(isHuddingeDocument(doc)).toBe(true);
		expect(isHuddingeDocument('Nämndmål: Trygg stadsdel. Delmål och övergripande mål.')).toBe(false);
	});

	it('reads title, organisation and year from the first page', () => {
		expect([plan.title, plan.organisation, plan.year, plan.kind]).toEqual(['Verksamhetsplan 2019 för kulturnämnden', 'Kulturnämnden', 2019, 'verksamhetsplan']);
	});

	it('takes the contents headings before the goals part as the introduction', () => {
		expect(plan.introduction.map((s) => s.heading)).toEqual(['Vision och mål']);
		expect(plan.introduction[0].text).toMatch(/^Kommunen har fyra övergripande mål/);
	});

	it('builds goals, named delmål (one never treated keeps its place), åtaganden and etappmål indicators', () => {
		expect(outline(plan.goals)).toEqual([
			[
				'Övergripande mål',
				'Bra att leva och bo',
				[],
				[
					['Delmål', 'Ökad delaktighet', [['Deltagare i kurser', '50', true]], [
						['Utvecklingsåtagande', 'ordna fler kurser', [], []],
						['Utvecklingsåtagande', 'mäta deltagandet', [], []]
					]],
					['Delmål', 'Ökad trygghet', [], []],
					['Delmål', 'Ökad valfrihet', [], []]
				]
			],
			[
				'Övergripande mål',
				'Fler i jobb',
				[],
				[
					['Utvecklingsåtagande', 'bidra till företagsklimatet', [], []],
					['Delmål', 'Fler i egen försörjning', [['Feriejobb', '100', false]], []]
				]
			],
			['Strategiskt mål', 'Sund ekonomi', [], []]
		]);
		expect(plan.goals[0].goals[0].indicators[0].stageTable).toEqual({
			columns: ['2017', '2018', 'Etappmål 2019'],
			rows: [
				{ label: 'Totalt (antal)', values: ['40', '45', '50'] },
				{ label: 'Kvinnor', values: ['20', '25', '-'] },
				{ label: 'Män', values: ['20', '20', '-'] }
			]
		});
	});

	it('warns, with the line, about a goal the contents names but the text lacks', () => {
		expect(warnings).toEqual([
			{ line: 2, message: 'Avsnitten "Plan för intern kontroll" står i innehållsförteckningen men hittades inte i texten; de tas med utan text.' },
			{ line: 2, message: 'Målet "Sund ekonomi" står i innehållsförteckningen men hittades inte i texten.' }
		]);
		expect(plan.other).toEqual([{ heading: 'Plan för intern kontroll', text: '' }]);
	});
});
