import { p, perYear, type UnitSpec } from './types';

export const arbeteOchSysselsattning: UnitSpec = {
	name: 'Enheten för arbete och sysselsättning',
	slug: 'enheten-for-arbete-och-sysselsattning',
	handler: 'Leila Haddad',
	phone: '0123-45 61 30',
	introduction: [
		{
			heading: 'Enhetens uppdrag',
			text: p(
				'Enheten för arbete och sysselsättning hjälper invånare i Norrviken som står utanför arbetsmarknaden att komma närmare arbete eller studier. Deltagarna kommer främst från Vuxenenheten, där de har ekonomiskt bistånd, men enheten tar också emot unga vuxna som varken arbetar eller studerar och som själva söker sig hit.',
				'Enheten driver dessutom Verkstaden, en sysselsättning enligt socialtjänstlagen för personer med psykisk funktionsnedsättning. På Verkstaden erbjuds meningsfulla aktiviteter och arbetsuppgifter som ger struktur i vardagen och stärker deltagarnas förmågor.'
			)
		},
		{
			heading: 'Utvecklingsområden {år}',
			text: perYear(
				p(
					'Enheten har under {fjol} haft svårt att ordna tillräckligt många praktikplatser, vilket har förlängt tiden i insats för många deltagare. Under {år} behöver enheten bygga upp ett nätverk av arbetsgivare i stadsdelsområdet.'
				),
				p(
					'Arbetsgivarnätverket som byggdes upp under {fjol} har gett fler praktikplatser, men få av praktikerna har lett till anställning. Under {år} vill enheten arbeta mer med matchning och med stöd till arbetsgivarna under praktiktiden, så att fler praktiker övergår i arbete.',
					'På Verkstaden behöver utbudet av aktiviteter breddas, eftersom fler yngre deltagare har tillkommit och deras önskemål skiljer sig från de äldre deltagarnas.'
				)
			)
		},
		{
			heading: 'Organisationsbeskrivning',
			text: p(
				'Enheten leds av en enhetschef och har tre delar: arbetsmarknadsteamet med jobbcoacher och studie- och yrkesvägledare, ungdomsteamet som arbetar med unga vuxna 18–24 år samt Verkstaden. Arbetsmarknadsteamet och ungdomsteamet finns i samma lokaler som Vuxenenheten, vilket underlättar samarbetet. Verkstaden ligger i ett före detta industrihus och har snickeri, textilverkstad, café och ett litet tryckeri.'
			)
		},
		{
			heading: 'Ledarskapsidé',
			text: p(
				'Vi tror att deltagarnas motivation växer när de får ta ansvar och se resultat av sina egna insatser. Samma sak gäller medarbetarna. Ledarskapet på enheten bygger därför på att ge medarbetarna mandat att utforma insatserna tillsammans med deltagarna, inom ramen för tydliga mål.',
				'Enhetschefen träffar varje team varje vecka och är tillgänglig i vardagen. Framgångar lyfts fram och sprids mellan teamen.'
			)
		},
		{
			heading: 'Målgrupper',
			text: p(
				'Arbetsmarknadsteamet möter vuxna med ekonomiskt bistånd som bedöms kunna arbeta eller studera, många med kort utbildning eller begränsade kunskaper i svenska. Ungdomsteamet möter unga vuxna som har avbrutit gymnasiet eller saknar sysselsättning efter gymnasiet. Verkstaden tar emot personer med psykisk funktionsnedsättning som har beviljats sysselsättning av biståndshandläggare.'
			)
		},
		{
			heading: 'Personalresurser',
			text: p(
				'Enheten har 24 tjänster: elva jobbcoacher, två studie- och yrkesvägledare, fyra handledare i ungdomsteamet, sex arbetsledare på Verkstaden och en enhetschef. Därutöver har enheten platser för personer i arbetsträning och anställningar med lönestöd.'
			)
		}
	],
	kfTargets: {
		respectfulTreatment: perYear('90 %', '92 %'),
		workOrStudies: perYear('36 %', '42 %'),
		budgetVariance: '0',
		sickLeave: '5 %',
		engagement: perYear('80', '82')
	},
	committeeGoals: [
		{
			number: '1.2.1',
			targets: { coordinatedPlans: '15' },
			activities: [],
			goals: [
				{
					title: 'Deltagarna på Verkstaden har en meningsfull vardag som stärker deras återhämtning',
					sections: {
						'Förväntat resultat': p(
							'Deltagarna upplever att aktiviteterna på Verkstaden är meningsfulla och att de kan påverka vad de gör.',
							'Deltagare som vill och kan tar steg vidare mot praktik, studier eller arbete.'
						),
						Arbetssätt: p(
							'Varje deltagare har en kontaktperson bland arbetsledarna och en genomförandeplan som följs upp minst var tredje månad. Planen beskriver deltagarens egna mål, vilka arbetsuppgifter som passar och vilket stöd som behövs.',
							'Deltagarna är med och planerar verksamheten genom ett husmöte varje månad, där nya aktiviteter och uppdrag diskuteras. Verkstaden tar emot beställningar från förvaltningens andra enheter, till exempel tryck av informationsmaterial och enklare snickeriarbeten, så att arbetet har en verklig mottagare.'
						),
						Resursanvändning: p(
							'Arbetsledarna har olika yrkesbakgrund, vilket gör det möjligt att erbjuda flera olika inriktningar med samma bemanning. Intäkterna från uppdrag används till material och till aktiviteter som deltagarna själva valt.'
						),
						Uppföljning: p(
							'Deltagarnas upplevelse mäts i en enkät en gång per år, i ett format som är anpassat för målgruppen. Genomförandeplanerna granskas av enhetschefen per tertial. Antalet deltagare som gått vidare till annan sysselsättning redovisas i verksamhetsberättelsen.'
						),
						Utveckling: perYear(
							p(
								'Verkstaden ska under året pröva att ta emot uppdrag från lokala föreningar.'
							),
							p(
								'Under {år} vill Verkstaden starta en digital verkstad med enklare uppdrag inom bildbehandling och webb, som ett svar på de yngre deltagarnas önskemål.'
							)
						)
					},
					indicators: [
						{
							name: 'Andel deltagare på Verkstaden som upplever att aktiviteterna är meningsfulla',
							target: perYear('85 %', '88 %'),
							periodicity: 'År',
							unit: '%',
							direction: 'higher',
							genderSplit: true
						}
					],
					activities: [
						{
							title: perYear(
								'Ta emot uppdrag från lokala föreningar',
								'Starta en digital verkstad på Verkstaden'
							),
							start: '03-01',
							end: '10-31'
						}
					]
				}
			]
		},
		{
			number: '2.1.1',
			targets: { intoWork: perYear('60', '70') },
			activities: ['employerNetwork'],
			goals: [
				{
					title: 'Fler deltagare går vidare till arbete eller studier',
					sections: {
						'Förväntat resultat': perYear(
							p(
								'Fler än var tredje deltagare som avslutar en insats börjar arbeta eller studera.',
								'Deltagarna har en individuell handlingsplan inom fyra veckor och får ett stöd som är anpassat efter deras förutsättningar.'
							),
							p(
								'Minst fyra av tio deltagare som avslutar en insats börjar arbeta eller studera.',
								'Deltagarna har en individuell handlingsplan inom fyra veckor och får ett stöd som är anpassat efter deras förutsättningar, till exempel språkträning parallellt med praktik.'
							)
						),
						Arbetssätt: p(
							'Varje deltagare möter en jobbcoach inom en vecka efter att Vuxenenheten har gjort en hänvisning. Tillsammans gör de en kartläggning av erfarenheter, utbildning och mål, som blir grunden för handlingsplanen. Insatserna kan vara jobbsökarstöd, praktik, yrkesinriktad svenska eller vägledning inför studier.',
							'Under praktiken besöker jobbcoachen arbetsplatsen regelbundet och har kontakt med handledaren hos arbetsgivaren. När en praktik kan leda till anställning hjälper enheten arbetsgivaren att ansöka om lönestöd hos Arbetsförmedlingen.'
						),
						Resursanvändning: p(
							'Jobbcoacherna har i genomsnitt 25 deltagare var. Genom att samla deltagare med liknande mål i grupp för jobbsökarträning frigörs tid för det individuella stödet under praktiken.'
						),
						Uppföljning: p(
							'Antalet och andelen deltagare som börjar arbeta eller studera följs upp per tertial, uppdelat på kvinnor och män. Deltagare som avslutat en insats kontaktas efter sex månader för att se om de har kvar sitt arbete eller fortsatt sina studier.'
						),
						Utveckling: p(
							'Enheten vill tillsammans med vuxenutbildningen ta fram kombinerade utbildningar där yrkesutbildning och svenska läses samtidigt, till exempel inom vård och omsorg.'
						)
					},
					indicators: [
						{
							name: 'Andel deltagare som har en individuell handlingsplan inom fyra veckor',
							target: '90 %',
							periodicity: 'Tertial',
							unit: '%',
							direction: 'higher',
							genderSplit: true
						},
						{
							name: 'Antal praktikplatser hos arbetsgivare i stadsdelsområdet',
							target: perYear('35', '45'),
							periodicity: 'Halvår',
							unit: 'st',
							direction: 'higher',
							genderSplit: false
						}
					],
					activities: [
						{
							title: perYear(
								'Ta fram en kombinerad yrkesutbildning inom vård och omsorg med vuxenutbildningen',
								'Starta den första kombinerade utbildningen i yrkessvenska och vård och omsorg'
							),
							start: '01-20',
							end: '08-31'
						}
					]
				},
				{
					title: 'Unga vuxna utan sysselsättning kommer snabbt i gång med en aktivitet',
					sections: {
						'Förväntat resultat': p(
							'Unga vuxna som varken arbetar eller studerar får kontakt med ungdomsteamet och har en aktivitet inom en månad.',
							'Fler unga vuxna återupptar och fullföljer sina gymnasiestudier.'
						),
						Arbetssätt: p(
							'Ungdomsteamet arbetar uppsökande och har kontakt med gymnasieskolornas elevhälsa, fritidsgårdarna och det kommunala aktivitetsansvaret. Handledarna träffar de unga där de vill, även utanför kontoret, och bygger upp en relation innan en planering görs.',
							'Insatserna kombinerar studiemotivation, praktik och stöd i vardagen, till exempel med att öppna ett bankkonto eller ordna ett eget boende.'
						),
						Resursanvändning: p(
							'Ungdomsteamet består av fyra handledare och delar studie- och yrkesvägledare med arbetsmarknadsteamet. En del av arbetet finansieras med statliga medel för unga som varken arbetar eller studerar.'
						),
						Uppföljning: p(
							'Antalet unga som har kontakt med ungdomsteamet, och hur många av dem som har en aktivitet, följs upp per tertial. Enheten följer också upp hur många som återupptar studier.'
						),
						Utveckling: perYear(
							p('Enheten vill etablera kontakt med alla gymnasieskolor som har elever från Norrviken.'),
							p(
								'Under {år} vill ungdomsteamet starta en sommarverksamhet där unga kan pröva på arbete inom förvaltningen under fyra veckor.'
							)
						)
					},
					indicators: [],
					activities: [
						{
							title: 'Anordna sommarjobb inom förvaltningen för unga vuxna i ungdomsteamet',
							start: '04-01',
							end: '08-31',
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
					title: 'Deltagare som utsätts för våld upptäcks och får hjälp att komma i kontakt med rätt stöd',
					sections: {
						'Förväntat resultat': p(
							'Medarbetarna känner igen tecken på våld och vet hur de ska agera, och deltagare som berättar om våld får snabbt kontakt med Vuxenenhetens våldsteam.'
						),
						Arbetssätt: p(
							'Frågan om våld ställs i kartläggningssamtalet med varje ny deltagare. Jobbcoacher och arbetsledare uppmärksammar förändringar i närvaro och mående, som kan vara tecken på att något har hänt. Enheten har en kontaktperson som håller sig uppdaterad om förvaltningens rutiner och stöttar kollegor.'
						),
						Resursanvändning: p(
							'Arbetet sker inom ordinarie verksamhet. Kontaktpersonen har avsatt tid motsvarande några timmar i månaden.'
						),
						Uppföljning: p(
							'Antalet deltagare som slussats vidare till våldsteamet följs upp per tertial. Andelen medarbetare som gått förvaltningens utbildning redovisas i verksamhetsberättelsen.'
						),
						Utveckling: p(
							'Enheten vill ta fram enkelt informationsmaterial om stöd vid våld på flera språk, att dela ut vid kartläggningssamtalen.'
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
					title: 'Enhetens platser och externa medel används fullt ut',
					sections: {
						'Förväntat resultat': p(
							'Beläggningen i enhetens insatser är hög och statliga och andra externa medel som enheten har rätt till söks och tas till vara.'
						),
						Arbetssätt: p(
							'Beläggningen följs upp varje vecka, och när det finns lediga platser tar enheten kontakt med Vuxenenheten för att korta väntan för nya deltagare. Ansökningar om lönestöd och andra ersättningar från Arbetsförmedlingen görs i alla ärenden där det är möjligt.'
						),
						Resursanvändning: p(
							'Externa intäkter är en betydande del av enhetens finansiering. En administratör ansvarar för att ansökningar och rekvisitioner görs i tid.'
						),
						Uppföljning: p(
							'Beläggning och externa intäkter redovisas i månadsprognosen och sammanfattas per tertial.'
						),
						Utveckling: p(
							'Enheten vill undersöka möjligheten att söka projektmedel från Europeiska socialfonden tillsammans med andra stadsdelsförvaltningar.'
						)
					},
					indicators: [],
					activities: []
				}
			]
		},
		{
			number: '3.2.1',
			targets: { appraisalTalks: '100 %' },
			activities: [],
			goals: [
				{
					title: 'Medarbetarna utvecklar sin kompetens i arbetsmarknads- och rehabiliteringsmetoder',
					sections: {
						'Förväntat resultat': p(
							'Alla jobbcoacher har utbildning i en evidensbaserad metod för stöd till arbete, och medarbetarna upplever att de har möjlighet att utvecklas i sitt arbete.'
						),
						Arbetssätt: perYear(
							p(
								'Varje medarbetare har en utvecklingsplan som tas fram i medarbetarsamtalet. Enheten har metodträffar en gång i månaden där medarbetarna delar erfarenheter från svåra ärenden.'
							),
							p(
								'Varje medarbetare har en individuell utvecklingsplan som tas fram i medarbetarsamtalet. Metodträffar hålls en gång i månaden, och under {år} leds de växelvis av medarbetare som gått metodutbildningen, så att kunskapen sprids i hela enheten.'
							)
						),
						Resursanvändning: p(
							'Metodutbildningen genomförs tillsammans med två andra stadsdelsförvaltningar, vilket sänker kostnaden per deltagare.'
						),
						Uppföljning: p(
							'Andelen medarbetare med genomförd utbildning och genomfört medarbetarsamtal redovisas i verksamhetsberättelsen. Medarbetarenkätens frågor om kompetensutveckling följs upp särskilt.'
						),
						Utveckling: p(
							'Enheten vill pröva auskultation, där medarbetare följer en kollega på en annan enhet under en dag.'
						)
					},
					indicators: [],
					activities: [
						{
							title: 'Genomföra metodutbildning i stöd till arbete för jobbcoacher',
							start: '02-10',
							end: '06-12'
						}
					]
				}
			]
		}
	],
	budget: [
		{
			heading: 'Ekonomi {år}',
			rows: [
				{ label: 'Intäkter', amount: -6200, amount2025: -5400 },
				{ label: 'Personal', amount: 17300 },
				{ label: 'Köp av verksamhet', amount: 1350 },
				{ label: 'Lokaler', amount: 2650 },
				{ label: 'Övriga kostnader', amount: 1900 }
			]
		}
	],
	other: [
		{
			heading: 'Brukarinflytande',
			text: p(
				'Deltagarna på Verkstaden påverkar verksamheten genom husmöten varje månad. Deltagare i arbetsmarknadsteamet och ungdomsteamet lämnar synpunkter i en kort enkät när insatsen avslutas. Resultaten redovisas på arbetsplatsträffar.'
			)
		},
		{
			heading: 'Synpunkter och klagomål',
			text: p(
				'Synpunkter och klagomål registreras och besvaras inom två veckor. Enheten har få klagomål men tar varje synpunkt på allvar och återkopplar till den som lämnat den om vad som har gjorts.'
			)
		},
		{
			heading: 'Jämställdhet och mångfald',
			text: p(
				'Resultaten följs upp för kvinnor och män. Kvinnor utrikes födda är underrepresenterade bland deltagare som går vidare till arbete. Under {år} ska enheten analysera orsakerna och se över vilka branscher praktikplatserna finns i.'
			)
		}
	],
	attachments: ['Internkontrollplan {år}']
};
