import { p, perYear, type UnitSpec } from './types';

export const familjeenheten: UnitSpec = {
	name: 'Familjeenheten',
	slug: 'familjeenheten',
	handler: 'Sara Holmberg',
	phone: '0123-45 61 10',
	introduction: [
		{
			heading: 'Enhetens uppdrag',
			text: p(
				'Familjeenheten ansvarar för socialtjänstens arbete med barn, unga och deras familjer i Norrvikens stadsdelsområde. Enheten tar emot anmälningar om oro för barn, utreder barns behov av skydd och stöd och beslutar om insatser enligt socialtjänstlagen och LVU. I uppdraget ingår också familjehemsvård, stöd till unga som begått brott och familjerättsliga frågor som vårdnad, boende och umgänge.',
				'Enhetens öppenvård erbjuder samtalsstöd, föräldrastödsprogram och behandling i hemmet. Målet är att barn ska kunna växa upp tryggt i sin familj när det är möjligt, och att stödet ska sättas in innan svårigheterna hunnit växa sig stora.'
			)
		},
		{
			heading: 'Utvecklingsområden {år}',
			text: perYear(
				p(
					'Under {fjol} ökade antalet anmälningar samtidigt som personalomsättningen bland socialsekreterarna var hög. Det ledde till att en del utredningar drog ut på tiden. Enhetens viktigaste utvecklingsområde under {år} är därför att skapa stabilitet i utredningsgruppen och korta handläggningstiderna.',
					'Ett annat utvecklingsområde är att öka andelen familjer som får stöd från öppenvården direkt efter en förhandsbedömning, utan att en fullständig utredning behöver inledas.'
				),
				p(
					'Handläggningstiderna har förbättrats under {fjol} och utredningsgruppen är i dag fullt bemannad. Under {år} vill enheten ta nästa steg och förbättra kvaliteten i förhandsbedömningarna genom att införa en strukturerad bedömningsmetod tillsammans med övriga stadsdelsförvaltningar.',
					'Enheten ser också ett behov av att utveckla stödet till barn som upplevt våld i familjen. Ett fåtal barn har i dag tillgång till samtalsstöd i grupp, och enheten vill att fler ska få det. Slutligen behöver uppföljningen av placerade barns skolgång och hälsa bli mer systematisk.'
				)
			)
		},
		{
			heading: 'Organisationsbeskrivning',
			text: p(
				'Familjeenheten leds av en enhetschef och består av tre grupper som var och en har en samordnare: mottagnings- och utredningsgruppen, gruppen för placerade barn och familjehem samt öppenvården Kompassen. Familjerätten är organiserad som en egen funktion inom enheten med två familjerättssekreterare.',
				'Mottagningen tar emot alla anmälningar och ansökningar och gör förhandsbedömningar. Utredningsgruppen genomför barnavårdsutredningar, och placeringsgruppen följer upp barn som bor i familjehem eller på HVB. Kompassen ligger i egna lokaler nära centrum och har öppet även vissa kvällar för att underlätta för föräldrar som arbetar.'
			)
		},
		{
			heading: 'Ledarskapsidé',
			text: p(
				'Arbetet med barn som far illa är krävande och innebär ofta svåra bedömningar. Enhetens ledarskap bygger på att ingen socialsekreterare ska stå ensam med ett svårt beslut. Samordnarna finns nära i vardagen, och varje vecka finns tid för ärendedragningar där hela gruppen bidrar med sina perspektiv.',
				'Chefer och samordnare ska vara tydliga med vad som förväntas, ge återkoppling och skapa utrymme för reflektion. Medarbetarna uppmuntras att komma med förslag på förbättringar, och förslagen följs upp på arbetsplatsträffarna.'
			)
		},
		{
			heading: 'Personalresurser',
			text: perYear(
				p(
					'Enheten har 34 tjänster, varav 24 socialsekreterare, fyra behandlare, två familjerättssekreterare, tre samordnare och en enhetschef. Under {fjol} var flera tjänster tillsatta med konsulter. Målet för {år} är att alla tjänster ska vara tillsatta med tillsvidareanställda medarbetare.'
				),
				p(
					'Enheten har 35 tjänster, varav 24 socialsekreterare, fem behandlare, två familjerättssekreterare, tre samordnare och en enhetschef. Alla tjänster är tillsatta med tillsvidareanställda och inga konsulter anlitas längre. Nyanställda socialsekreterare får en introduktion på sex veckor med en erfaren kollega som mentor.'
				)
			)
		},
		{
			heading: 'Styrdokument',
			text: p(
				'Arbetet styrs av socialtjänstlagen, LVU, föräldrabalken och barnkonventionen samt Socialstyrelsens föreskrifter och allmänna råd om handläggning och dokumentation. Lokalt gäller Exempelstads riktlinjer för den sociala barn- och ungdomsvården, stadens program mot våld i nära relationer och förvaltningens ledningssystem för systematiskt kvalitetsarbete.'
			)
		}
	],
	kfTargets: {
		reReferral: perYear('24 %', '22 %'),
		evictions: '0',
		budgetVariance: '0',
		sickLeave: perYear('6,5 %', '5,5 %'),
		engagement: perYear('76', '78')
	},
	committeeGoals: [
		{
			number: '1.1.1',
			targets: {
				investigationTime: perYear('80 %', '85 %'),
				outpatientHelped: perYear('75 %', '80 %')
			},
			activities: ['structuredAssessment', 'earlySignals'],
			goals: [
				{
					title: 'Barn och unga får en skyndsam utredning där deras egen röst hörs',
					sections: {
						'Förväntat resultat': p(
							'Utredningar om barn och unga avslutas inom fyra månader och inleds utan dröjsmål efter en förhandsbedömning.',
							'Barnets egna synpunkter och berättelse framgår tydligt av utredningen, och barnet har fått information om vad utredningen innebär på ett sätt som passar barnets ålder.'
						),
						Arbetssätt: p(
							'Varje ny utredning får en utredningsplan inom en vecka. Planen stäms av med samordnaren efter sex veckor, så att eventuella förseningar upptäcks i tid. Socialsekreterarna träffar barnet enskilt minst två gånger under utredningen, och samtalen förbereds med hjälp av enhetens samtalsmaterial för olika åldrar.',
							'I ärenden där barnet har svårt att uttrycka sig i ord används bildstöd eller tolk. Samtal med barnet dokumenteras med barnets egna ord så långt det är möjligt.'
						),
						Resursanvändning: p(
							'Arbetsfördelningen i utredningsgruppen ses över varje vecka så att ingen socialsekreterare har fler än tolv pågående utredningar. När inflödet är högt prioriteras utredningar med akut skyddsbehov, och samordnaren kan förstärka med handläggare från placeringsgruppen under kortare perioder.'
						),
						Uppföljning: p(
							'Andelen utredningar som avslutas inom fyra månader följs upp varje månad i verksamhetssystemet och redovisas per tertial. Samordnarna granskar tio slumpvis valda utredningar per tertial med avseende på om barnets röst framgår. Resultatet redovisas i tertialrapporterna och i verksamhetsberättelsen.'
						),
						Utveckling: perYear(
							p(
								'Enheten ska under året pröva en gemensam mall för utredningsplaner som gör det lättare att planera utredningens olika steg från början.'
							),
							p(
								'Under året ska den strukturerade bedömningsmetoden för förhandsbedömningar införas. Enheten vill också utveckla sätt att återkoppla till barnet när utredningen är avslutad, så att barnet förstår vad som beslutats och varför.'
							)
						)
					},
					indicators: [
						{
							name: 'Andel utredningar där barnet har samtalats med enskilt',
							target: perYear('85 %', '90 %'),
							periodicity: 'Tertial',
							unit: '%',
							direction: 'higher',
							genderSplit: true
						}
					],
					activities: [
						{
							title: perYear(
								'Ta fram en gemensam mall för utredningsplaner',
								'Införa rutin för återkoppling till barnet efter avslutad utredning'
							),
							start: '02-01',
							end: '05-31'
						}
					]
				},
				{
					title: 'Familjer får tidigt stöd från öppenvården innan problemen vuxit sig stora',
					sections: {
						'Förväntat resultat': p(
							'Fler familjer tar emot stöd från Kompassen, både som förebyggande insats och som insats efter utredning.',
							'Barn och föräldrar upplever att stödet har hjälpt dem, och färre barn blir aktuella för en ny anmälan efter avslutat stöd.'
						),
						Arbetssätt: p(
							'Mottagningsgruppen kan erbjuda familjer en tid hos Kompassen redan under förhandsbedömningen när det bedöms lämpligt. Öppenvården erbjuder två föräldrastödsprogram per termin, ett för föräldrar till yngre barn och ett för föräldrar till tonåringar, samt individuellt stöd i hemmet.',
							'Behandlarna använder strukturerade skattningar i början och slutet av varje insats, så att förändringen kan följas och diskuteras med familjen. Insatserna planeras tillsammans med familjen och har tydliga mål som barnet och föräldrarna känner igen sig i.'
						),
						Resursanvändning: p(
							'Kompassen har fem behandlare. Kvällsöppet två dagar i veckan gör att fler föräldrar kan delta utan att vara borta från arbetet. Genom att erbjuda gruppverksamhet kan fler familjer få stöd med samma resurser.'
						),
						Uppföljning: p(
							'Antalet familjer som får stöd och resultatet av skattningarna sammanställs varje tertial. Nöjdheten mäts genom en kort enkät till barn och föräldrar när insatsen avslutas. Andelen barn som blir föremål för en ny anmälan inom ett år följs upp en gång per år.'
						),
						Utveckling: p(
							'Enheten vill under året pröva digitala föräldraträffar för föräldrar som har svårt att ta sig till Kompassen. Erfarenheterna ska utvärderas inför nästa års planering.'
						)
					},
					indicators: [
						{
							name: 'Antal familjer som deltagit i föräldrastödsprogram',
							target: perYear('36', '40'),
							periodicity: 'Tertial',
							unit: 'st',
							direction: 'higher',
							genderSplit: false
						}
					],
					activities: [
						{
							title: 'Pröva digitala föräldraträffar som komplement till träffar på plats',
							start: '03-01',
							end: '11-30',
							only: 2026
						}
					]
				}
			]
		},
		{
			number: '2.2.1',
			targets: { violenceTraining: '100 %' },
			activities: ['violenceIntroduction'],
			goals: [
				{
					title: 'Barn som upplevt våld i familjen uppmärksammas och får ett eget stöd',
					sections: {
						'Förväntat resultat': p(
							'Alla barn som lever med eller har upplevt våld i familjen har fått frågan om våld ställd till sig och har fått information om var de kan få hjälp.',
							'Barn som upplevt våld erbjuds samtalsstöd, enskilt eller i grupp, och skyddsbedömningar görs i alla sådana ärenden.'
						),
						Arbetssätt: p(
							'Socialsekreterarna ställer frågor om våld i samtliga utredningar, både till barnet och till vårdnadshavarna. När det finns uppgifter om våld görs en strukturerad risk- och skyddsbedömning, och behovet av skyddat boende eller kontaktförbud uppmärksammas i samarbete med Vuxenenheten.',
							'Kompassen erbjuder en samtalsgrupp för barn som upplevt våld två gånger per år. Barnen träffas tio gånger och får möjlighet att sätta ord på sina upplevelser tillsammans med andra i samma situation.'
						),
						Resursanvändning: p(
							'Två behandlare på Kompassen har fördjupad utbildning i samtal med barn som upplevt våld och leder grupperna. Enheten samarbetar med Vuxenenheten så att stödet till barnet och stödet till den våldsutsatta föräldern planeras samtidigt.'
						),
						Uppföljning: p(
							'Andelen utredningar där frågan om våld har ställts följs upp genom granskning av utredningar varje tertial. Antalet barn som deltagit i samtalsgrupp redovisas i verksamhetsberättelsen.'
						),
						Utveckling: perYear(
							p(
								'Enheten vill utvärdera samtalsgrupperna tillsammans med barnen och föräldrarna, och undersöka om en grupp för tonåringar behövs.'
							),
							p(
								'Samtalsgrupperna har fått goda omdömen av både barn och föräldrar. Under {år} ska enheten pröva en grupp för yngre barn, från fyra års ålder, med föräldern närvarande.'
							)
						)
					},
					indicators: [],
					activities: [
						{
							title: perYear(
								'Genomföra två samtalsgrupper för barn som upplevt våld och utvärdera dem',
								'Genomföra två samtalsgrupper för barn som upplevt våld, varav en för yngre barn'
							),
							start: '02-15',
							end: '12-10'
						}
					]
				}
			]
		},
		{
			number: '3.1.1',
			targets: {},
			activities: ['monthlyForecast'],
			goals: [
				{
					title: 'Placeringar och köpta insatser används med god träffsäkerhet',
					sections: {
						'Förväntat resultat': p(
							'Barn som behöver placeras utanför hemmet placeras i första hand i familjehem, i eller nära Exempelstad, och placeringarna blir inte längre än nödvändigt.',
							'Kostnaderna för köpt vård ryms inom budget.'
						),
						Arbetssätt: p(
							'Inför varje placering på HVB prövas först om behovet kan tillgodoses med förstärkt öppenvård eller i familjehem. Alla placeringar följs upp minst var tredje månad, och vid varje uppföljning bedöms om vården kan avslutas eller ges i annan form.',
							'Enheten rekryterar egna familjehem i samarbete med stadens familjehemsenhet, så att behovet av konsulentstödda familjehem minskar.'
						),
						Resursanvändning: p(
							'Köp av verksamhet är enhetens största kostnad. Enhetschefen går igenom samtliga pågående placeringar med controller varje månad, och nya placeringar på HVB beslutas efter samråd med enhetschefen.'
						),
						Uppföljning: p(
							'Kostnaden för köpt vård följs upp i månadsprognosen. Antalet placerade barn, fördelat på familjehem och HVB, redovisas per tertial.'
						),
						Utveckling: p(
							'Under året vill enheten utveckla en modell för förstärkt öppenvård som alternativ till placering för tonåringar med normbrytande beteende.'
						)
					},
					indicators: [
						{
							name: 'Andel placerade barn med en aktuell vårdplan och genomförandeplan',
							target: '100 %',
							periodicity: 'Tertial',
							unit: '%',
							direction: 'higher',
							genderSplit: true
						}
					],
					activities: []
				}
			]
		},
		{
			number: '3.2.1',
			targets: {
				appraisalTalks: '100 %',
				shortTermSickLeave: perYear('3 %', '2,5 %')
			},
			activities: [],
			goals: [
				{
					title: 'Socialsekreterarna har en hållbar arbetsbelastning och stöd i sin yrkesroll',
					sections: {
						'Förväntat resultat': p(
							'Medarbetarna upplever att arbetsbelastningen är rimlig och att de får det stöd de behöver i svåra ärenden.',
							'Personalomsättningen är låg och enheten behöver inte anlita konsulter.'
						),
						Arbetssätt: p(
							'Arbetsbelastningen följs upp varje vecka i gruppmöten och enskilt med samordnaren. Alla medarbetare har extern handledning en gång i månaden. Nyanställda får en mentor och ett begränsat antal ärenden under de första månaderna.',
							'Enheten genomför två planeringsdagar per år där medarbetarna tillsammans följer upp verksamhetsplanen och arbetsmiljön.'
						),
						Resursanvändning: p(
							'Handledning och mentorskap finansieras inom enhetens budget för kompetensutveckling. Genom att minska antalet konsulter frigörs medel som används till introduktion och utbildning.'
						),
						Uppföljning: p(
							'Sjukfrånvaro och personalomsättning följs upp per tertial. Medarbetarenkätens resultat analyseras tillsammans med skyddsombudet och leder till en handlingsplan som följs upp på arbetsplatsträffar.'
						),
						Utveckling: p(
							'Enheten vill utveckla en karriärväg för erfarna socialsekreterare, till exempel med särskilda uppdrag som metodstöd eller mentor.'
						)
					},
					indicators: [],
					activities: [
						{ title: 'Genomföra två planeringsdagar för hela enheten', start: '03-10', end: '10-15' }
					]
				}
			]
		}
	],
	budget: [
		{
			heading: 'Utredning och placeringar',
			rows: [
				{ label: 'Intäkter', amount: -1200 },
				{ label: 'Personal', amount: 19400 },
				{ label: 'Köp av verksamhet', amount: 33800, amount2025: 35600 },
				{ label: 'Lokaler', amount: 1900 },
				{ label: 'Övriga kostnader', amount: 1150 }
			]
		},
		{
			heading: 'Öppenvården Kompassen',
			rows: [
				{ label: 'Intäkter', amount: -650 },
				{ label: 'Personal', amount: 4900 },
				{ label: 'Köp av verksamhet', amount: 300 },
				{ label: 'Lokaler', amount: 1400 },
				{ label: 'Övriga kostnader', amount: 420 }
			]
		}
	],
	other: [
		{
			heading: 'Synpunkter och klagomål',
			text: p(
				'Synpunkter och klagomål tas emot muntligt, skriftligt och via stadens e-tjänst. De registreras, besvaras inom tio arbetsdagar och sammanställs per tertial. Sammanställningen gås igenom på arbetsplatsträff, och återkommande synpunkter leder till förbättringsåtgärder.'
			)
		},
		{
			heading: 'Avvikelser och lex Sarah',
			text: p(
				'Medarbetarna rapporterar missförhållanden och risker för missförhållanden enligt förvaltningens rutin för lex Sarah. Rapporterna utreds av förvaltningens kvalitetsfunktion, och enheten använder resultatet för att förbättra sina rutiner. Under {år} ska rutinen gås igenom med alla medarbetare på en arbetsplatsträff.'
			)
		},
		{
			heading: 'Barnrättsperspektivet',
			text: p(
				'Enheten gör barnkonsekvensanalyser inför förändringar som påverkar barn, till exempel ändrade öppettider på Kompassen. Barn och unga som haft kontakt med enheten tillfrågas varje år om sina erfarenheter, och svaren används i planeringen av nästa års verksamhet.'
			)
		}
	],
	attachments: ['Internkontrollplan {år}', 'Risk- och väsentlighetsanalys {år}']
};
