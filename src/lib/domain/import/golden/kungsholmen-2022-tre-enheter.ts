/**
 * Golden expectation for /work/shared/seeds/kungsholmen-2022-tre-enheter.txt: three units' plans
 * for 2022 in one file (Enheten för sysselsättning L1-506, Familjeenheten L508-1131, Biståndsbedömning,
 * funktionsnedsättning L1133-1797), written by hand from reading the document (not from any
 * importer's output). Line numbers (L…) refer to the seed file.
 *
 * Readings shared by all three plans:
 * - The table of contents (L23-40, L519-539, L1157-1174) is not content; goals are read from the body.
 * - Levels: "KF:s inriktningsmål: 1.", "KF:s mål för verksamhetsområdet: 1.2.", "Nämndmål: 1.2.1",
 *   "Enhetsmål:" (no number). A number's trailing dot ("1.2.", "2.4.1.") is punctuation, not part of it.
 * - A table stands under the nearest goal heading above it: an Indikator or Aktivitet table between a
 *   nämndmål's text and its first Enhetsmål is the nämndmål's; one after an Enhetsmål's text is the
 *   Enhetsmål's.
 * - Headings (introduction and other): every heading with text of its own, in order; a heading with
 *   no text of its own, only sub-headings, is left out (as in the 2014 goldens). "Förslag till beslut"
 *   (a heading with no text, before "Inledning") is neither. The empty "Redovisning av ekonomi" /
 *   "Resursanvändning" / "Budget 2022" headings are the budget part, not other sections.
 * - Text as written, including the document's slips ("Relationsvårdscentrum", "en trivsamt").
 */
import type { GoldenActivity, GoldenGoal, GoldenIndicator, GoldenPlan } from './golden-plan';

const kf1 = 'En modern storstad med möjligheter och valfrihet för alla';
const kf12 = 'Stockholm är en trygg, säker och välskött stad att bo och vistas i';
const kf14 =
	'I Stockholm får människor i behov av stöd insatser i tid präglade av hög kvalitet, evidens och rättssäkerhet';
const kf2 = 'En hållbart växande och dynamisk storstad med hög tillväxt';
const kf24 = 'Stockholm är en modern kultur- och evenemangsstad med en stark besöksnäring';
const kf25 = 'Stockholm är en hållbar stad med en god livsmiljö';
const kf3 = 'En ekonomiskt hållbar och innovativ storstad för framtiden';
const kf31 = 'Stockholm har en budget i balans och långsiktigt hållbara finanser';
const kf32 = 'Stockholm använder skattemedlen effektivt till största nytta för stockholmarna';

const nm121 = 'Kungsholmens stadsdelsområde är tryggt och säkert';
const nm123 = 'Barn, unga, vuxna och äldre i relationer där våld förekommer får det stöd de behöver';
const nm141 = 'Förebyggande och tidiga insatser ger barn och unga goda uppväxtvillkor';
const nm143 =
	'Personer med funktionsnedsättning i behov av stöd får insatser i tid, präglade av hög kvalitet, evidens och rättssäkerhet';
const nm241 = 'Kungsholmsbor i alla åldrar tar del av ett varierat kultur- och fritidsutbud';
const nm251 = 'Nämndens verksamheter bidrar till en hållbar livsmiljö';
const nm311 = 'Stadsdelsnämndens ekonomi är långsiktigt hållbar';
const nm321 = 'Kompetenta ledare och medarbetare skapar tillsammans en hälsosam arbetsmiljö';
const nm322 = 'Nämndens verksamheter använder resurser effektivt, hållbart och innovativt';

type Content = { indicators?: GoldenIndicator[]; activities?: GoldenActivity[]; children?: GoldenGoal[] };

function goal(label: string, number: string | null, title: string, content: Content = {}): GoldenGoal {
	return {
		label,
		number,
		title,
		indicators: content.indicators ?? [],
		activities: content.activities ?? [],
		children: content.children ?? []
	};
}
const inriktningsmal = (number: string, title: string, content: Content) =>
	goal('KF:s inriktningsmål', number, title, content);
const kfMal = (number: string, title: string, content: Content = {}) =>
	goal('KF:s mål för verksamhetsområdet', number, title, content);
const namndmal = (number: string, title: string, content: Content = {}) =>
	goal('Nämndmål', number, title, content);
const enhetsmal = (title: string, content: Content = {}) => goal('Enhetsmål', null, title, content);

