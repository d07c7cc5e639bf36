import { p, perYear, type UnitSpec } from './types';

export const vuxenenheten: UnitSpec = {
	name: 'Vuxenenheten',
	slug: 'vuxenenheten',
	handler: 'Johan Ek',
	phone: '0123-45 61 20',
	introduction: [
		{
			heading: 'Enhetens uppdrag',
			text: p(
				'Vuxenenheten ansvarar för myndighetsutövning och stöd till vuxna från 21 år i Norrvikens stadsdelsområde. Enheten handlägger ekonomiskt bistånd, utreder behov av stöd vid beroende och psykisk ohälsa, och ger stöd till vuxna som utsätts för våld i nära relationer. Enheten arbetar också med att förebygga avhysningar och med att hitta lösningar för personer som saknar bostad.',
				'Uppdraget är att ge den enskilde förutsättningar att leva ett självständigt liv, med egen försörjning och ett eget boende. Insatserna ska vara rättssäkra, bygga på bästa tillgängliga kunskap och utformas tillsammans med den det gäller.'
			)
		},
		{
			heading: 'Utvecklingsområden {år}',
			text: perYear(
				p(
					'Antalet hushåll med ekonomiskt bistånd har ökat under {fjol}, framför allt bland ensamstående med barn. Enheten behöver under {år} korta tiden från ansökan till beslut och säkerställa att alla som kan arbeta snabbt får en planering mot arbete eller studier.',
					'Samarbetet med regionens beroendevård fungerar bra på ledningsnivå men behöver förankras bättre i det dagliga arbetet.'
				),
				p(
					'Efter ett år med ökande bistånd har antalet hushåll börjat minska under hösten {fjol}. Enheten vill under {år} behålla den utvecklingen genom att lägga ännu mer tid på planeringssamtal och på samarbetet med Enheten för arbete och sysselsättning.',
					'Ett annat utvecklingsområde är stödet till personer med samsjuklighet, där enheten tillsammans med regionen vill använda samordnade individuella planer i betydligt fler ärenden. Enheten behöver också stärka arbetet med personer som utövar våld, där få i dag tar emot erbjudet stöd.'
				)
			)
		},
		{
			heading: 'Organisationsbeskrivning',
			text: p(
				'Vuxenenheten leds av en enhetschef och består av två sektioner: sektionen för ekonomiskt bistånd och sektionen för stöd och behandling. Varje sektion har en biträdande enhetschef. Sektionen för ekonomiskt bistånd är indelad i en mottagningsgrupp och två handläggargrupper. Sektionen för stöd och behandling omfattar handläggare för beroende och socialpsykiatri, en bostadssocial funktion och enhetens våldsteam.',
				'Enheten har gemensam reception och telefontid varje vardag. Besök kan bokas både på plats och via video.'
			)
		},
		{
			heading: 'Vår värdegrund',
			text: p(
				'Alla som kontaktar Vuxenenheten ska bemötas med respekt och få ett tydligt besked om vad enheten kan hjälpa till med. Vi utgår från att människor vill och kan förändra sin situation, och vi ser den enskildes egna erfarenheter som en viktig kunskap i planeringen.',
				'Vi strävar efter att vara raka och begripliga i vår kommunikation, att hålla det vi lovar och att förklara våra beslut. När vi säger nej ska den enskilde förstå varför och veta hur man överklagar.'
			)
		},
		{
			heading: 'Personalresurser',
			text: p(
				'Enheten har 41 tjänster, varav 26 socialsekreterare inom ekonomiskt bistånd, tio inom stöd och behandling, två biträdande enhetschefer, två administratörer och en enhetschef. Flera medarbetare har vidareutbildning i motiverande samtal och i återfallsprevention.'
			)
		}
	],
	kfTargets: {
		respectfulTreatment: perYear('88 %', '90 %'),
		longTermAssistance: perYear('240', '220'),
		evictions: '0',
		budgetVariance: '0',
		sickLeave: perYear('6 %', '5,5 %'),
		engagement: '80'
	},
	committeeGoals: [
		{
			number: '1.2.1',
			targets: {
				completedTreatment: perYear('55 %', '60 %'),
				coordinatedPlans: perYear('30', '40')
			},
			activities: ['sipAgreement'],
			goals: [
				{
					title: 'Personer med beroende eller psykisk ohälsa får ett samordnat stöd utifrån sina egna mål',
					sections: {
						'Förväntat resultat': p(
							'Den enskilde har en tydlig planering som hen själv har varit med och tagit fram, och insatserna från kommunen och regionen hänger ihop.',
							'Fler personer fullföljer sin behandling och har efter avslutad insats ett boende och en sysselsättning.'
						),
						Arbetssätt: p(
							'Handläggarna använder standardiserade bedömningsinstrument vid utredning, så att behoven beskrivs likvärdigt och kan följas över tid. När den enskilde har kontakt med regionens psykiatri eller beroendevård erbjuds alltid en samordnad individuell plan.',
							'Öppenvårdsbehandling erbjuds i första hand och kan påbörjas inom två veckor. Handläggaren håller kontakt med den enskilde under hela behandlingen och planerar för tiden efter behandlingen i god tid, så att boende och sysselsättning finns på plats.'
						),
						Resursanvändning: p(
							'Enheten köper öppenvårdsbehandling av förvaltningens egen beroendemottagning och köper institutionsvård endast när öppenvård inte räcker. Genom att samordna insatserna med regionen undviks dubbla kontakter för den enskilde.'
						),
						Uppföljning: p(
							'Andelen behandlingar som fullföljts enligt plan och antalet samordnade individuella planer följs upp per tertial. Uppföljande intervjuer görs sex månader efter avslutad insats för att se hur den enskildes situation har förändrats.'
						),
						Utveckling: perYear(
							p(
								'Enheten vill pröva att erbjuda återfallsprevention i grupp för personer som avslutat en behandling.'
							),
							p(
								'Enheten vill under {år} utveckla stödet till personer med samsjuklighet genom gemensamma ärendegenomgångar med regionens psykiatriska mottagning en gång i månaden.'
							)
						)
					},
					indicators: [],
					activities: [
						{
							title: perYear(
								'Pröva återfallsprevention i grupp',
								'Införa månatliga ärendegenomgångar med regionens psykiatriska mottagning'
							),
							start: '02-01',
							end: '12-15'
						}
					]
				}
			]
		},
		{
			number: '2.1.1',
			targets: { assistanceProcessing: perYear('12', '10') },
			activities: ['employerNetwork'],
			goals: [
				{
					title: 'Den som söker ekonomiskt bistånd får ett snabbt och rättssäkert beslut och en tydlig plan mot egen försörjning',
					sections: {
						'Förväntat resultat': p(
							'Beslut om ekonomiskt bistånd fattas inom tio dagar från komplett ansökan.',
							'Alla som bedöms kunna arbeta eller studera har en planering mot egen försörjning inom en månad från första beslut, och färre hushåll har bistånd under lång tid.'
						),
						Arbetssätt: p(
							'Mottagningsgruppen träffar alla nya sökande inom en vecka för ett första samtal där hushållets hela situation gås igenom. Den som kan arbeta eller studera hänvisas direkt till Enheten för arbete och sysselsättning, och handläggarna på båda enheterna träffar den enskilde tillsammans i ett trepartssamtal.',
							'Hushåll med bistånd i mer än sex månader får en fördjupad genomgång, där även barnens situation och behov uppmärksammas. Digital ansökan används av de flesta sökande och gör det möjligt att fatta beslut snabbare.'
						),
						Resursanvändning: p(
							'Handläggarna lägger mer tid på planeringssamtal och mindre tid på administration genom att automatiserad kontroll av inkomstuppgifter används i alla ärenden. Arbetsfördelningen mellan grupperna ses över varje månad utifrån ärendemängden.'
						),
						Uppföljning: perYear(
							p(
								'Handläggningstid och antalet hushåll med långvarigt bistånd följs upp varje månad. Akter granskas per tertial med fokus på om en planering finns dokumenterad.'
							),
							p(
								'Handläggningstid och antalet hushåll med långvarigt bistånd följs upp varje månad och redovisas i månadsrapporten. Samordnarna granskar akter per tertial, med särskild uppmärksamhet på om en planering finns dokumenterad och om barnens situation har beaktats.'
							)
						),
						Utveckling: p(
							'Enheten vill utveckla stödet till hushåll där ingen vuxen har haft arbete på flera år, bland annat genom hembesök och ett nära samarbete med skola och förskola.'
						)
					},
					indicators: [
						{
							name: 'Andel nya sökande som har en dokumenterad planering mot egen försörjning inom en månad',
							target: perYear('80 %', '90 %'),
							periodicity: 'Tertial',
							unit: '%',
							direction: 'higher',
							genderSplit: true
						}
					],
					activities: [
						{
							title: perYear(
								'Införa trepartssamtal med Enheten för arbete och sysselsättning för alla nya sökande',
								'Utvärdera trepartssamtalen tillsammans med Enheten för arbete och sysselsättning'
							),
							start: '01-15',
							end: '04-30'
						}
					]
				}
			]
		},
		{
			number: '2.2.1',
			targets: { violenceTraining: '100 %' },
			activities: ['violenceRoutine'],
			goals: [
				{
					title: 'Våldsutsatta vuxna får skydd och stöd, och den som utövar våld erbjuds hjälp att sluta',
					sections: {
						'Förväntat resultat': p(
							'Vuxna som utsätts för våld i nära relationer får skydd och ett samordnat stöd som utgår från deras behov och från barnens situation.',
							'Fler personer som utövar våld tar emot erbjudet stöd.'
						),
						Arbetssätt: p(
							'Frågor om våld ställs rutinmässigt i alla utredningar och i samtal med nya sökande av ekonomiskt bistånd. Vid kännedom om våld gör våldsteamet en risk- och skyddsbedömning och planerar stödet tillsammans med den våldsutsatta. Om det finns barn i familjen samarbetar våldsteamet med Familjeenheten från början.',
							'Personer som utövar våld erbjuds samtal med en behandlare som har särskild kompetens inom området. Erbjudandet lämnas både skriftligt och i ett personligt samtal.'
						),
						Resursanvändning: p(
							'Våldsteamet består av tre socialsekreterare. Skyddat boende köps vid behov, men i första hand eftersträvas lösningar som gör det möjligt för den våldsutsatta att bo kvar eller snabbt få ett eget boende.'
						),
						Uppföljning: p(
							'Antalet ärenden med våld i nära relationer och antalet personer som tagit emot stöd för att sluta utöva våld redovisas per tertial. En gång per år görs en granskning av skyddsbedömningarnas kvalitet.'
						),
						Utveckling: p(
							'Enheten vill öka kunskapen om hedersrelaterat våld och förtryck bland medarbetarna inom ekonomiskt bistånd, där kontakten med familjerna ofta är långvarig.'
						)
					},
					indicators: [
						{
							name: 'Antal personer som utövar våld och som tagit emot stöd för att sluta',
							target: perYear('6', '10'),
							periodicity: 'Tertial',
							unit: 'st',
							direction: 'higher',
							genderSplit: true
						}
					],
					activities: []
				},
				{
					title: 'Ingen familj med barn ska behöva vräkas',
					sections: {
						'Förväntat resultat': p(
							'Hushåll som riskerar att förlora sin bostad på grund av hyresskulder eller störningar får kontakt med enheten i ett tidigt skede, och inga barn berörs av avhysning.'
						),
						Arbetssätt: p(
							'Den bostadssociala funktionen kontaktar alla hushåll som enheten får underrättelse om från hyresvärdar, inom fem arbetsdagar. Hushåll med barn erbjuds hembesök. Tillsammans med hushållet görs en plan för att betala skulden, och vid behov erbjuds budget- och skuldrådgivning.',
							'Enheten har regelbundna möten med de största hyresvärdarna i området för att tidigt få signaler om hushåll som har svårt att betala.'
						),
						Resursanvändning: p(
							'Två socialsekreterare arbetar med bostadsfrågor. Tidigt stöd är både bättre för hushållet och billigare för staden än att hantera en avhysning och ett akut boende i efterhand.'
						),
						Uppföljning: p(
							'Antalet underrättelser, hembesök och avhysningar följs upp varje halvår. Varje avhysning som berör barn analyseras särskilt tillsammans med Familjeenheten.'
						),
						Utveckling: p(
							'Enheten vill ta fram en överenskommelse med hyresvärdarna om hur och när enheten ska kontaktas vid begynnande hyresskulder.'
						)
					},
					indicators: [
						{
							name: 'Andel hushåll med hyresskuld som kontaktats inom fem arbetsdagar efter underrättelse från hyresvärd',
							target: '95 %',
							periodicity: 'Halvår',
							unit: '%',
							direction: 'higher',
							genderSplit: false
						}
					],
					activities: [
						{
							title: 'Ta fram en överenskommelse med hyresvärdarna om tidig kontakt vid hyresskulder',
							start: '03-01',
							end: '09-30',
							only: 2026
						}
					]
				}
			]
		},
		{
			number: '3.1.1',
			targets: { forecastAccuracy: '2 %' },
			activities: ['monthlyForecast'],
			goals: [
				{
					title: 'Kostnaderna för bistånd och köpta insatser följs tätt och hålls inom budget',
					sections: {
						'Förväntat resultat': p(
							'Enheten håller sin budget och kan förklara förändringar i kostnaderna för ekonomiskt bistånd och köpt vård.'
						),
						Arbetssätt: p(
							'Utbetalningarna av ekonomiskt bistånd följs varje vecka och jämförs med samma period föregående år. Köpta institutionsplaceringar gås igenom vid varje månadsuppföljning, och planen för hemflytt ska vara känd från placeringens början.',
							'Alla handläggare får en genomgång av hur deras beslut påverkar enhetens ekonomi, så att kostnadsmedvetenheten ökar utan att rättssäkerheten påverkas.'
						),
						Resursanvändning: p(
							'Enhetens största kostnader är utbetalt bistånd och köpt vård. Båda styrs av behov som enheten inte fullt ut kan påverka, vilket gör det särskilt viktigt med täta prognoser och tidiga åtgärder.'
						),
						Uppföljning: p(
							'Månadsprognosen tas fram tillsammans med controller. Prognossäkerheten redovisas i verksamhetsberättelsen.'
						),
						Utveckling: p(
							'Enheten vill utveckla ett enkelt verktyg som visar kostnaden för varje pågående placering och den planerade placeringstiden.'
						)
					},
					indicators: [],
					activities: []
				}
			]
		},
		{
			number: '3.2.1',
			targets: { shortTermSickLeave: perYear('2,8 %', '2,5 %') },
			activities: ['healthMeasures'],
			goals: [
				{
					title: 'Nya medarbetare får en god introduktion och alla har en planerbar arbetsbelastning',
					sections: {
						'Förväntat resultat': p(
							'Nyanställda upplever att de fått en god introduktion och känner sig trygga i sitt uppdrag efter tre månader.',
							'Medarbetarna upplever att arbetsbelastningen går att planera och att de hinner med både möten med de enskilda och dokumentationen.'
						),
						Arbetssätt: p(
							'Introduktionen följer ett gemensamt program på åtta veckor och avslutas med ett uppföljande samtal med chefen. Ärendefördelningen görs öppet i grupperna, och varje medarbetare har ett tak för antalet ärenden.',
							'Mötesfria förmiddagar två dagar i veckan ger tid för dokumentation.'
						),
						Resursanvändning: p(
							'Introduktionen genomförs av erfarna medarbetare som får avsatt tid för uppdraget. Mötesfria förmiddagar kräver ingen extra resurs men förutsätter att alla grupper planerar sina möten gemensamt.'
						),
						Uppföljning: p(
							'Nyanställda besvarar en kort enkät efter introduktionen. Arbetsbelastningen följs upp på arbetsplatsträffar och i medarbetarenkäten.'
						),
						Utveckling: p(
							'Enheten vill pröva gemensam ärendedragning mellan sektionerna en gång i månaden för att öka förståelsen för varandras uppdrag.'
						)
					},
					indicators: [],
					activities: []
				}
			]
		}
	],
	budget: [
		{
			heading: 'Ekonomiskt bistånd',
			rows: [
				{ label: 'Intäkter', amount: -450 },
				{ label: 'Personal', amount: 16800 },
				{ label: 'Utbetalt ekonomiskt bistånd', amount: 41200, amount2025: 43500 },
				{ label: 'Lokaler', amount: 1650 },
				{ label: 'Övriga kostnader', amount: 900 }
			]
		},
		{
			heading: 'Stöd och behandling',
			rows: [
				{ label: 'Intäkter', amount: -2100 },
				{ label: 'Personal', amount: 8700 },
				{ label: 'Köp av verksamhet', amount: 23900 },
				{ label: 'Lokaler', amount: 950 },
				{ label: 'Övriga kostnader', amount: 620 }
			]
		}
	],
	other: [
		{
			heading: 'Brukardialog',
			text: p(
				'Enheten genomför två gånger per år ett brukarråd där personer som har eller har haft kontakt med enheten ger synpunkter på bemötande, information och tillgänglighet. Under {år} ska brukarrådet särskilt ge synpunkter på enhetens skriftliga beslut och om de är lätta att förstå.'
			)
		},
		{
			heading: 'Synpunkter och klagomål',
			text: p(
				'Synpunkter och klagomål registreras och besvaras inom två veckor. De kategoriseras efter bemötande, handläggning, tillgänglighet och kvalitet, och sammanställningen per tertial används i enhetens förbättringsarbete.'
			)
		},
		{
			heading: 'Systematiskt kvalitetsarbete',
			text: p(
				'Enheten följer förvaltningens ledningssystem för systematiskt kvalitetsarbete. Processerna för ansökan om ekonomiskt bistånd och för utredning vid beroende är kartlagda, och egenkontroller görs enligt en årlig plan. Avvikelser och lex Sarah-rapporter används som underlag för förbättringar.'
			)
		},
		{
			heading: 'Jämställdhet',
			text: p(
				'Enheten följer upp sina insatser uppdelat på kvinnor och män. Tidigare uppföljningar har visat att kvinnor med ekonomiskt bistånd oftare än män saknar en planering mot arbete. Under {år} följs detta upp särskilt.'
			)
		}
	],
	attachments: ['Internkontrollplan {år}', 'Handlingsplan mot våld i nära relationer {år}']
};
