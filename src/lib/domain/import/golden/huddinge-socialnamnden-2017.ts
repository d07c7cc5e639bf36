/**
 * Golden expectation for /work/shared/seeds/huddinge-socialnamnden-2017.txt, written by hand from
 * reading the document (not from any importer's output), following /work/briefings/huddinge-model.md.
 * The seed has one line per PDF page; P… below is the page (= line) number.
 *
 * The seed holds pages 1-16 (16 lines; the last has no trailing newline, so `wc -l` says 15). The
 * contents, P2, runs to page 40: the goals after "God omsorg för individen" (from page 17) and the
 * sections after the goals are known only from the contents page.
 */
import type { GoldenGoal, GoldenIndicator, GoldenPlan } from './golden-plan';

function goal(label: string, title: string, children: GoldenGoal[] = [], indicators: GoldenIndicator[] = []): GoldenGoal {
	return { label, number: null, title, children, indicators, activities: [] };
}
const overgripande = (title: string, children: GoldenGoal[] = []) => goal('Övergripande mål', title, children);
const strategiskt = (title: string) => goal('Strategiskt mål', title);
const delmal = (title: string, children: GoldenGoal[] = [], indicators: GoldenIndicator[] = []) =>
	goal('Delmål', title, children, indicators);
const atagande = (title: string) => goal('Utvecklingsåtagande', title);

type Row = [label: string, ...values: string[]];

/**
 * An etappmål table. The target (the Etappmål cell of the first "Totalt" row, "-"/"VB" → null) and
 * whether it has Kvinnor and Män rows are written out per table, read off the table by hand.
 */
function etappmal(
	name: string,
	annualTarget: string | null,
	genderSplit: boolean,
	columns: string[],
	rows: Row[]
): GoldenIndicator {
	return {
		name,
		annualTarget,
		councilTarget: null,
		periodicity: null,
		genderSplit,
		stageTable: { columns, rows: rows.map(([label, ...values]) => ({ label, values })) }
	};
}

const years2014To2017 = ['2014', '2015', '2016', 'Etappmål 2017'];
const brukarundersokning = ['2014', '2016', 'Etappmål 2018'];