function indicator(
	name: string,
	annualTarget: string | null,
	councilTarget: string | null,
	periodicity: string
): GoldenIndicator {
	return { name, annualTarget, councilTarget, periodicity };
}
function activity(title: string, start = '2022-01-01', end = '2022-12-31'): GoldenActivity {
	return { title, start, end };
}

/** Rows the three units share word for word (only the targets differ). */
const ekologiska =
	'Andel inköpta ekologiska måltider och livsmedel i staden i kronor av totala värdet av inköpta måltider och livsmedel';
const tasFram = 'Tas fram av nämnd/styrelse';
const kf32Indicators = (medskapande: string, sjuk: string, sjuk14: string) => [
	indicator('Aktivt Medskapandeindex', medskapande, '83', 'År'),
	indicator('Sjukfrånvaro', sjuk, tasFram, 'Tertial'),
	indicator('Sjukfrånvaro dag 1-14', sjuk14, tasFram, 'Tertial')
];
// The nämndmål's own rows have no KF:s årsmål (blank cell).
const nm321Indicators = (rekommendera: string, diskriminering: string, ledarskap: string) => [
	indicator('Andel medarbetare inom socialtjänsten som kan rekommendera sin arbetsplats', rekommendera, null, 'År'),
	indicator(
		'Andel medarbetare som vet var de ska vända sig om hen upplever sig utsatt för diskriminering, kränkande särbehandling, trakasserier, sexuella trakasserier och repressalier',
		diskriminering,
		null,
		'År'
	),
	indicator('Ledarskapsindex', ledarskap, null, 'År')
];
const aktivtMedarbetarskap = activity('Socialtjänstavdelningen arbetar med Aktivt medarbetarskap');
const registerforteckning = activity('Enheternas registerförteckning revideras under året');
const hedersrelateratVald = activity('Implementera arbetssätt och metoder för att upptäcka hedersrelaterat våld');
const barnDelaktigt = (annualTarget: string) =>
	indicator(
		'Andel utredningar av barn och unga där barnet varit delaktigt och fått återkoppling',
		annualTarget,
		'Tas fram av nämnd',
		'Tertial'
	);
const skolaVidtalas = (annualTarget: string) =>
	indicator('Andel utredningar av barn och unga i vilka skola/förskola vidtalas', annualTarget, 'Tas fram av nämnd', 'Tertial');

