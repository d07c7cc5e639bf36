/**
 * Golden expectation for /work/shared/seeds/kungsholmen-vuxenenheten-2014.txt, written by hand
 * from reading the document (not from any importer's output). Line numbers (L…) refer to the
 * seed file, so a reviewer can check each entry against it.
 */
import type { GoldenPlan } from './golden-plan';

export const kungsholmenVuxenenheten2014: GoldenPlan = {
	seed: 'kungsholmen-vuxenenheten-2014.txt',
	// L13; the unit's name stands on its own line above it (L11), so it is not part of the title.
	title: 'Verksamhetsplan 2014',
	organisation: 'Vuxenenheten',
	year: 2014,
	// "Inledning" (L38) has no text of its own, only these sub-headings, so it is not listed itself.
	// "Arbetsätt" (L54) is the spelling variant of the canonical "Arbetssätt".
	introductionHeadings: [
		'Vår värdegrund',
		'Målgrupper och uppdrag',
		'Arbetssätt',
		'Personalresurser',
		'Styrdokument'
	],
	goals: [
		{
			label: 'KF:s inriktningsmål',
			number: '1',
			title:
				'Stockholm är en attraktiv, trygg, tillgänglig och växande stad för boende, företagande och besök',
			indicators: [],
			activities: [],
			children: [
				{
					label: 'KF:s mål för verksamhetsområdet',
					number: '1.3',
					title: 'Stockholms livsmiljö är hållbar',
					indicators: [],
					// L92-97: "Nämndmål:" is followed by "-", i.e. no nämndmål here; a goal titled "-" would be
					// noise, so the activity table belongs to the nearest real goal, 1.3.
					activities: [
						{
							title: 'Vid byte av vitvaror och glödlampor ska energieffektiva alternativ väljas',
							start: '2014-01-01',
							end: '2014-12-31'
						}
					],
					children: []
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
							title: 'Kungsholmen upplevs som en trygg och säker stadsdel',
							indicators: [],
							// L107-116: one table split by a repeated header row (L113); 4 + 3 rows.
							activities: [
								{
									title:
										'Enhetens plan för brandskyddsarbete är aktuell (systematiskt brandskyddsarbete)',
									start: '2014-01-01',
									end: '2014-12-31'
								},
								{
									title:
										'Kartlägga omfattningen av erbjudet stöd inom ramen för arbetet mot våld i nära relationer samt genomförda insatser inom sin målgrupp.',
									start: '2014-01-01',
									end: '2015-12-31'
								},
								{
									title:
										'Kartlägga omfattningen av personer utsatta för våld i nära relation som är kända av socialtjänsten.',
									start: '2014-01-01',
									end: '2015-12-31'
								},
								{
									title:
										'Säkerställa att det finns en kompetens hos medarbetare inom ramen för arbetet mot våld i nära relationer.',
									start: '2014-01-01',
									end: '2015-12-31'
								},
								{
									title:
										'Säkerställa att medarbetarna har kännedom om lokala riktlinjer för arbetet mot våld i nära relationer.',
									start: '2014-01-01',
									end: '2015-12-31'
								},
								{
									title:
										'Årlig uppföljning av resurspersoner och specialisters uppdrag, utifrån arbete mot våld i nära relationer.',
									start: '2014-01-01',
									end: '2014-12-31'
								},
								{
									// The start year 2013 is as written (L116).
									title: 'Enhetens kris- och säkerhetsplan uppdateras årligen',
									start: '2013-01-01',
									end: '2014-12-31'
								}
							],
							children: [
								{
									label: 'Åtagande',
									number: null,
									title: 'Kungsholmen upplevs som en trygg och säker stadsdel',
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
			title: 'Kvalitet och valfrihet utvecklas och förbättras',
			indicators: [],
			activities: [],
			children: [
				{
					label: 'KF:s mål för verksamhetsområdet',
					number: '2.3',
					title: 'Stockholmarna upplever att de får god service och omsorg',
					// L146-153: one table split by a repeated header row (L150); the second row's name
					// continues below that header (L151), so it is one row: 4 indicators, not 5.
					indicators: [
						{
							name: 'Andel enskilda som ökat sin funktionsförmåga inom socialpsykiatrin',
							annualTarget: '58 %',
							councilTarget: 'tas fram av nämnden',
							periodicity: 'År'
						},
						{
							name: 'Andel personer med insatser inom socialpsykiatrin som är nöjda med hur utredningen av deras behov av stöd genomfördes (IoF)',
							annualTarget: '72 %',
							councilTarget: '80 %',
							periodicity: 'År'
						},
						{
							name: 'Andel vuxna som varit aktuella för insatser inom individ och familjeomsorgen och som inte är aktuella 12 månader efter avslutad insats (IoF)',
							annualTarget: '60 %',
							councilTarget: '77 %',
							periodicity: 'Tertial'
						},
						{
							name: 'Andelen försökslägenheter som övergått till eget kontrakt relaterat till totala antalet försökslägenheter i nämnden',
							annualTarget: '25 %',
							councilTarget: '20 %',
							periodicity: 'År'
						}
					],
					activities: [],
					children: [
						{
							label: 'Nämndmål',
							number: null,
							title: 'Anhöriga är informerade och får vid behov stöd för egen del',
							indicators: [],
							activities: [],
							children: [
								{
									label: 'Åtagande',
									number: null,
									title: 'Anhöriga är informerade och får vid behov stöd för egen del',
									indicators: [],
									activities: [],
									children: []
								}
							]
						},
						{
							label: 'Nämndmål',
							number: null,
							title: 'Medborgare har ett varaktigt boende (social omsorg)',
							indicators: [],
							activities: [],
							children: [
								{
									label: 'Åtagande',
									number: null,
									title: 'Medborgare har en fungerande och hållbar boendesituation',
									indicators: [],
									activities: [],
									children: []
								}
							]
						},
						{
							label: 'Nämndmål',
							number: null,
							title: 'Medborgare lever ett liv utan missbruk (social omsorg)',
							// L225-229: two one-row tables (the second header's "Periodicit et" is an extraction
							// slip); both stand before the Åtagande, so they are the nämndmål's.
							indicators: [
								{
									name: 'Andel personer som genomgår eller genomgått en sammanhållen vårdkedja.',
									annualTarget: '70 %',
									councilTarget: null,
									periodicity: 'Tertial'
								},
								{
									name: 'Andel som minskat sitt missbruk sedan aktualisering',
									annualTarget: '58 %',
									councilTarget: null,
									periodicity: 'Tertial'
								}
							],
							activities: [],
							children: [
								{
									label: 'Åtagande',
									number: null,
									title: 'Medborgaren är motiverad att förändra sitt beteende avseende missbruk.',
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
								'Medborgare med funktionsnedsättning lever ett självständigt liv och deltar i samhällslivet (social omsorg, barn och ungdom)',
							indicators: [],
							activities: [],
							children: [
								{
									label: 'Åtagande',
									number: null,
									// "DUR´s" with the acute accent is as written (L257).
									title:
										'Medborgaren har en fungerande och hållbar livssituation inom DUR´s livsområden där stöd ges',
									// L283-287: the table stands after this åtagande's sections (Utveckling), before
									// the next KF goal, so it is the åtagande's (the unit's own indicators: no targets).
									indicators: [
										{
											name: 'Andel enskilda med en förbättrad livssituation.',
											annualTarget: null,
											councilTarget: null,
											periodicity: 'Tertial'
										},
										{
											name: 'Andel enskilda som uppnått sitt delmål avseende det livsområde där stöd ges.',
											annualTarget: null,
											councilTarget: null,
											periodicity: 'Tertial'
										},
										{
											name: 'Andel uppfyllda delmål.',
											annualTarget: null,
											councilTarget: null,
											periodicity: 'Tertial'
										},
										{
											name: 'Genomsnittlig uppnåendegrad inom respektive livsområde i DUR',
											annualTarget: null,
											councilTarget: null,
											periodicity: 'Tertial'
										}
									],
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
					// L293-297: the Årsmål column is blank in every row; the number is in "KF:s årsmål".
					indicators: [
						{
							name: 'Aktivt Medskapandeindex',
							annualTarget: null,
							councilTarget: '80',
							periodicity: 'År'
						},
						{
							name: 'Chefer och ledare ställer tydliga krav på sina medarbetare',
							annualTarget: null,
							councilTarget: '80 %',
							periodicity: 'År'
						},
						{
							name: 'Medarbetare vet vad som förväntas av dem i deras arbete.',
							annualTarget: null,
							councilTarget: '92 %',
							periodicity: 'År'
						},
						{
							name: 'Sjukfrånvaro',
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
							title: 'Kungsholmens stadsdelsförvaltnings arbetsplatser är medskapande',
							indicators: [
								{
									name: 'Alla enheter följer månadsvis upp förteckning över utbetalda löner (tas ur Infoview LIS) och attesterar den.',
									annualTarget: '100',
									councilTarget: null,
									periodicity: 'År'
								}
							],
							activities: [],
							children: [
								{
									label: 'Åtagande',
									number: null,
									title: 'Medskapande präglar Vuxenenhetens arbetsklimat',
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
			// L336-338: goal 3 and 3.1 stand without their labels; they are the same levels as 1/1.3 and
			// 2/2.3 (numbering, and the table of contents lists them alongside), so they get those labels.
			label: 'KF:s inriktningsmål',
			number: '3',
			title: 'Stadens verksamheter är kostnadseffektiva',
			indicators: [],
			activities: [],
			children: [
				{
					label: 'KF:s mål för verksamhetsområdet',
					number: '3.1',
					title: 'Budgeten är i balans',
					indicators: [],
					activities: [],
					children: [
						{
							label: 'Nämndmål',
							number: null,
							title: 'Nämndens verksamhet ska rymmas inom fastställd budget',
							indicators: [],
							activities: [],
							children: [
								{
									label: 'Åtagande',
									number: null,
									// "Vuxenenhetsens" is the document's spelling (L357).
									title:
										'Vuxenenhetsens verksamhet är kostnadseffektiv och utvecklas inom given budgetram',
									// L375-379: the first table has only a markdown separator row, no content; the
									// second has one row. Both stand after this åtagande's sections, so they are its.
									indicators: [
										{
											name: 'Budget i balans',
											annualTarget: null,
											councilTarget: null,
											periodicity: 'Tertial'
										}
									],
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
	// L342-349 "Budget 2014": two tables side by side, one heading each; "<i>Budget 2014</i>" is the
	// value column. The Missbruk values (-2, 5, 5, 3, 11) look cut off by the extraction, but they are
	// what the document gives and they add up (-2 + 5 + 5 + 3 = 11), so they are kept as written.
	budget: [
		{
			heading: 'Socialpsykiatri',
			columns: ['Budget 2014'],
			rows: [
				{ label: 'Intäkter', values: [-3736] },
				{ label: 'Personal', values: [2476] },
				{ label: 'Köp av verks', values: [19808] },
				{ label: 'Övrigt', values: [3952] },
				{ label: 'Totalt', values: [22500] }
			]
		},
		{
			heading: 'Missbruk',
			columns: ['Budget 2014'],
			rows: [
				{ label: 'Intäkter', values: [-2] },
				{ label: 'Personal', values: [5] },
				{ label: 'Köp av verks', values: [5] },
				{ label: 'Övrigt', values: [3] },
				{ label: 'Totalt', values: [11] }
			]
		}
	],
	// L381-397: "Övriga frågor" has no text of its own, only these sub-headings.
	otherHeadings: [
		'Kvalitets- och ledningssystem',
		'Avvikelsehantering',
		'Jämställdhet och mångfaldsarbete',
		'Kvalitetsgaranti och Verksamhetsplan'
	],
	// L30-36, without the "Bilaga N:" prefix.
	attachments: [
		'Jämställdhets- och mångfaldsplan 2014',
		'Kvalitets- och ledningssystem Vuxen',
		'Kvalitetsgaranti Vuxen 2014'
	]
};
