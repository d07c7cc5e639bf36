import { p, perYear, type UnitSpec } from './types';

export const hemtjanstenNorrviken: UnitSpec = {
	name: 'Hemtjänsten Norrviken',
	slug: 'hemtjansten-norrviken',
	handler: 'Anneli Nygren',
	phone: '0123-45 61 50',
	introduction: [
		{
			heading: 'Enhetens uppdrag',
			text: p(
				'Hemtjänsten Norrviken är stadsdelsförvaltningens egen utförare av hemtjänst. Enheten ger stöd och omsorg till äldre som bor i eget boende, utifrån de beslut som biståndshandläggarna fattar. Insatserna omfattar personlig omvårdnad, hjälp med måltider och hushållssysslor, inköp, ledsagning och trygghetslarm dygnet runt.',
				'Uppdraget är att den äldre ska kunna leva ett tryggt och självständigt liv i sitt eget hem så länge hen vill och kan. Omsorgen ska utgå från den äldres egna vanor och önskemål och ges av medarbetare som den äldre känner och har förtroende för.'
			)
		},
		{
			heading: 'Utvecklingsområden {år}',
			text: perYear(
				p(
					'Resultatet i brukarundersökningen för {fjol} visade att hemtjänsttagarna är nöjda med bemötandet men upplever att de möter för många olika medarbetare. Under {år} ska enheten ändra sin planering så att kontinuiteten ökar.',
					'Enheten ska också ta tillvara de nya möjligheter som digitala nyckelsystem och digital tillsyn ger.'
				),
				p(
					'Kontinuiteten har förbättrats efter att enheten under {fjol} delade in verksamheten i mindre arbetslag med egna geografiska områden. Under {år} fortsätter arbetet, med fokus på helger och semesterperioder då kontinuiteten fortfarande är låg.',
					'Ett annat utvecklingsområde är ensamhet. Många hemtjänsttagare har få sociala kontakter, och enheten vill använda den beviljade tiden för social samvaro mer medvetet. Slutligen ska digital tillsyn nattetid erbjudas alla som har behov av tillsyn och vill pröva det.'
				)
			)
		},
		{
			heading: 'Organisationsbeskrivning',
			text: perYear(
				p(
					'Hemtjänsten Norrviken leds av en enhetschef och två biträdande enhetschefer. Verksamheten består av tre dagarbetsgrupper, ett nattpatrull och en planeringsfunktion med tre planerare. Under våren delas dagverksamheten in i fem mindre arbetslag med egna geografiska områden.',
					'Enheten har omkring 250 hemtjänsttagare och utför cirka 8 700 timmar per månad. Lokalerna ligger i Norrvikens centrum, och personalen tar sig till hemtjänsttagarna med cykel, elcykel eller bil.'
				),
				p(
					'Hemtjänsten Norrviken leds av en enhetschef och två biträdande enhetschefer. Verksamheten är indelad i fem arbetslag med egna geografiska områden, ett nattpatrull och en planeringsfunktion med tre planerare. Varje arbetslag har en gruppledare bland undersköterskorna.',
					'Enheten har omkring 260 hemtjänsttagare och utför cirka 9 000 timmar per månad. Lokalerna ligger i Norrvikens centrum, och personalen tar sig till hemtjänsttagarna med cykel, elcykel eller bil.'
				)
			)
		},
		{
			heading: 'Vår värdegrund',
			text: p(
				'Vi som arbetar i hemtjänsten är gäster i någon annans hem. Vi visar respekt för den äldres integritet, vanor och sätt att leva, och vi frågar hellre en gång för mycket än tar för givet hur något ska göras.',
				'Vi arbetar för att den äldre ska behålla sina förmågor och göra så mycket som möjligt själv. Vi tar vara på den äldres livshistoria och låter den forma hur vi ger stöd.'
			)
		},
		{
			heading: 'Personalresurser',
			text: perYear(
				p(
					'Enheten har cirka 95 tillsvidareanställda medarbetare och ett tjugotal timavlönade. Omkring två tredjedelar av medarbetarna har undersköterskeexamen.'
				),
				p(
					'Enheten har cirka 98 tillsvidareanställda medarbetare och ett femtontal timavlönade. Sju av tio medarbetare har undersköterskeexamen och skyddad yrkestitel. Enheten har två undersköterskor med särskild kompetens inom demens och en inom rehabilitering, som stöttar kollegorna i arbetslagen.'
				)
			)
		},
		{
			heading: 'Styrdokument',
			text: p(
				'Arbetet styrs av socialtjänstlagen, hälso- och sjukvårdslagen för de delegerade insatserna, Socialstyrelsens föreskrifter om ledningssystem för systematiskt kvalitetsarbete och stadens avtal och kvalitetskrav för hemtjänst i valfrihetssystemet.'
			)
		}
	],
	kfTargets: {
		homeCareSatisfaction: perYear('88 %', '90 %'),
		homeCareSafety: perYear('90 %', '92 %'),
		budgetVariance: '0',
		sickLeave: perYear('8 %', '7 %'),
		engagement: perYear('76', '78')
	},
	committeeGoals: [
		{
			number: '1.3.1',
			targets: {
				continuity: perYear('14', '12'),
				carePlans: perYear('90 %', '95 %')
			},
			activities: ['digitalSupervision'],
			goals: [
				{
					title: 'Hemtjänsttagarna möter få och välkända medarbetare',
					sections: {
						'Förväntat resultat': p(
							'Varje hemtjänsttagare möter i genomsnitt högst tolv olika medarbetare under en fjortondagarsperiod, och alla har en kontaktman som de känner.'
						),
						Arbetssätt: p(
							perYear(
								'Under våren fördelas hemtjänsttagarna på fem arbetslag med egna områden, och planeringen ska utgå från att samma medarbetare går till samma personer. Kontaktmannen presenterar sig vid första besöket och ansvarar för att genomförandeplanen hålls aktuell.',
								'Hemtjänsttagarna är fördelade på fem arbetslag, och planeringen utgår från att samma medarbetare går till samma personer. Kontaktmannen presenterar sig vid första besöket och ansvarar för att genomförandeplanen hålls aktuell.'
							),
							'Vid frånvaro ersätts medarbetaren i första hand av någon inom arbetslaget. Inför helger och semestrar görs planeringen tidigt så att vikarier kan introduceras hos de personer de ska besöka.'
						),
						Resursanvändning: p(
							'Geografiskt avgränsade arbetslag minskar restiden och frigör tid hos hemtjänsttagarna. Schemat läggs så att fler tillsvidareanställda arbetar helg, vilket minskar behovet av timavlönade.'
						),
						Uppföljning: p(
							'Kontinuiteten mäts i planeringssystemet och följs upp varje månad per arbetslag. Resultatet redovisas halvårsvis till nämnden.'
						),
						Utveckling: perYear(
							p('Enheten ska under året dela in verksamheten i geografiska arbetslag.'),
							p(
								'Under {år} ska enheten pröva schemaläggning där medarbetarna själva önskar arbetspass inom ramar som säkrar kontinuiteten även på helger.'
							)
						)
					},
					indicators: [],
					activities: [
						{
							title: perYear(
								'Dela in hemtjänsten i fem geografiska arbetslag',
								'Pröva önskeschema med krav på kontinuitet under helger'
							),
							start: '01-15',
							end: '06-30'
						}
					]
				},
				{
					title: 'Insatserna utgår från hemtjänsttagarens vanor, önskemål och förmågor',
					sections: {
						'Förväntat resultat': p(
							'Alla hemtjänsttagare har en genomförandeplan som tagits fram tillsammans med dem och som följs upp minst varje halvår.',
							'Hemtjänsttagarna upplever att de kan påverka hur och när hjälpen ges.'
						),
						Arbetssätt: p(
							'Genomförandeplanen upprättas inom två veckor från start och beskriver hur hemtjänsttagaren vill ha sin hjälp, vad hen klarar själv och vad som är viktigt för hen. Planen skrivs i samtal med den äldre och, om den äldre vill, med anhöriga.',
							'Medarbetarna arbetar rehabiliterande, vilket innebär att den äldre uppmuntras att göra det hen kan själv, med stöd av förvaltningens arbetsterapeuter och fysioterapeuter.'
						),
						Resursanvändning: p(
							'Kontaktmännen har avsatt tid i schemat för att skriva och följa upp genomförandeplaner. Gruppledarna stöttar nya kontaktmän.'
						),
						Uppföljning: p(
							'Andelen genomförandeplaner som följts upp senaste halvåret följs upp varje tertial. Brukarundersökningens frågor om inflytande analyseras per arbetslag.'
						),
						Utveckling: p(
							'Enheten vill pröva att låta hemtjänsttagarna själva välja hur en del av den beviljade tiden ska användas, inom ramen för beslutet.'
						)
					},
					indicators: [],
					activities: []
				},
				{
					title: 'Hemtjänsttagare som känner sig ensamma erbjuds social samvaro',
					sections: {
						'Förväntat resultat': p(
							'Färre hemtjänsttagare upplever ensamhet, och fler deltar i aktiviteter på stadsdelens träffpunkter.'
						),
						Arbetssätt: p(
							'Kontaktmannen frågar vid uppföljningen av genomförandeplanen om hemtjänsttagaren känner sig ensam. Den som vill får hjälp att komma i kontakt med träffpunkterna och följe vid de första besöken.',
							'Promenader och samtal planeras som egna besök i stället för att läggas i slutet av andra insatser, så att tiden inte försvinner när andra besök drar ut på tiden.'
						),
						Resursanvändning: p(
							'Enheten samarbetar med förvaltningens träffpunkter och med frivilligorganisationer. Ledsagning till träffpunkterna ryms inom beviljad tid.'
						),
						Uppföljning: p(
							'Brukarundersökningens fråga om ensamhet följs upp årligen. Antalet hemtjänsttagare som ledsagats till träffpunkter redovisas per tertial.'
						),
						Utveckling: perYear(
							p('Enheten vill undersöka möjligheten till samarbete med frivilligorganisationer.'),
							p(
								'Enheten vill under {år} starta en samtalsgrupp för hemtjänsttagare tillsammans med en av stadsdelens träffpunkter.'
							)
						)
					},
					indicators: [
						{
							name: 'Andel hemtjänsttagare som sällan eller aldrig besväras av ensamhet',
							target: perYear('45 %', '50 %'),
							periodicity: 'År',
							unit: '%',
							direction: 'higher',
							genderSplit: true
						}
					],
					activities: [
						{
							title: 'Starta samtalsgrupp för hemtjänsttagare i samarbete med träffpunkten',
							start: '09-01',
							end: '12-15',
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
					title: 'Medarbetarna känner igen tecken på våld mot äldre och vet hur de ska agera',
					sections: {
						'Förväntat resultat': p(
							'Alla medarbetare har genomgått utbildning om våld mot äldre och vet hur de ska agera vid misstanke.',
							'Misstankar om våld rapporteras till chef samma dag.'
						),
						Arbetssätt: p(
							'Våld mot äldre kan vara svårt att upptäcka och kan utövas av en närstående som också är den äldres anhörigvårdare. Medarbetarna lär sig känna igen tecken som oförklarliga skador, rädsla eller förändrat beteende. Vid misstanke kontaktar medarbetaren sin chef, som tar kontakt med biståndshandläggaren.',
							'Ämnet tas upp på arbetsplatsträff två gånger per år med fall som diskuteras i arbetslagen.'
						),
						Resursanvändning: p(
							'Utbildningen genomförs digitalt och på arbetsplatsträffar, inom ordinarie arbetstid.'
						),
						Uppföljning: p(
							'Andelen medarbetare som genomgått utbildningen följs upp per tertial. Antalet rapporterade misstankar redovisas i verksamhetsberättelsen.'
						),
						Utveckling: p(
							'Enheten vill ta fram informationsmaterial om våld mot äldre på de språk som är vanligast bland medarbetarna.'
						)
					},
					indicators: [],
					activities: []
				}
			]
		},
		{
			number: '3.1.1',
			targets: { forecastAccuracy: '1 %' },
			activities: ['monthlyForecast'],
			goals: [
				{
					title: 'Planeringen gör att den beviljade tiden används hos hemtjänsttagarna',
					sections: {
						'Förväntat resultat': p(
							'En hög andel av den beviljade tiden utförs hos hemtjänsttagarna, och enheten har en ekonomi i balans.'
						),
						Arbetssätt: p(
							'Planerarna lägger besöken så att restiden blir kort och att varje medarbetares dag har en jämn belastning. Avbokade besök ersätts i möjligaste mån med andra insatser hos samma person eller med uppföljningar av genomförandeplaner.',
							'Enhetens intäkter bygger på utförd tid, därför registreras tiden korrekt med den mobila appen vid varje besök.'
						),
						Resursanvändning: p(
							'Personalkostnaden är enhetens största kostnad. Bemanningen anpassas till antalet beviljade timmar, och behovet av timavlönade följs upp varje vecka.'
						),
						Uppföljning: p(
							'Andelen utförd tid av beviljad tid följs upp varje månad. Ekonomin följs upp i månadsprognosen tillsammans med controller.'
						),
						Utveckling: p(
							'Enheten vill pröva ett nytt planeringsstöd som föreslår rutter automatiskt.'
						)
					},
					indicators: [
						{
							name: 'Andel utförd tid av beviljad tid',
							target: perYear('85 %', '88 %'),
							periodicity: 'Månad',
							unit: '%',
							direction: 'higher',
							genderSplit: false
						}
					],
					activities: [
						{
							title: 'Pröva automatiskt ruttförslag i planeringssystemet',
							start: '04-01',
							end: '09-30'
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
					title: 'Medarbetarna i hemtjänsten har en hälsosam arbetsmiljö och möjlighet att utvecklas',
					sections: {
						'Förväntat resultat': p(
							'Sjukfrånvaron minskar, särskilt den korta frånvaron, och fler medarbetare har undersköterskeexamen.'
						),
						Arbetssätt: p(
							'Alla medarbetare har delade turer endast om de själva önskar. Förflyttningsteknik tränas årligen med förvaltningens fysioterapeut, och riskbedömningar görs för alla hemtjänsttagare där tunga lyft förekommer.',
							'Medarbetare utan undersköterskeexamen erbjuds att läsa in den på betald arbetstid i samarbete med vuxenutbildningen.'
						),
						Resursanvändning: p(
							'Statliga medel för kompetenshöjning inom äldreomsorgen används för att finansiera utbildningen. Vikarier under studietiden bekostas av samma medel.'
						),
						Uppföljning: p(
							'Sjukfrånvaron följs upp per tertial och arbetslag. Antalet medarbetare som påbörjat och avslutat undersköterskeutbildningen redovisas i verksamhetsberättelsen.'
						),
						Utveckling: p(
							'Enheten vill ta fram en introduktion på flera språk för nya medarbetare, med fokus på arbetsmiljö och förflyttningsteknik.'
						)
					},
					indicators: [
						{
							name: 'Andel medarbetare med undersköterskeexamen',
							target: perYear('65 %', '72 %'),
							periodicity: 'År',
							unit: '%',
							direction: 'higher',
							genderSplit: true
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
				{ label: 'Intäkter', amount: -64200, amount2025: -61500 },
				{ label: 'Personal', amount: 56300 },
				{ label: 'Köp av verksamhet', amount: 650 },
				{ label: 'Lokaler', amount: 2450 },
				{ label: 'Övriga kostnader', amount: 4100 }
			]
		}
	],
	other: [
		{
			heading: 'Synpunkter och klagomål',
			text: p(
				'Hemtjänsttagare och anhöriga kan lämna synpunkter till kontaktmannen, till enhetschefen eller via stadens e-tjänst. Synpunkterna registreras och besvaras inom en vecka. De vanligaste synpunkterna gäller tider för besök och byte av personal, och de följs upp särskilt i planeringen.'
			)
		},
		{
			heading: 'Avvikelsehantering',
			text: p(
				'Avvikelser som gäller läkemedel, fall och uteblivna besök rapporteras i förvaltningens avvikelsesystem och analyseras av enhetschef och sjuksköterska. Missförhållanden rapporteras enligt lex Sarah. En sammanställning görs varje tertial och gås igenom i arbetslagen.'
			)
		},
		{
			heading: 'Samverkan med hälso- och sjukvården',
			text: p(
				'Hemtjänsten samarbetar med vårdcentralernas sjuksköterskor och med förvaltningens rehabiliteringspersonal. Vid utskrivning från sjukhus deltar kontaktmannen eller gruppledaren i planeringen, så att hemtjänsten är förberedd när den äldre kommer hem.'
			)
		},
		{
			heading: 'Jämställdhet och mångfald',
			text: p(
				'Hemtjänsttagarna kan önska personal av visst kön för personlig omvårdnad, och önskemålet tillgodoses så långt det går. Medarbetargruppen talar ett tjugotal språk, vilket är en tillgång i mötet med äldre som har ett annat modersmål än svenska.'
			)
		}
	],
	attachments: ['Internkontrollplan {år}', 'Kvalitetsgaranti för hemtjänsten']
};