export const enhetenForSysselsattning2022: GoldenPlan = {
	seed: 'kungsholmen-2022-tre-enheter.txt',
	title: 'Verksamhetsplan 2022 för Enheten för sysselsättning',
	organisation: 'Enheten för sysselsättning',
	year: 2022,
	// L42-66. "Utvecklingsområden 2022" (L48) has no text of its own, only two sub-headings that name
	// the development areas (L50, L54), so those are listed in its place.
	introductionHeadings: [
		'Enhetens uppdrag',
		'Personer med funktionsnedsättning i behov av stöd får insatser i tid, präglade av hög kvalitet, evidens och rättssäkerhet',
		'Kompetenta ledare och medarbetare skapar tillsammans en hälsosam arbetsmiljö',
		'Organisationsbeskrivning',
		'Ledarskapsidé'
	],
	goals: [
		inriktningsmal('1', kf1, {
			children: [
				kfMal('1.2', kf12, {
					children: [
						namndmal('1.2.1', nm121),
						namndmal('1.2.3', nm123, {
							children: [
								// L118; the activity table (L143-144) ends this Enhetsmål's section.
								enhetsmal('Enhetens brukare får stöd i händelse av att de utsätts för våld i nära relation.', {
									activities: [activity('Säkerställa kunskaper om våld i nära relation', '2022-01-14')]
								})
							]
						})
					]
				}),
				kfMal('1.4', kf14, {
					// L148-155: one table split over a page (header repeated at L153); the third row's name
					// ends after the repeated header ("♀ funktionsnedsättning)", L154), so 4 rows, not 5.
					// The ♀/♂ marks are page decorations, not part of the names.
					indicators: [
						indicator(
							'Andel brukare inom omsorgen för personer med funktionsnedsättning som inte upplever diskriminering',
							'88 %',
							'öka',
							'År'
						),
						indicator(
							'Andel brukare som är nöjd med sin insats - Funktionsnedsättning (stöd och service till personer med funktionsnedsättning)',
							'93 %',
							'80 %',
							'År'
						),
						indicator(
							'Andel personer med funktionsnedsättning som upplever att de blir väl bemötta av stadens personal (stöd och service till personer med funktionsnedsättning)',
							'97 %',
							'90 %',
							'År'
						),
						indicator(
							'Andel personer med funktionsnedsättning som upplever att de kan påverka insatsens utformning (stöd och service till personer med funktionsnedsättning)',
							'97 %',
							'79 %',
							'År'
						)
					],
					children: [
						namndmal('1.4.3', nm143, {
							// L171-173: before the Enhetsmål, so the nämndmål's.
							activities: [
								activity(
									'Följa upp att följsamheten av basala hygienrutiner är hög i alla verksamheter och säkerställa att det bedrivs ett strukturerat smittskyddsarbete'
								),
								activity('Fördjupad implementering av det pedagogiska ramverket inom daglig verksamhet')
							],
							children: [
								enhetsmal(
									'Brukare på Kungsholmens dagliga verksamhet har en individuellt utformad sysselsättning av hög kvalitet'
								)
							]
						})
					]
				})
			]
		}),
		inriktningsmal('2', kf2, {
			children: [
				kfMal('2.4', kf24, {
					children: [
						namndmal('2.4.1', nm241, {
							children: [
								enhetsmal(
									'Brukare på Kungsholmens dagliga verksamhet erbjuds ett varierat kulturutbud och hälsofrämjande aktiviteter.'
								)
							]
						})
					]
				}),
				kfMal('2.5', kf25, {
					indicators: [indicator(ekologiska, '50 %', '65 %', 'År')],
					children: [
						namndmal('2.5.1', nm251, {
							// L286: "kemikalie" (cut short) as written.
							activities: [
								activity(
									'Aktiviteter och kunskapshöjande insatser inom det förvaltningsgemensamma temat Klimatsmart Mat, med utökat fokus också på plast och kemikalie'
								)
							],
							children: [enhetsmal('Kungsholmens dagliga verksamhet bidrar till en hållbar livsmiljö')]
						})
					]
				})
			]
		}),
		inriktningsmal('3', kf3, {
			children: [
				kfMal('3.1', kf31, {
					children: [
						namndmal('3.1.1', nm311, {
							children: [enhetsmal('Kungsholmens dagliga verksamhet har en ekonomi som är långsiktigt hållbar')]
						})
					]
				}),
				kfMal('3.2', kf32, {
					indicators: kf32Indicators('76', '15 %', '3 %'),
					children: [
						namndmal('3.2.1', nm321, {
							indicators: nm321Indicators('76 %', '90 %', '70'),
							activities: [aktivtMedarbetarskap],
							children: [enhetsmal('Tillsammans skapar medarbetare och ledning en hälsosam arbetsmiljö')]
						}),
						namndmal('3.2.2', nm322, {
							activities: [registerforteckning],
							children: [
								enhetsmal('Kungsholmens dagliga verksamhet använder resurser effektivt, hållbart och innovativt')
							]
						})
					]
				})
			]
		})
	],
	// L482-490 "Budget 2022": the table has no header of its own (the extraction repeats its first row
	// as a header, L484); its one value column is the 2022 budget. -21 024 + 13 609 + 7 415 = 0 (Netto).
	budget: [
		{
			heading: 'Budget 2022',
			columns: ['Budget 2022'],
			rows: [
				{ label: 'Intäkter', values: [-21024] },
				{ label: 'Löner', values: [13609] },
				{ label: 'Övriga kostnader', values: [7415] },
				{ label: 'Netto', values: [0] }
			]
		}
	],
	// L492-506: "Övrigt" and "Kvalitet" have no text of their own; "-Brukardialog" without its dash.
	otherHeadings: ['Brukardialog', 'Synpunkter och klagomål', 'Brukarna i centrum'],
	attachments: []
};