export const huddingeSocialnamnden2017: GoldenPlan = {
	seed: 'huddinge-socialnamnden-2017.txt',
	// P1: "Verksamhetsplan 2017 för socialnämnden".
	title: 'Verksamhetsplan 2017 för socialnämnden',
	organisation: 'Socialnämnden',
	year: 2017,
	// P2 contents, the entries before "Socialnämndens mål och resultat". The three-item
	// "Utvecklingsåtaganden" list on P5 stands in this introduction, under no goal, so it is no goal.
	introductionHeadings: [
		'Huddinges vision och mål',
		'Ansvarsområde',
		'Huddinge en av de tre populäraste kommunerna i Stockholms län'
	],
	goals: [
		overgripande('Bra att leva och bo', [
			// P6 names six delmål. "Ökad trivsel och trygghet i Huddinges områden" has no section of its own;
			// it is placed where that list names it (second), the others in heading order (same order).
			delmal('Ökat bostadsbyggande', [atagande('aktivt delta i kommunens samhällsplaneringsprocess')]),
			delmal('Ökad trivsel och trygghet i Huddinges områden'),
			delmal('Ökad delaktighet'),
			delmal(
				'Ökad jämlikhet',
				[atagande('alla verksamheter och staber genomför minst en aktivitet med jämlikhetsperspektiv')],
				// P7: two values (VB, 100), so "2017" is the first column heading, not part of the caption.
				[
					etappmal(
						'Verksamheter och staber som gjort minst en aktivitet för ökad jämlikhet', '100', false,
						['2017', 'Etappmål 2017'],
						[['Totalt (andel)', 'VB', '100']]
					)
				]
			),
			delmal('Ökad nöjdhet med bemötandet vid kontakt med kommunen'),
			// P8-9: the kundval tables (ansökningar, godkända utförare, egen regi/externa) have no Etappmål
			// column; they are statistics, not etappmål, so they are no indicators.
			delmal('Ökad valfrihet', [atagande('implementera ny uppföljningsmodell och omsätta denna i praktiken')])
		]),
		// P10: the delmål are the two headings "Fler och växande företag" and "Fler i egen försörjning".
		overgripande('Fler i jobb', [
			delmal(
				'Fler och växande företag',
				[atagande('bidra till att kommunens handlingsplan för bättre företagsklimat genomförs')],
				// P10: "Etappmål" heads the 2017 column; "100 100-100" is 100, 100, -, 100. The tables have no
				// "Totalt" row; their one row is the total, so its Etappmål cell is the target. The caption
				// names the measure (both tables share the row text).
				[
					etappmal('Handläggning av ansökan om att bli utförare inom socialtjänsten', '100', false, years2014To2017, [
						['Handlagts inom fastställd tid (procent)', '100', '100', '-', '100']
					]),
					etappmal('Handläggning av ansökan om stadigvarande serveringstillstånd', '100', false, years2014To2017, [
						['Handlagts inom fastställd tid (procent)', '100', '100', '-', '100']
					])
				]
			),
			delmal(
				'Fler i egen försörjning',
				[
					atagande('effektivisera och förenkla verksamhetsprocesser i syfte att förkorta bidragstidens längd'),
					atagande('utveckla metoder och arbetssätt så att sjukskrivna försörjningsstödstagare blir självförsörjande'),
					atagande('utveckla verksamhetens insatser utifrån brukarnas behov och förutsättningar på arbetsmarknaden')
				],
				// P10 "Öppet arbetslösa …" and "Andel försörjningsstödstagare …" have no Etappmål column: no
				// indicators. P11: "71-60" is 71, -, 60 and "36-50" is 36, -, 50.
				[
					etappmal('Huddingejobb', '100', true, years2014To2017, [
						['Totalt (antal)', '151', '90', 'VB', '100'],
						['Kvinnor', '74', '44', 'VB', '-'],
						['Män', '77', '46', 'VB', '-'],
						['Barnfamiljer', '-', '48', 'VB', '50'],
						['Vårby, Flemingsberg', '75', '49', 'VB', '-'],
						['Varav självförsörjande efter insatsen, Totalt (%)', '69', '71', '-', '60']
					]),
					etappmal('Korta yrkesutbildningar', '50', true, years2014To2017, [
						['Totalt (antal)', '32', '36', '-', '50'],
						['Kvinnor', '17', '8', '-', '-'],
						['Män', '15', '28', '-', '-'],
						['Barnfamiljer', '-', '-', '-', '25'],
						['Vårby, Flemingsberg', '22', '27', '-', '-'],
						['Varav självförsörjande efter insatsen, Totalt (%)', '81', '91', '-', '70']
					])
				]
			)
		]),
		// P12: "har två delmål: Fler upplever god hälsa, samt Fler upplever god vård och omsorg".
		overgripande('God omsorg för individen', [
			delmal(
				'Fler upplever god hälsa',
				[
					atagande(
						'tillsammans med barn- och utbildningsförvaltningen färdigställa ny samverkansöverenskommelse gällande förskole- och skolbarn i behov av samordnade insatser'
					),
					atagande('vidareutveckla innehållet på webbplatsen Anhörig Huddinge utifrån besökarnas behov och önskemål')
				],
				// P14, under the sub-heading "Vräkningsförebyggande arbete"; the caption names the measure.
				[
					etappmal('Verkställda avhysningar av barnfamiljer med förstahandskontrakt', '<2', false, years2014To2017, [
						['Totalt (antal)', '-', '-', '-', '<2']
					])
				]
			),
			// P15: "fyra områden som är formulerade som delmål"; their tables run on to P16. Footnote numbers
			// stuck to the captions ("insats 16", "myndighetsutövning 17") are left out.
			delmal('Fler upplever god vård och omsorg', [
				delmal('God tillgänglighet', [], [
					etappmal('Brukare nöjda med tillgängligheten hos utförare av insats', null, true, brukarundersokning, [
						['Totalt (%)', '-', 'VB', '-'],
						['Kvinnor', '-', 'VB', '-'],
						['Män', '-', 'VB', '-']
					]),
					etappmal('Brukare nöjda med tillgängligheten vid myndighetsutövning', null, true, brukarundersokning, [
						['Totalt (%)', '60', 'VB', '-'],
						['Kvinnor', '56', 'VB', '-'],
						['Män', '66', 'VB', '-']
					])
				]),
				// P16: the list "Utvecklingsåtagande för delmålet Gott bemötande" stands in the section of
				// "God kvalitet på insatser och tjänster" but names this delmål, so its item is a child here.
				delmal('Gott bemötande', [atagande('analysera och vidta åtgärder så att brukarnöjdheten ökar')], [
					etappmal('Brukare nöjda med bemötandet från utförare av insats', null, true, brukarundersokning, [
						['Totalt (%)', '-', 'VB', '-'],
						['Kvinnor', '-', 'VB', '-'],
						['Män', '-', 'VB', '-']
					]),
					etappmal('Brukare nöjda med bemötandet vid myndighetsutövning', null, true, brukarundersokning, [
						['Totalt (%)', '73', 'VB', '-'],
						['Kvinnor', '74', 'VB', '-'],
						['Män', '71', 'VB', '-']
					])
				]),
				// P16: the section's two tables open the page (footnote numbers "insats 15", "myndighetsutövning
				// 16" left out).
				delmal('Hög delaktighet', [], [
					etappmal('Brukare nöjda med delaktigheten vid utförandet av insats', null, true, brukarundersokning, [
						['Totalt (%)', '-', 'VB', '-'],
						['Kvinnor', '-', 'VB', '-'],
						['Män', '-', 'VB', '-']
					]),
					etappmal('Brukare nöjda med delaktighet vid myndighetsutövning', null, true, brukarundersokning, [
						['Totalt (%)', '72', 'VB', '-'],
						['Kvinnor', '74', 'VB', '-'],
						['Män', '69', 'VB', '-']
					])
				]),
				// P16: the extraction splits the first table: its caption and column headings come before the
				// sub-heading "Att använda resultat i förbättringsarbete", its rows ("Totalt (%) - VB - Kvinnor
				// - VB - Män - VB -") after the utvecklingsåtagande, just before the second table's caption.
				// The table is taken as meant: those rows are its rows. The sub-heading is no goal (as
				// "Vräkningsförebyggande arbete" on P14).
				delmal('God kvalitet på insatser och tjänster', [], [
					etappmal('Brukare nöjda med kvaliteten på insats och tjänst hos utförare', null, true, brukarundersokning, [
						['Totalt (%)', '-', 'VB', '-'],
						['Kvinnor', '-', 'VB', '-'],
						['Män', '-', 'VB', '-']
					]),
					etappmal('Brukare nöjda med kvaliteten på insats och tjänst vid myndighetsutövning', null, true, brukarundersokning, [
						['Totalt (%)', '64', 'VB', '-'],
						['Kvinnor', '66', 'VB', '-'],
						['Män', '62', 'VB', '-']
					])
				])
			])
		]),
		// P2 contents (pages 17-23, beyond the seed's text): the plan has these goals, their delmål are not
		// in the seed, so they stand without children. "Utbildning med hög kvalitet" is not in this plan.
		overgripande('Ekosystem i balans'),
		strategiskt('Systematisk kvalitetsutveckling'),
		strategiskt('Attraktiv arbetsgivare'),
		strategiskt('Sund ekonomi')
	],
	// No budget table with tkr figures in the seed.
	budget: [],
	// P2 contents, from "Plan för intern kontroll" on; "Organisation" has a broken page reference
	// ("Fel! Bokmärket är inte definierat.") but is an entry all the same.
	otherHeadings: [
		'Plan för intern kontroll',
		'Nämndens internkontrollarbete',
		'Riskreducerande åtgärder',
		'Åtgärder utifrån rekommendation från revision eller annan extern granskning',
		'Systematiska kontroller',
		'Plan för uppföljning och insyn',
		'Uppföljning 2017',
		'Verksamhetsstatistik nyckeltal',
		'Organisation',
		'Källförteckning'
	],
	attachments: []
};
