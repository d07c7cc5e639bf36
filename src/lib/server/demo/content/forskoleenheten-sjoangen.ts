import { p, perYear, type UnitSpec } from './types';

export const forskoleenhetenSjoangen: UnitSpec = {
	name: 'Förskoleenheten Sjöängen',
	slug: 'forskoleenheten-sjoangen',
	handler: 'Mikael Björk',
	phone: '0123-45 61 60',
	introduction: [
		{
			heading: 'Enhetens uppdrag',
			text: p(
				'Förskoleenheten Sjöängen består av tre förskolor i södra Norrviken: Sjöängen, Lärkan och Tallbacken. Tillsammans har förskolorna plats för omkring 210 barn mellan ett och fem år. Uppdraget är att ge barnen en trygg omsorg och en undervisning som stimulerar deras utveckling och lärande, i enlighet med skollagen och läroplanen för förskolan.',
				'Förskolan ska vara ett komplement till hemmet och ett stöd för familjerna. Alla barn ska få möjlighet att utvecklas utifrån sina förutsättningar, och förskolan ska uppmärksamma och ge stöd till barn som behöver det.'
			)
		},
		{
			heading: 'Utvecklingsområden {år}',
			text: perYear(
				p(
					'Under {år} prioriterar enheten språkutveckling och undervisning i utemiljön. Förskolorna ska också arbeta fram en gemensam modell för dokumentation av barnens lärande.'
				),
				p(
					'Den gemensamma modellen för dokumentation av barnens lärande har införts under {fjol} och används nu på alla avdelningar. Under {år} ska enheten använda dokumentationen mer aktivt för att planera undervisningen och för att samtala med vårdnadshavare om barnens utveckling.',
					'Språkutvecklingen är fortsatt det viktigaste området. Många barn hör svenska främst i förskolan, och förskolan behöver ge dem rika tillfällen att använda språket i lek, samtal och högläsning. Enheten vill också bli bättre på att ta vara på barnens modersmål.'
				)
			)
		},
		{
			heading: 'Organisationsbeskrivning',
			text: p(
				'Enheten leds av en rektor, som ansvarar för alla tre förskolorna, och en biträdande rektor. Sjöängen har sex avdelningar, Lärkan fyra och Tallbacken två. Varje förskola har en arbetslagsledare, och på varje avdelning finns minst en legitimerad förskollärare som ansvarar för undervisningen.',
				'Enheten har en specialpedagog som stöttar arbetslagen i arbetet med barn i behov av särskilt stöd, och en gemensam kock på Sjöängen som lagar mat till alla tre förskolorna.'
			)
		},
		{
			heading: 'Ledarskapsidé',
			text: p(
				'Ledningen ska vara pedagogiskt närvarande och skapa förutsättningar för medarbetarna att utveckla undervisningen. Rektor och biträdande rektor besöker avdelningarna regelbundet och deltar i arbetslagens planering och reflektion.',
				'Förskollärarna har ett tydligt ansvar för undervisningen och leder arbetet på sin avdelning. Barnskötarna är viktiga i omsorgen och undervisningen och har möjlighet att utvecklas genom fortbildning.'
			)
		},
		{
			heading: 'Personalresurser',
			text: perYear(
				p(
					'Enheten har 46 årsarbetare, varav 20 legitimerade förskollärare och 24 barnskötare. Andelen förskollärare har minskat något under {fjol}, och rekryteringen är en prioriterad fråga.'
				),
				p(
					'Enheten har 47 årsarbetare, varav 22 legitimerade förskollärare, 22 barnskötare, en specialpedagog, en kock och en administratör. Fyra barnskötare läser till förskollärare på deltid med stöd av enheten.'
				)
			)
		},
		{
			heading: 'Styrdokument',
			text: p(
				'Verksamheten styrs av skollagen och läroplanen för förskolan. Enheten följer också Exempelstads riktlinjer för förskolan, stadens plan för modersmålsstöd och den egna planen mot diskriminering och kränkande behandling.'
			)
		}
	],
	kfTargets: {
		preschoolSatisfaction: perYear('90 %', '92 %'),
		qualifiedTeachers: perYear('44 %', '47 %'),
		budgetVariance: '0',
		sickLeave: perYear('7 %', '6,5 %'),
		engagement: '80'
	},
	committeeGoals: [
		{
			number: '1.1.1',
			targets: {},
			activities: ['earlySignals'],
			goals: [
				{
					title: 'Barn i behov av särskilt stöd upptäcks tidigt och får stöd i förskolan',
					sections: {
						'Förväntat resultat': p(
							'Barn som behöver särskilt stöd uppmärksammas tidigt, och stödet ges i den ordinarie barngruppen så långt det är möjligt.',
							'Vårdnadshavare är delaktiga i planeringen av stödet.'
						),
						Arbetssätt: p(
							'Arbetslagen gör en genomgång av varje barns utveckling två gånger per termin. När arbetslaget ser att ett barn behöver mer stöd tar de kontakt med specialpedagogen, som tillsammans med arbetslaget och vårdnadshavarna gör en plan för stödet.',
							'Förskolan samarbetar med barnavårdscentralen, logopeder och habiliteringen. När det finns oro för ett barns hemsituation kontaktar rektor Familjeenheten för att få råd.'
						),
						Resursanvändning: p(
							'Specialpedagogen fördelar sin tid mellan förskolorna efter behov. Tilläggsbelopp för barn med omfattande behov söks från förvaltningen och används för att förstärka bemanningen på avdelningen.'
						),
						Uppföljning: p(
							'Antalet barn med en plan för särskilt stöd följs upp per termin. Planerna utvärderas tillsammans med vårdnadshavarna minst två gånger per år.'
						),
						Utveckling: p(
							'Enheten vill utveckla samarbetet med barnavårdscentralen så att det blir lättare att gemensamt uppmärksamma barn med språkliga svårigheter.'
						)
					},
					indicators: [
						{
							name: 'Andel planer för särskilt stöd som utvärderats tillsammans med vårdnadshavare',
							target: '100 %',
							periodicity: 'Halvår',
							unit: '%',
							direction: 'higher',
							genderSplit: false
						}
					],
					activities: []
				}
			]
		},
		{
			number: '1.1.2',
			targets: {
				childrenPerStaff: perYear('5,2', '5,0'),
				languageFollowUp: '100 %'
			},
			activities: ['languageTraining'],
			goals: [
				{
					title: 'Barnen utvecklar sitt språk och sin lust att lära',
					sections: {
						'Förväntat resultat': p(
							'Alla barn får dagliga tillfällen att lyssna, samtala och berätta, och deras språkutveckling följs upp med förvaltningens modell.',
							'Barn med annat modersmål än svenska får stöd i både svenska och sitt modersmål.'
						),
						Arbetssätt: p(
							'Högläsning sker varje dag i små grupper, och arbetslagen väljer böcker som speglar barnens erfarenheter och språk. Samtalen kring böckerna används för att utveckla ordförrådet. Bildstöd och tecken används som stöd för kommunikation.',
							'Förskolan samarbetar med biblioteket i Norrvikens centrum och lånar böcker på barnens modersmål. Vårdnadshavare uppmuntras att läsa hemma, och förskolan lånar ut böcker.'
						),
						Resursanvändning: perYear(
							p(
								'Kompetensutveckling i språkutvecklande arbetssätt genomförs på studiedagar och arbetsplatsträffar.'
							),
							p(
								'Förskollärarna deltar i förvaltningens kompetensutveckling i språk- och läsfrämjande arbetssätt och sprider kunskapen i sina arbetslag. Studiedagar och arbetsplatsträffar används för gemensam reflektion.'
							)
						),
						Uppföljning: p(
							'Barnens språkutveckling följs upp med förvaltningens modell två gånger per år. Arbetslagen analyserar resultaten och använder dem i planeringen. Resultaten redovisas i verksamhetsberättelsen.'
						),
						Utveckling: p(
							'Enheten vill starta ett samarbete med modersmålslärare som kan besöka förskolorna och läsa för barnen.'
						)
					},
					indicators: [],
					activities: [
						{
							title: perYear(
								'Införa gemensam modell för dokumentation av barnens lärande',
								'Starta läsprojekt med böcker på barnens modersmål i samarbete med biblioteket'
							),
							start: '02-01',
							end: '12-10'
						}
					]
				},
				{
					title: 'Förskolan är en trygg plats där ingen blir kränkt',
					sections: {
						'Förväntat resultat': p(
							'Barnen känner sig trygga och har kamrater att leka med. Vårdnadshavare upplever att deras barn är trygga på förskolan.'
						),
						Arbetssätt: p(
							'Varje förskola har en plan mot diskriminering och kränkande behandling som tas fram med barnens och vårdnadshavarnas delaktighet. Arbetslagen gör trygghetsvandringar tillsammans med barnen, där barnen visar vilka platser de tycker är trygga och otrygga.',
							'Personalen finns nära barnen både inomhus och utomhus och ingriper direkt vid kränkningar. Alla händelser dokumenteras och anmäls till rektor.'
						),
						Resursanvändning: p(
							'Personalens placering under utevistelsen planeras så att alla delar av gården har uppsikt.'
						),
						Uppföljning: p(
							'Planen mot diskriminering och kränkande behandling utvärderas varje år. Antalet anmälda kränkningar redovisas per tertial till huvudmannen.'
						),
						Utveckling: perYear(
							p('Enheten vill pröva trygghetsvandringar tillsammans med barnen.'),
							p(
								'Enheten vill under {år} utveckla sättet att fråga de yngsta barnen om trygghet, till exempel med hjälp av bilder och observationer.'
							)
						)
					},
					indicators: [],
					activities: [
						{
							title: 'Genomföra trygghetsvandringar med barnen på alla tre förskolorna',
							start: '09-01',
							end: '10-31'
						}
					]
				},
				{
					title: 'Utemiljön och närområdet används för undervisning året runt',
					only: 2025,
					sections: {
						'Förväntat resultat': p(
							'Barnen får undervisning utomhus varje vecka och lär sig om natur, teknik och hållbarhet i närområdet.'
						),
						Arbetssätt: p(
							'Varje avdelning planerar minst en undervisningsaktivitet utomhus i veckan. Skogen bakom Tallbacken och stranden vid Sjöängen används som lärmiljöer.'
						),
						Resursanvändning: p(
							'Material för utomhuspedagogik köps gemensamt för alla tre förskolor och delas mellan avdelningarna.'
						),
						Uppföljning: p('Arbetslagen utvärderar utomhusundervisningen i sin terminsutvärdering.'),
						Utveckling: p(
							'Enheten vill utveckla en gemensam plan för hur närområdet kan användas under olika årstider.'
						)
					},
					indicators: [],
					activities: []
				}
			]
		},
		{
			number: '2.2.1',
			targets: { violenceTraining: '100 %' },
			activities: [],
			goals: [
				{
					title: 'Förskolan uppmärksammar barn som far illa och anmäler oro utan dröjsmål',
					sections: {
						'Förväntat resultat': p(
							'Alla medarbetare vet hur de ska agera när de är oroliga för ett barn, och orosanmälningar görs utan dröjsmål.'
						),
						Arbetssätt: p(
							'Förskolans rutin för orosanmälan gås igenom med alla medarbetare i början av varje termin. Den som är orolig för ett barn kontaktar rektor, men anmälningsplikten är personlig och ingen behöver vänta på rektors beslut.',
							'Förskolan är uppmärksam på tecken på att barn lever med våld i familjen, till exempel förändringar i barnets beteende eller lek.'
						),
						Resursanvändning: p(
							'Arbetet sker inom ordinarie verksamhet. Familjeenheten erbjuder konsultation när förskolan behöver råd.'
						),
						Uppföljning: p(
							'Antalet orosanmälningar och hur rutinen har fungerat följs upp i verksamhetsberättelsen.'
						),
						Utveckling: p(
							'Enheten vill tillsammans med Familjeenheten ta fram ett kort utbildningsmaterial om barn som upplever våld, anpassat för förskolan.'
						)
					},
					indicators: [],
					activities: []
				}
			]
		},
		{
			number: '3.1.1',
			targets: {},
			activities: ['monthlyForecast'],
			goals: [
				{
					title: 'Barngruppernas storlek och bemanningen planeras så att resurserna räcker hela året',
					sections: {
						'Förväntat resultat': p(
							'Förskolorna har en hög beläggning och en bemanning som motsvarar antalet barn under hela året, och enheten håller sin budget.'
						),
						Arbetssätt: p(
							'Platsantalet planeras för ett år i taget utifrån prognosen för antalet barn i området. Vikarier tas i första hand från enhetens egen vikariepool, och bemanningen samordnas mellan förskolorna vid frånvaro.',
							'Under sommaren samlas barnen på en förskola, så att semestrarna kan läggas ut utan behov av många vikarier.'
						),
						Resursanvändning: p(
							'Intäkterna styrs av antalet inskrivna barn. Enheten följer inskrivningen varje månad och anpassar bemanningen efter terminsstart och inför sommaren.'
						),
						Uppföljning: p(
							'Beläggning, bemanning och kostnader följs upp i månadsprognosen tillsammans med controller.'
						),
						Utveckling: p(
							'Enheten vill se över lokalanvändningen på Tallbacken, där en avdelning har få barn under vårterminen.'
						)
					},
					indicators: [],
					activities: [
						{
							title: 'Utreda lokalanvändningen på Tallbackens förskola',
							start: '08-15',
							end: '11-30',
							only: 2026
						}
					]
				}
			]
		},
		{
			number: '3.2.1',
			targets: {
				appraisalTalks: '100 %',
				shortTermSickLeave: perYear('3,5 %', '3 %')
			},
			activities: ['healthMeasures'],
			goals: [
				{
					title: 'Förskolan är en attraktiv arbetsplats som behåller och utvecklar sina förskollärare',
					sections: {
						'Förväntat resultat': p(
							'Andelen legitimerade förskollärare ökar och personalomsättningen är låg.'
						),
						Arbetssätt: p(
							'Förskollärarna har schemalagd tid för planering, reflektion och dokumentation varje vecka. Barnskötare som vill läsa till förskollärare får stöd i form av studietid.',
							'Nya medarbetare får en introduktion med en erfaren kollega som mentor, och varje förskola har ett gemensamt arbetsplatsmöte varannan vecka.'
						),
						Resursanvändning: p(
							'Planeringstiden läggs in i schemat så att den inte påverkar bemanningen i barngrupperna. Studietid för blivande förskollärare finansieras delvis med statliga medel.'
						),
						Uppföljning: p(
							'Andelen legitimerade förskollärare och personalomsättningen följs upp varje år. Medarbetarenkäten analyseras av arbetslagen tillsammans med rektor.'
						),
						Utveckling: p(
							'Enheten vill skapa uppdrag för erfarna förskollärare som ansvarar för ett utvecklingsområde för alla tre förskolorna.'
						)
					},
					indicators: [
						{
							name: 'Andel vårdnadshavare som haft utvecklingssamtal under året',
							target: '95 %',
							periodicity: 'År',
							unit: '%',
							direction: 'higher',
							genderSplit: false
						}
					],
					activities: []
				}
			]
		}
	],
	budget: [
		{
			heading: 'Ekonomi {år}',
			rows: [
				{ label: 'Intäkter', amount: -56800, amount2025: -54900 },
				{ label: 'Personal', amount: 43900 },
				{ label: 'Köp av verksamhet', amount: 350 },
				{ label: 'Lokaler', amount: 8100 },
				{ label: 'Övriga kostnader', amount: 4250 }
			]
		}
	],
	other: [
		{
			heading: 'Samarbete med vårdnadshavare',
			text: p(
				'Vårdnadshavare erbjuds inskolningssamtal, utvecklingssamtal en gång per år och föräldramöten varje termin. Förskolornas lärplattform används för att dela information om barnens dag och om undervisningen. Information ges vid behov med hjälp av tolk.'
			)
		},
		{
			heading: 'Synpunkter och klagomål',
			text: p(
				'Synpunkter och klagomål tas emot av personalen, av rektor eller via stadens e-tjänst. De dokumenteras och besvaras, och rektor rapporterar klagomål till huvudmannen enligt skollagen.'
			)
		},
		{
			heading: 'Systematiskt kvalitetsarbete',
			text: p(
				'Förskolornas kvalitetsarbete följer ett årshjul med planering, genomförande, uppföljning och analys. Arbetslagen utvärderar sin undervisning varje termin, och rektor sammanställer resultatet i en kvalitetsrapport till förvaltningen.'
			)
		}
	],
	attachments: ['Plan mot diskriminering och kränkande behandling {år}', 'Internkontrollplan {år}']
};