export const familjeenheten2022: GoldenPlan = {
	seed: 'kungsholmen-2022-tre-enheter.txt',
	title: 'Verksamhetsplan 2022 för Familjeenheten',
	organisation: 'Familjeenheten',
	year: 2022,
	// L541-565.
	introductionHeadings: ['Enhetens uppdrag', 'Utvecklingsområden 2022', 'Organisationsbeskrivning', 'Ledarskapsidé'],
	goals: [
		inriktningsmal('1', kf1, {
			children: [
				kfMal('1.2', kf12, {
					children: [
						namndmal('1.2.1', nm121),
						namndmal('1.2.3', nm123, {
							// L615-616: before the Enhetsmål, so the nämndmål's.
							activities: [hedersrelateratVald],
							children: [
								enhetsmal('Barn som upplevt våld får stöd och lever i våldsfrihet', {
									activities: [
										activity('Implementera rutiner för att erbjuda barn som upplevt våld stöd via RVCi', '2022-01-28')
									]
								})
							]
						})
					]
				}),
				kfMal('1.4', kf14, {
					// L659-665; the first row's KF:s årsmål is blank.
					indicators: [
						indicator(
							'Andel barn och unga som bedömts ha skyddsbehov och som inte fått vänta på placering',
							'100 %',
							null,
							'Tertial'
						),
						indicator(
							'Andel barn och unga som åter blir föremål för anmälan/ansökan efter avslutad utredning',
							'24 %',
							'24 %',
							'Tertial'
						),
						indicator(
							'Andel barn och ungdomar anmälda för brott som tillsammans med föräldrar eller vårdnadshavare kallats till samtal med socialtjänsten inom 48 timmar',
							'75 %',
							'Tas fram av nämnd',
							'Tertial'
						),
						indicator(
							'Andel familjehemsplacerade barn i skolåldern som klarar målen i kärnämnen i grundskolan',
							'75 %',
							'75 %',
							'Tertial'
						),
						barnDelaktigt('70 %'),
						skolaVidtalas('70 %')
					],
					children: [
						namndmal('1.4.1', nm141, {
							activities: [
								activity(
									'Analysera slutsatserna av kartläggningen av handläggning av barnärenden, "Rätt stöd i rätt tid", för att utveckla eventuella nya arbetssätt'
								),
								activity('Genomföra en temadag kring stärkt stöd för föräldrar till barn med hög skolfrånvaro')
							],
							children: [
								enhetsmal(
									'Familjeenheten har fungerande samarbeten och samverkan med andra aktörer utifrån barnets bästa',
									{
										// L760: lower-case "utveckla" as written.
										activities: [
											activity('utveckla samverkan runt arbetet med barn med problematisk skolfrånvaro', '2022-01-26')
										]
									}
								),
								enhetsmal('Familjehemsplacerade barn har god hälsa och skolgång'),
								enhetsmal(
									'Flickor och pojkar som kommer i kontakt med familjeenheten får rättssäkra bedömningar och görs delaktiga i utredningsprocessen samt vid planering av insatser',
									{
										activities: [
											activity(
												'Arbete med socialstyrelsens material "förbättrad dokumentation"',
												'2022-01-28'
											),
											activity('Brukarundersökning')
										]
									}
								),
								enhetsmal(
									'Separerade föräldrar erbjuds stöd för att kunna hantera sina konflikter och får stöd i att gemensamt arbeta för barnets bästa.'
								)
							]
						})
					]
				})
			]
		}),
		// No 2.4 in this plan (neither in the body nor in the contents, L527-528).
		inriktningsmal('2', kf2, {
			children: [
				kfMal('2.5', kf25, {
					indicators: [indicator(ekologiska, '65 %', '65 %', 'År')],
					children: [
						namndmal('2.5.1', nm251, {
							children: [
								enhetsmal('Familjeenheten bidrar till en hållbar livsmiljö', {
									activities: [activity('Kartläggning av tjänsteresor på enheten.', '2022-01-27', '2022-06-30')]
								})
							]
						})
					]
				})
			]
		}),
		inriktningsmal('3', kf3, {
			children: [
				kfMal('3.1', kf31, {
					children: [namndmal('3.1.1', nm311, { children: [enhetsmal('Familjeenhetens ekonomi är långsiktigt hållbar')] })]
				}),
				kfMal('3.2', kf32, {
					indicators: kf32Indicators('83', '5 %', '2 %'),
					children: [
						namndmal('3.2.1', nm321, {
							indicators: nm321Indicators('72 %', '90 %', '82'),
							activities: [aktivtMedarbetarskap],
							children: [
								enhetsmal(
									'Familjeenhetens medarbetare och chefer arbetar tillsammans med att skapa en hälsosam arbetsmiljö med aktivt medarbetarskap',
									{
										// L1054: the start 2021-01-22 is as written (most likely meant 2022, but the
										// document says 2021 and the range is still valid).
										activities: [
											activity(
												'revidera handlingsplanen för förbättrad organisatorisk och social arbetsmiljö.',
												'2021-01-22',
												'2022-04-30'
											)
										]
									}
								)
							]
						}),
						namndmal('3.2.2', nm322, {
							activities: [registerforteckning],
							children: [enhetsmal('Familjeenheten använder resurser effektivt, hållbart och innovativt.')]
						})
					]
				})
			]
		})
	],
	// L1113-1117: "Budget 2022" has no table in this plan (the budget is in the attachment).
	budget: [],
	// L1119-1131: "Övrigt" has no text of its own; "Kvalitet" has.
	otherHeadings: ['Kvalitet'],
	// L537-539 (listed with the contents): "Bilaga 1: budgetruta 22" without the "Bilaga 1:" prefix. The
	// "22" is kept: contents entries end in a tab and a page number, this line has neither, so "22"
	// reads as part of the name (the year, as in "Budget 2022").
	attachments: ['budgetruta 22']
};

