/**
 * Golden expectation for /work/shared/seeds/hagersten-liljeholmen-bestallarenheten-2013.txt,
 * written by hand from reading the document (not from any importer's output). Line numbers (L…)
 * refer to the seed file, so a reviewer can check each entry against it.
 */
import type { GoldenActivity, GoldenPlan } from './golden-plan';

/** Every activity in this plan runs over the whole year 2013 (each row says so). */
function activity2013(title: string): GoldenActivity {
	return { title, start: '2013-01-01', end: '2013-12-31' };
}

/** The suffix the city's indicator names carry for this area (as written, lower case "stöd"). */
const lss = '(stöd och service till personer med funktionsnedsättning)';

export const hagerstenLiljeholmenBestallarenheten2013: GoldenPlan = {
	seed: 'hagersten-liljeholmen-bestallarenheten-2013.txt',
	title: 'Verksamhetsplan Beställarenheten funktionsnedsättning',
	organisation: 'Beställarenheten funktionsnedsättning',
	// The title names no year; the plan is for 2013 throughout ("Metodutveckling 2013", "Budget 2013",
	// "Bilagor 2013", every activity 2013-01-01–2013-12-31).
	year: 2013,
	// "Inledning" has text of its own (L12-16), so it is listed; the other three are headings at the
	// same level. "Stödinsatser som kan vara aktuella är till exempel:" (L49) is a sentence, not a heading.
	introductionHeadings: ['Inledning', 'Metodutveckling 2013', 'Budgetarbete', 'Enhetens arbete'],
	goals: [
		{
			// "KF:S INRIKTNINGSMÅL 1:" (L79): the label in normal case; the number is the title line's.
			label: 'KF:s inriktningsmål',
			number: '1',
			title:
				'Stockholm ska vara en attraktiv, trygg, tillgänglig och växande stad för boende, företagande och besök',
			indicators: [],
			activities: [],
			children: [
				{
					label: 'KF:s mål för verksamhetsområdet',
					number: '1.3',
					title: 'Stockholms livsmiljö är hållbar',
					indicators: [
						{
							name: 'Andel ekologiska livsmedel i stadens egna verksamheter',
							annualTarget: '20 %',
							councilTarget: '15 %',
							periodicity: 'Tertial'
						}
					],
					activities: [],
					children: [
						{
							label: 'Nämndmål',
							number: null,
							title: 'Verksamheterna bedrivs med lägsta möjliga miljöbelastning',
							indicators: [],
							activities: [],
							children: [
								{
									label: 'Åtagande',
									number: null,
									title: 'Vi åtar oss att bidra till en förbättrad miljö',
									indicators: [],
									activities: [],
									children: []
								}
							]
						}
					]
				},
				{
					label: 'KF:s mål för verksamhetsområdet',
					number: '1.7',
					title: 'Stockholm upplevs som en trygg, säker och ren stad',
					indicators: [],
					activities: [],
					children: [
						{
							label: 'Nämndmål',
							number: null,
							title: 'Stadsdelsnämndens verksamheter och lokaler ska vara tillgängliga för alla',
							indicators: [],
							activities: [],
							children: [
								{
									label: 'Åtagande',
									number: null,
									title: 'Vi åtar oss att kommunicera och ge information på ett tillgängligt sätt.',
									indicators: [],
									activities: [],
									children: []
								}
							]
						}
					]
				}
			]
		},
		{
			label: 'KF:s inriktningsmål',
			number: '2',
			title: 'Kvalitet och valfrihet ska utvecklas och förbättras',
			indicators: [],
			activities: [],
			children: [
				{
					// No nämndmål under 2.1 in this plan: the next label (L176) is the next KF goal.
					label: 'KF:s mål för verksamhetsområdet',
					number: '2.1',
					title: 'Stockholmarna upplever att de erbjuds valfrihet och mångfald',
					indicators: [
						{
							name: 'Andel brukare som upplever att de har valmöjlighet inom omsorg om personer med funktionsnedsättning',
							annualTarget: '68 %',
							councilTarget: '68 %',
							periodicity: 'År'
						}
					],
					activities: [],
					children: []
				},
				{
					label: 'KF:s mål för verksamhetsområdet',
					number: '2.3',
					title: 'Stockholmarna upplever att de får god service och omsorg',
					// L180-196: three tables (headers L180, L183, L195), 1 + 10 + 1 rows, all before the
					// first nämndmål, so all twelve are this KF goal's.
					indicators: [
						{
							// "loF" (lower-case L) is as written; it probably means "IoF", but a reader cannot
							// tell a typing slip from an extraction slip here, so the text is kept.
							name: 'Andel av utredningar inom loF, socialpsykiatri där metoden DUR används',
							annualTarget: null,
							councilTarget: null,
							periodicity: 'År'
						},
						{
							name: 'Andel enskilda som ökat sin funktionsförmåga inom socialpsykiatrin',
							annualTarget: '2 %',
							councilTarget: 'tas fram av nämnden',
							periodicity: 'År'
						},
						{
							name: 'Andel personer med insatser inom socialpsykiatrin som är nöjda med hur utredningen av deras behov av stöd genomfördes (IoF)',
							annualTarget: '80 %',
							councilTarget: '80 %',
							periodicity: 'År'
						},
						{
							name: `Andel genomförda utredningar enligt DUR inom stöd och service för personer med funktionsnedsättning ${lss}`,
							annualTarget: '80 %',
							councilTarget: 'tas fram av nämnden',
							periodicity: 'År'
						},
						{
							name: `Andel personer med funktionsnedsättning som upplever att de blir väl bemötta av stadens personal ${lss}`,
							annualTarget: '90 %',
							councilTarget: 'öka',
							periodicity: 'År'
						},
						{
							name: `Andel personer med funktionsnedsättning som upplever att de kan påverka insatsens utformning ${lss}`,
							annualTarget: '73 %',
							councilTarget: 'öka',
							periodicity: 'År'
						},
						{
							// "fungerade" (for "fungerande") is the document's spelling.
							name: `Andelen personer med funktionsnedsättning som upplever att de har en fungerade bostad ${lss}`,
							annualTarget: '85 %',
							councilTarget: 'tas fram av nämnden',
							periodicity: 'År'
						},
						{
							name: `Andelen personer med funktionsnedsättning som övergår till lönearbete efter deltagande i dagliga verksamheter enligt LSS eller dagverksamheter enligt SoL ${lss}`,
							annualTarget: '0 %',
							councilTarget: 'tas fram av nämnden',
							periodicity: 'År'
						},
						{
							name: `Brukarens upplevelse av trygghet - LSS-boende, vuxna och barn ${lss}`,
							annualTarget: '91 %',
							councilTarget: '91 %',
							periodicity: 'År'
						},
						{
							name: `Nöjda brukare - Daglig verksamhet ${lss}`,
							annualTarget: '91 %',
							councilTarget: '91 %',
							periodicity: 'År'
						},
						{
							name: `Nöjda brukare - korttidsboende ${lss}`,
							annualTarget: '91 %',
							councilTarget: '91 %',
							periodicity: 'År'
						},
						{
							// Upper-case "Stöd" here, as written (L196).
							name: 'Nöjda brukare - LSS-boende, vuxna och barn (Stöd och service till personer med funktionsnedsättning)',
							annualTarget: '89 %',
							councilTarget: '89 %',
							periodicity: 'År'
						}
					],
					activities: [],
					children: [
						{
							label: 'Nämndmål',
							number: null,
							// "tillvara ta" (two words) is as written.
							title:
								'All myndighetsutövning ska vara rättssäker och tillvara ta den enskildes resurser',
							indicators: [],
							activities: [],
							children: [
								{
									label: 'Åtagande',
									number: null,
									title:
										'Vi åtar oss att handlägga biståndsärenden på ett rättssäkert sätt med utgångspunkt från den enskildes egna resurser.',
									indicators: [],
									activities: [],
									children: []
								}
							]
						},
						{
							label: 'Nämndmål',
							number: null,
							title:
								'Anhöriga ska uppleva att de får stöd och hjälp utifrån sin aktuella situation',
							indicators: [],
							activities: [],
							children: [
								{
									label: 'Åtagande',
									number: null,
									title:
										'Vi åtar oss att uppmärksamma anhörigas behov, informera om och erbjuda stöd för anhöriga.',
									indicators: [],
									activities: [],
									children: []
								}
							]
						},
						{
							label: 'Nämndmål',
							number: null,
							title: 'Den enskilde ska få ett gott bemötande',
							indicators: [],
							activities: [],
							children: [
								{
									label: 'Åtagande',
									number: null,
									title:
										'Vi åtar oss att ge alla som har kontakt med oss ett respektfullt och gott bemötande.',
									indicators: [],
									activities: [],
									children: []
								}
							]
						},
						{
							label: 'Nämndmål',
							number: null,
							title:
								'Den enskilde ska få insatser av god kvalitet som erbjuder delaktighet och stärker förmågan att leva ett självständigt liv',
							indicators: [],
							activities: [],
							// Two åtaganden under this nämndmål (L310 and L334): the second "ÅTAGANDE:" comes
							// without a new "NÄMNDMÅL:", so it stays under the same nämndmål.
							children: [
								{
									label: 'Åtagande',
									number: null,
									title: 'Vi åtar oss att brukarna är informerade om valfriheten inom SoL och LSS.',
									indicators: [],
									activities: [],
									children: []
								},
								{
									label: 'Åtagande',
									number: null,
									// "handlägningsprocessen" is the document's spelling.
									title:
										'Vi åtar oss att tillgodose den enskildes rätt till delaktighet i handlägningsprocessen.',
									indicators: [],
									activities: [],
									children: []
								}
							]
						}
					]
				},
				{
					label: 'KF:s mål för verksamhetsområdet',
					number: '2.4',
					title: 'Stockholms stad är en attraktiv arbetsgivare med spännande och utmanande arbeten',
					indicators: [
						{
							name: 'Aktivt Medskapandeindex',
							annualTarget: '79',
							councilTarget: 'öka',
							periodicity: 'År'
						},
						{
							name: 'Andel medarbetare på deltid som erbjuds heltid',
							annualTarget: '10 %',
							councilTarget: 'öka',
							periodicity: 'År'
						},
						{
							name: 'Chefer och ledare ställer tydliga krav på sina medarbetare',
							annualTarget: '90 %',
							councilTarget: 'öka',
							periodicity: 'År'
						},
						{
							name: 'Medarbetare vet vad som förväntas av dem i deras arbete.',
							annualTarget: '90 %',
							councilTarget: 'öka',
							periodicity: 'År'
						},
						{
							name: 'Sjukfrånvaro (alla nämnder/bolag)',
							annualTarget: null,
							councilTarget: '4,4 %',
							periodicity: 'Tertial'
						}
					],
					activities: [],
					children: [
						{
							label: 'Nämndmål',
							number: null,
							// The parenthesis is part of the title line as written (L383), so it is kept.
							title:
								'Medarbetares och chefers kompetens ska utvecklas genom riktade insatser (Se även aktiviteter under 2.2 och 2.3.)',
							indicators: [],
							// L385-391: one table split by a repeated header row (L390); 3 + 1 rows.
							activities: [
								activity2013(
									'Aktivt deltagande på arbetsplatsträffar och planeringsdagar. Bidra med egna erfarenheter och förslag på hur mål, riktlinjer, förhållningssätt och policies kan verkställas i praktiken.'
								),
								activity2013(
									'Arbetsplatsträffarna ska ha fokus på att öka medarbetarnas engagemang i arbetet med verksamhetens mål. Särskilda teman behandlas under året.'
								),
								activity2013(
									'Samtliga enheter ska redovisa arbetet utifrån Jämställdhets- och mångfaldsplan för 2013-2015'
								),
								activity2013(
									'Stärkt medarbetarskap. Samtliga medarbetare har en individuell utvecklingsplan som fortlöpande uppdateras.'
								)
							],
							children: [
								{
									// L393: label, title and the next section heading run together on one line
									// with bold marks ("ÅTAGANDE:**…****Förväntat resultat**"); the title is the
									// bold text between them.
									label: 'Åtagande',
									number: null,
									title: 'Medarbetares behov av kompetensutveckling ska tillgodoses.',
									indicators: [],
									activities: [],
									children: []
								}
							]
						},
						{
							label: 'Nämndmål',
							number: null,
							title: 'Sjukfrånvaron ska minska jämfört med 2012',
							indicators: [],
							activities: [
								activity2013('Förvaltningen ska genomföra fysiska och psykosociala skyddsronder.'),
								activity2013('Arbete med rehabiliteringsprocessen'),
								activity2013(
									'Följa stadens rehabiliteringsprocess. Regelbundna möten mellan chefer, försäkringskassa, HR-konsulter, personalkonsulent och företagshälsovård. Fackliga representanter deltar där den anställde så önskar.'
								),
								activity2013('Minska antalet timavlönade'),
								activity2013('Beskriva arbetet med att minska upprepade korta sjukfrånvarotillfällen.'),
								activity2013('Beskriva det långsiktiga arbetet att främja hälsan hos de anställda.'),
								activity2013(
									'Enheterna ska redovisa hur man arbetar för att skapa en god arbetsmiljö och motverkar kränkningar, mobbning och trakasserier på arbetsplatsen.'
								),
								activity2013(
									'Systematisk uppföljning av sjukfrånvaron per enhet. Cheferna hämtar uppgifter ur systemet Infoview månadsvis. Sjukfrånvaron analyseras.'
								)
							],
							children: [
								{
									label: 'Åtagande',
									number: null,
									title:
										'Vi åtar oss att arbeta för att enhetens sjukfrånvaro ska fortsätta hålla en låg nivå.',
									indicators: [],
									activities: [],
									children: []
								}
							]
						}
					]
				}
			]
		},
		{
			label: 'KF:s inriktningsmål',
			number: '3',
			title: 'Stadens verksamheter ska vara kostnadseffektiva',
			indicators: [],
			activities: [],
			children: [
				{
					label: 'KF:s mål för verksamhetsområdet',
					number: '3.1',
					title: 'Budgeten är i balans',
					indicators: [
						{
							name: 'Nämndens budgetföljsamhet efter resultatöverföringar (alla nämnder)',
							annualTarget: '100 %',
							councilTarget: '100 %',
							periodicity: 'Tertial'
						}
					],
					activities: [],
					children: [
						{
							// L480: nämndmål, åtagande and "Förväntat resultat" run together on one line with
							// bold marks; each bold run after a label is that level's title.
							label: 'Nämndmål',
							number: null,
							title:
								'Nämndens verksamheter ska bedrivas på ett kostnadseffektivt sätt och inom beslutad budget',
							indicators: [],
							activities: [],
							// "Funktionsnedsättning", "Socialpsykiatri" (L488, L492) and the second
							// "Resursanvändning" (L512) are sub-headings of this åtagande's text, not goals.
							children: [
								{
									label: 'Åtagande',
									number: null,
									title: 'Vi åtar oss att använda tilldelade resurser på ett effektivt sätt.',
									indicators: [],
									activities: [],
									children: []
								}
							]
						}
					]
				},
				{
					// L566-569: label and title on consecutive lines without blank lines between.
					label: 'KF:s mål för verksamhetsområdet',
					number: '3.2',
					title: 'Alla verksamheter staden finansierar är effektiva',
					indicators: [],
					activities: [],
					children: [
						{
							label: 'Nämndmål',
							number: null,
							title: 'Styrningen och uppföljningen av verksamhet och ekonomi ska vara tydlig',
							indicators: [],
							activities: [
								activity2013(
									'Internkontroll ska genomföras och dokumenteras inom samtliga avdelningar och enheter.'
								)
							],
							children: [
								{
									label: 'Åtagande',
									number: null,
									title:
										'Vi åtar oss att kontinuerligt följa upp verksamhet och ekonomi som underlag för en tydlig styrning av enhetens arbete.',
									indicators: [],
									activities: [],
									children: []
								}
							]
						}
					]
				}
			]
		}
	],
	// L524-564 "Budget 2013": two tables, one per area. Header row "Beloppen anges i TKr | Budget": the
	// first cell names the unit (tkr), the value column is "Budget". The italic group rows "Intäkter"
	// and "Kostnader" have no value; they are kept (null) because every row is kept.
	// Sums checked by hand: Socialpsykiatri 0+0+3 300+0 = 3 300; 14 120+4 616+160+0+26 924+93 = 45 913;
	// 45 913−3 300 = 42 613. Funktionsnedsättning 0+0+8 000+0 = 8 000;
	// 97 030+7 930+120+1 000+153 243−3 571 = 255 752; 255 752−8 000 = 247 752.
	budget: [
		{
			heading: 'Socialpsykiatri',
			columns: ['Budget'],
			rows: [
				{ label: 'Intäkter', values: [null] },
				{ label: 'Förvaltningsinterna intäkter', values: [0] },
				{ label: 'Bidrag', values: [0] },
				{ label: 'Försäljning av verksamhet', values: [3300] },
				{ label: 'Övriga externa intäkter', values: [0] },
				{ label: 'Summa intäkter', values: [3300] },
				{ label: 'Kostnader', values: [null] },
				{ label: 'Förvaltningsinterna kostnader', values: [14120] },
				{ label: 'Personalkostnader', values: [4616] },
				{ label: 'Övriga personalkostnader', values: [160] },
				{ label: 'Lokalkostnader', values: [0] },
				{ label: 'Entreprenader och köp av verksamhet', values: [26924] },
				{ label: 'Övriga kostnader', values: [93] },
				{ label: 'Summa kostnader', values: [45913] },
				{ label: 'Summa netto', values: [42613] }
			]
		},
		{
			heading: 'Funktionsnedsättning',
			columns: ['Budget'],
			rows: [
				{ label: 'Intäkter', values: [null] },
				{ label: 'Förvaltningsinterna intäkter', values: [0] },
				{ label: 'Bidrag', values: [0] },
				{ label: 'Försäljning av verksamhet', values: [8000] },
				{ label: 'Övriga externa intäkter', values: [0] },
				{ label: 'Summa intäkter', values: [8000] },
				{ label: 'Kostnader', values: [null] },
				{ label: 'Förvaltningsinterna kostnader', values: [97030] },
				{ label: 'Personalkostnader', values: [7930] },
				{ label: 'Övriga personalkostnader', values: [120] },
				{ label: 'Lokalkostnader', values: [1000] },
				{ label: 'Entreprenader och köp av verksamhet', values: [153243] },
				{ label: 'Övriga kostnader', values: [-3571] },
				{ label: 'Summa kostnader', values: [255752] },
				{ label: 'Summa netto', values: [247752] }
			]
		}
	],
	// L604-610: "Övriga frågor" has text of its own and no sub-headings.
	otherHeadings: ['Övriga frågor'],
	// L614-617 "Bilagor 2013", without the list dashes.
	attachments: ['RoV-analys', 'Internkontrollplan']
};
