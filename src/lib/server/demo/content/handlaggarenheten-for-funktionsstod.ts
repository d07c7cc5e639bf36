import { p, perYear, type UnitSpec } from './types';

export const handlaggarenhetenForFunktionsstod: UnitSpec = {
	name: 'Handläggarenheten för funktionsstöd',
	slug: 'handlaggarenheten-for-funktionsstod',
	handler: 'Per Sandström',
	phone: '0123-45 61 40',
	introduction: [
		{
			heading: 'Enhetens uppdrag',
			text: p(
				'Handläggarenheten för funktionsstöd utreder och beslutar om insatser för personer under 65 år med funktionsnedsättning som bor i Norrvikens stadsdelsområde. Enheten handlägger ansökningar enligt LSS, till exempel om daglig verksamhet, bostad med särskild service, korttidsvistelse och personlig assistans, och ansökningar enligt socialtjänstlagen om bland annat boendestöd, hemtjänst och sysselsättning för personer med psykisk funktionsnedsättning.',
				'Enheten följer upp beviljade insatser hos utförarna och ser till att besluten fortsatt motsvarar den enskildes behov. Enheten utför inga insatser själv; den enskilde väljer utförare i stadens valfrihetssystem där sådant finns.'
			)
		},
		{
			heading: 'Utvecklingsområden {år}',
			text: perYear(
				p(
					'Handläggningstiderna för ansökningar enligt LSS har varit för långa, främst på grund av vakanta tjänster under {fjol}. Enheten prioriterar under {år} att korta handläggningstiderna och att komma ikapp med uppföljningen av äldre beslut.'
				),
				p(
					'Handläggningstiderna har kortats under {fjol} men ligger fortfarande över förvaltningens mål för ansökningar om bostad med särskild service. Under {år} vill enheten förbättra planeringen av utredningar som kräver underlag från flera håll, till exempel läkarintyg och arbetsterapeutbedömningar.',
					'Enheten vill också göra besluten lättare att förstå. Ett arbete med klarspråk och med beslut i lättläst form påbörjades under {fjol} och ska slutföras under året.'
				)
			)
		},
		{
			heading: 'Organisationsbeskrivning',
			text: p(
				'Enheten leds av en enhetschef och har två handläggargrupper: en som handlägger insatser för barn och unga upp till 21 år och deras familjer, och en som handlägger insatser för vuxna. Till enheten hör också en samordnare för personlig assistans som följer upp assistansärenden och samarbetar med Försäkringskassan. Varje grupp har en samordnare som leder det dagliga arbetet och fördelar nya ärenden.'
			)
		},
		{
			heading: 'Ledarskapsidé',
			text: p(
				'Handläggning handlar om att göra väl avvägda bedömningar i varje enskilt ärende och samtidigt behandla lika fall lika. Ledarskapet ska därför ge både frihet och stöd: frihet att möta den enskilde utifrån hens situation, och stöd i form av gemensamma bedömningar, tydliga riktlinjer och tid för reflektion.',
				'Vi arbetar öppet med ärendedragningar och ser varje svår bedömning som en möjlighet att lära av varandra.'
			)
		},
		{
			heading: 'Styrdokument',
			text: p(
				'Handläggningen styrs av LSS, socialtjänstlagen, förvaltningslagen och Socialstyrelsens föreskrifter om handläggning och dokumentation. Exempelstads riktlinjer för handläggning av insatser till personer med funktionsnedsättning och stadens program för tillgänglighet och delaktighet ger den lokala ramen.'
			)
		}
	],
	kfTargets: {
		respectfulTreatment: '90 %',
		influence: perYear('80 %', '82 %'),
		budgetVariance: '0',
		sickLeave: '5 %',
		engagement: '80'
	},
	committeeGoals: [
		{
			number: '1.2.2',
			targets: {
				lssProcessingTime: perYear('90', '75'),
				lssFollowUp: perYear('85 %', '90 %')
			},
			activities: ['lssSelfAssessment'],
			goals: [
				{
					title: 'Ansökningar utreds skyndsamt och besluten är begripliga för den som ansökt',
					sections: {
						'Förväntat resultat': p(
							'Ansökningar om insatser enligt LSS utreds och beslutas i genomsnitt inom 75 dagar.',
							'Den enskilde förstår vad beslutet innebär, varför det har fattats och hur det går att överklaga.'
						),
						Arbetssätt: p(
							'Nya ansökningar fördelas inom tre arbetsdagar och handläggaren kontaktar den sökande inom en vecka. Underlag som behövs från andra, som läkarintyg eller bedömningar från habiliteringen, begärs in tidigt och bevakas i verksamhetssystemet.',
							'Den sökande får ta del av utredningen innan beslut fattas och har möjlighet att lämna synpunkter. Beslut som innebär avslag förklaras alltid i ett samtal, och den som behöver får beslutet i lättläst form eller med bildstöd.'
						),
						Resursanvändning: p(
							'Samordnarna följer varje vecka hur många ärenden varje handläggare har och hur länge de pågått. Enkla ärenden, till exempel förlängning av ledsagarservice, handläggs i ett förenklat förfarande så att mer tid kan läggas på komplexa utredningar.'
						),
						Uppföljning: p(
							'Handläggningstiden följs upp per tertial i verksamhetssystemet. Andelen utredningar där den enskilde fått ta del av utredningen före beslut granskas i samband med egenkontrollen av akter.'
						),
						Utveckling: perYear(
							p('Enheten vill ta fram mallar för beslut i lättläst form.'),
							p(
								'Under {år} ska arbetet med klarspråk slutföras. Alla beslutsmallar ska ses över och de vanligaste besluten ska finnas i lättläst form.'
							)
						)
					},
					indicators: [
						{
							name: 'Andel utredningar där den enskilde fått ta del av utredningen innan beslut',
							target: '100 %',
							periodicity: 'Tertial',
							unit: '%',
							direction: 'higher',
							genderSplit: true
						}
					],
					activities: [
						{
							title: perYear(
								'Ta fram mallar för beslut i lättläst form',
								'Se över samtliga beslutsmallar utifrån klarspråk'
							),
							start: '02-01',
							end: '09-30'
						}
					]
				},
				{
					title: 'Beviljade insatser följs upp så att de fortsätter att motsvara den enskildes behov',
					sections: {
						'Förväntat resultat': p(
							'Alla beslut om insatser enligt LSS följs upp minst en gång per år, och uppföljningen leder vid behov till ändrade eller nya insatser.',
							'Brister hos utförarna upptäcks och åtgärdas.'
						),
						Arbetssätt: p(
							'Handläggaren träffar den enskilde, och när det är lämpligt även företrädare och utförare, vid uppföljningen. Samtalet utgår från den enskildes mål och hur insatsen bidrar till dem. Uppföljningsdatum läggs in när beslutet fattas och bevakas i verksamhetssystemet.',
							'Om uppföljningen visar brister i hur insatsen utförs meddelas utföraren och förvaltningens avtalsuppföljare.'
						),
						Resursanvändning: p(
							'Uppföljningarna planeras jämnt över året så att de inte konkurrerar med nya utredningar under vissa perioder. Personer med flera insatser följs upp vid ett och samma tillfälle.'
						),
						Uppföljning: p(
							'Andelen beslut som följts upp inom tolv månader redovisas i verksamhetsberättelsen. Antalet rapporterade brister hos utförare sammanställs per tertial.'
						),
						Utveckling: p(
							'Enheten vill utveckla en gemensam uppföljningsmall tillsammans med avtalsuppföljarna, så att den enskildes synpunkter på utförarna tas tillvara på ett systematiskt sätt.'
						)
					},
					indicators: [],
					activities: []
				},
				{
					title: 'Barn med funktionsnedsättning och deras familjer får ett samlat stöd',
					only: 2026,
					sections: {
						'Förväntat resultat': p(
							'Familjer som har barn med funktionsnedsättning har en handläggare som samordnar insatserna och håller ihop kontakten med förskola, skola, habilitering och Familjeenheten.',
							'Föräldrarna upplever att de får rätt information och inte behöver berätta samma sak för många olika personer.'
						),
						Arbetssätt: p(
							'Varje familj får en fast handläggare i gruppen för barn och unga. Vid behov av stöd från flera verksamheter erbjuds familjen en samordnad individuell plan. Handläggaren uppmärksammar syskonens och föräldrarnas situation och informerar om stöd till anhöriga.',
							'Barnet ges möjlighet att komma till tals i utredningen på ett sätt som passar barnets förutsättningar, med stöd av bilder eller alternativ kompletterande kommunikation.'
						),
						Resursanvändning: p(
							'Gruppen för barn och unga har fem handläggare. Genom samordnade individuella planer undviks parallella kontakter och möten för familjen.'
						),
						Uppföljning: p(
							'Antalet samordnade individuella planer för barn följs upp per tertial. En gång per år tillfrågas föräldrarna om hur de upplever stödet.'
						),
						Utveckling: p(
							'Enheten vill tillsammans med Familjeenheten ta fram en gemensam rutin för ärenden där barn med funktionsnedsättning också är föremål för en barnavårdsutredning.'
						)
					},
					indicators: [],
					activities: [
						{
							title: 'Ta fram gemensam rutin med Familjeenheten för barn som har kontakt med båda enheterna',
							start: '03-01',
							end: '10-31'
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
					title: 'Handläggarna upptäcker våldsutsatthet hos personer med funktionsnedsättning',
					sections: {
						'Förväntat resultat': p(
							'Frågor om våld ställs i alla utredningar och uppföljningar, och den som utsätts för våld får stöd utifrån sina förutsättningar.'
						),
						Arbetssätt: p(
							'Handläggarna ställer frågor om våld i enskilda samtal, utan närvaro av anhöriga eller personal som ger stöd i vardagen. Frågorna anpassas efter den enskildes sätt att kommunicera. När våld kommer fram samarbetar handläggaren med Vuxenenhetens våldsteam eller Familjeenheten.',
							'Enheten är särskilt uppmärksam på att personer med funktionsnedsättning kan vara beroende av den som utövar våld för att få sin vardag att fungera.'
						),
						Resursanvändning: p(
							'Arbetet sker inom ordinarie handläggning. Tolk och kommunikationsstöd bokas vid behov för att samtalet ska kunna genomföras enskilt.'
						),
						Uppföljning: p(
							'Egenkontrollen av akter omfattar frågan om våld har ställts. Resultatet redovisas i tertialrapport 2.'
						),
						Utveckling: p(
							'Enheten vill ta fram ett samtalsstöd med bilder för frågor om våld, i samarbete med habiliteringen.'
						)
					},
					indicators: [
						{
							name: 'Andel utredningar där frågan om våld har ställts',
							target: perYear('80 %', '95 %'),
							periodicity: 'Halvår',
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
			number: '3.1.1',
			targets: { forecastAccuracy: '1,5 %' },
			activities: ['monthlyForecast'],
			goals: [
				{
					title: 'Besluten är likvärdiga och fattas med kostnadsmedvetenhet',
					sections: {
						'Förväntat resultat': p(
							'Personer med likartade behov får likartade beslut oavsett handläggare, och kostnaderna för köpta insatser ryms inom budget.'
						),
						Arbetssätt: p(
							'Beslut om insatser med stor kostnad, till exempel bostad med särskild service eller insatser utanför Exempelstad, dras i den gemensamma beslutskonferensen innan de fattas. Handläggarna har tillgång till aktuella priser och kan redovisa kostnaden för olika alternativ.',
							'Riktlinjerna används som stöd, men bedömningen görs alltid utifrån den enskildes behov.'
						),
						Resursanvändning: perYear(
							p(
								'Köp av verksamhet utgör nästan hela enhetens budget. Kostnaderna påverkas främst av nya beslut om bostad med särskild service och om daglig verksamhet.'
							),
							p(
								'Köp av verksamhet utgör nästan hela enhetens budget. Kostnaderna påverkas främst av nya beslut om bostad med särskild service, om daglig verksamhet och av timmar för personlig assistans som inte ersätts av Försäkringskassan.'
							)
						),
						Uppföljning: p(
							'Kostnaden för köpta insatser följs i månadsprognosen. Likvärdigheten följs upp genom att ett urval beslut granskas av en annan handläggare vid egenkontrollen.'
						),
						Utveckling: p(
							'Enheten vill ta fram en prognosmodell som tar hänsyn till kända förändringar, till exempel unga som lämnar anpassade gymnasieskolan och kan komma att ansöka om daglig verksamhet.'
						)
					},
					indicators: [
						{
							name: 'Andel beslut som överklagats och ändrats av domstol',
							target: '2 %',
							periodicity: 'År',
							unit: '%',
							direction: 'lower',
							genderSplit: false
						}
					],
					activities: [
						{
							title: 'Kartlägga elever i anpassade gymnasieskolan som kan komma att ansöka om daglig verksamhet',
							start: '09-01',
							end: '11-30'
						}
					]
				}
			]
		},
		{
			number: '3.2.1',
			targets: { shortTermSickLeave: '2 %' },
			activities: ['healthMeasures'],
			goals: [
				{
					title: 'Handläggarna har goda förutsättningar för ett rättssäkert och hållbart arbete',
					sections: {
						'Förväntat resultat': p(
							'Handläggarna upplever att de har tid för både möten med den enskilde och för dokumentation, och att de får stöd i svåra bedömningar.'
						),
						Arbetssätt: p(
							'Samordnarna har avstämning med varje handläggare varannan vecka. Juridiskt stöd finns att tillgå via förvaltningens jurist vid en fast tid varje vecka. Nya handläggare får en introduktion som omfattar de vanligaste insatserna och rättspraxis.'
						),
						Resursanvändning: p(
							'Kompetensutveckling prioriteras inom områden där rättspraxis ändras ofta, såsom personlig assistans.'
						),
						Uppföljning: p(
							'Sjukfrånvaro och medarbetarenkätens resultat följs upp per tertial och år. Handläggarnas ärendemängd redovisas på arbetsplatsträffar varje månad.'
						),
						Utveckling: p(
							'Enheten vill pröva en modell där erfarna handläggare fungerar som metodstöd för en del av sin arbetstid.'
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
			heading: 'Ekonomi {år}',
			rows: [
				{ label: 'Intäkter', amount: -350 },
				{ label: 'Personal', amount: 11600 },
				{ label: 'Köp av verksamhet', amount: 98400, amount2025: 94100 },
				{ label: 'Lokaler', amount: 900 },
				{ label: 'Övriga kostnader', amount: 520 }
			]
		}
	],
	other: [
		{
			heading: 'Synpunkter och klagomål',
			text: p(
				'Synpunkter och klagomål registreras och besvaras inom två veckor. Synpunkter som gäller utförare vidarebefordras till utföraren och till förvaltningens avtalsuppföljare. Sammanställningen per tertial gås igenom på arbetsplatsträff.'
			)
		},
		{
			heading: 'Systematiskt kvalitetsarbete',
			text: p(
				'Enheten genomför egenkontroller av akter två gånger per år enligt förvaltningens plan. Avvikelser i handläggningen rapporteras och analyseras, och rapporter enligt lex Sarah utreds av förvaltningens kvalitetsfunktion.'
			)
		},
		{
			heading: 'Tillgänglighet',
			text: p(
				'Enhetens lokaler är tillgängliga för personer med rörelsenedsättning, och mötesrummen har hörselslinga. Information om enhetens insatser finns på webbplatsen i lättläst form och som film med teckenspråk.'
			)
		}
	],
	attachments: ['Internkontrollplan {år}', 'Risk- och väsentlighetsanalys {år}', 'Plan för egenkontroll {år}']
};