export const bistandsbedomningFunktionsnedsattning2022: GoldenPlan = {
	seed: 'kungsholmen-2022-tre-enheter.txt',
	// L1142 has lost its first letter ("erksamhetsplan …"); the contents (L1159) gives it whole.
	title: 'Verksamhetsplan 2022 för Biståndsbedömning, funktionsnedsättning',
	organisation: 'Biståndsbedömning, funktionsnedsättning',
	year: 2022,
	// L1176-1218. "Utvecklingsområden 2022" has text of its own (L1184-1186) and then the headed areas
	// Ekonomi … Personal; "Organisation" and "Ledarskapsidé" follow.
	introductionHeadings: [
		'Enhetens uppdrag',
		'Utvecklingsområden 2022',
		'Ekonomi',
		'Våld i nära relation',
		'Brukares delaktighet',
		'Personal',
		'Organisation',
		'Ledarskapsidé'
	],
	goals: [
		inriktningsmal('1', kf1, {
			children: [
				kfMal('1.2', kf12, {
					children: [
						namndmal('1.2.1', nm121),
						namndmal('1.2.3', nm123, {
							activities: [hedersrelateratVald],
							children: [
								enhetsmal(
									'Enhetens brukare får information om våld i nära relation och erbjuds stödinsatser vid behov'
								)
							]
						})
					]
				}),
				kfMal('1.4', kf14, {
					indicators: [barnDelaktigt('70 %'), skolaVidtalas('70 %')],
					children: [
						namndmal('1.4.1', nm141, { children: [enhetsmal('Barnrätt präglar arbetet på enheten')] }),
						namndmal('1.4.3', nm143, {
							activities: [
								activity(
									'Säkerställa rutiner för att alltid uppmärksamma anhörigas behov av stöd när deras närstående ansöker om stöd och insatser.'
								)
							],
							children: [
								enhetsmal(
									'Personer med funktionsnedsättning tillförsäkras en rättssäker handläggning samt insatser av god kvalitet'
								)
							]
						})
					]
				})
			]
		}),
		inriktningsmal('2', kf2, {
			children: [
				kfMal('2.4', kf24, {
					children: [
						namndmal('2.4.1', nm241, {
							children: [enhetsmal('Enhetens brukare erbjuds ett varierat kultur- och fritidsutbud')]
						})
					]
				}),
				kfMal('2.5', kf25, {
					indicators: [indicator(ekologiska, '65 %', '65 %', 'År')],
					children: [
						namndmal('2.5.1', nm251, {
							children: [enhetsmal('Enhetens medarbetare bidrar till minskad negativ miljöpåverkan.')]
						})
					]
				})
			]
		}),
		inriktningsmal('3', kf3, {
			children: [
				kfMal('3.1', kf31, {
					children: [namndmal('3.1.1', nm311, { children: [enhetsmal('Enhetens ekonomi är långsiktigt hållbar')] })]
				}),
				kfMal('3.2', kf32, {
					indicators: kf32Indicators('83', '3 %', '1,3 %'),
					children: [
						namndmal('3.2.1', nm321, {
							indicators: nm321Indicators('80 %', '100 %', '87'),
							activities: [aktivtMedarbetarskap],
							children: [enhetsmal('Enhetens chefer och medarbetare bidrar till en trivsamt arbetsmiljö')]
						}),
						namndmal('3.2.2', nm322, {
							activities: [registerforteckning],
							children: [enhetsmal('Enhetens resurser används effektivt och till insatser med hög kvalitet')]
						})
					]
				})
			]
		})
	],
	// L1776-1780: "Budget 2022" has no table in this plan.
	budget: [],
	// L1782-1796: "Övrigt" and "Kvalitet" have no text of their own.
	otherHeadings: ['Synpunkter och klagomål', 'Bemötande', 'Systematiskt kvalitetsarbete'],
	attachments: []
};

/** The three plans in file order. */
export const kungsholmen2022TreEnheter: GoldenPlan[] = [
	enhetenForSysselsattning2022,
	familjeenheten2022,
	bistandsbedomningFunktionsnedsattning2022
];
