/**
 * Exempelstad's goal framework: the council's (KF) direction goals, area goals, indicators and
 * activities, and Norrvikens stadsdelsnämnd's nämndmål with their indicators and activities.
 * Fictional; written for Verksam's demo.
 */
import { p, perYear, type ActivitySpec, type ByYear, type IndicatorDef } from './types';

/** KF:s indikatorer. The keys are internal; units refer to them when they set their årsmål. */
export const kfIndicators = {
	reReferral: {
		name: 'Andel barn och unga som på nytt blir föremål för anmälan inom tolv månader efter avslutad utredning',
		councilTarget: 'Tas fram av nämnd',
		periodicity: 'Tertial',
		unit: '%',
		direction: 'lower',
		genderSplit: true
	},
	preschoolSatisfaction: {
		name: 'Andel vårdnadshavare som är nöjda med förskolan som helhet',
		councilTarget: perYear('88 %', '90 %'),
		periodicity: 'År',
		unit: '%',
		direction: 'higher',
		genderSplit: false
	},
	qualifiedTeachers: {
		name: 'Andel legitimerade förskollärare av förskolans pedagogiska personal',
		councilTarget: 'öka',
		periodicity: 'År',
		unit: '%',
		direction: 'higher',
		genderSplit: false
	},
	respectfulTreatment: {
		name: 'Andel brukare inom socialtjänsten som upplever att de blir väl bemötta',
		councilTarget: '90 %',
		periodicity: 'År',
		unit: '%',
		direction: 'higher',
		genderSplit: true
	},
	influence: {
		name: 'Andel personer med funktionsnedsättning som upplever att de kan påverka utformningen av sin insats',
		councilTarget: perYear('78 %', '80 %'),
		periodicity: 'År',
		unit: '%',
		direction: 'higher',
		genderSplit: true
	},
	homeCareSatisfaction: {
		name: 'Andel hemtjänsttagare som är nöjda med hemtjänsten som helhet',
		councilTarget: '88 %',
		periodicity: 'År',
		unit: '%',
		direction: 'higher',
		genderSplit: true
	},
	homeCareSafety: {
		name: 'Andel hemtjänsttagare som känner sig trygga hemma med stöd från hemtjänsten',
		councilTarget: perYear('88 %', '90 %'),
		periodicity: 'År',
		unit: '%',
		direction: 'higher',
		genderSplit: true
	},
	workOrStudies: {
		name: 'Andel deltagare i kommunala arbetsmarknadsinsatser som börjar arbeta eller studera',
		councilTarget: perYear('35 %', '40 %'),
		periodicity: 'Tertial',
		unit: '%',
		direction: 'higher',
		genderSplit: true
	},
	longTermAssistance: {
		name: 'Antal hushåll med ekonomiskt bistånd i mer än tio månader under året',
		councilTarget: 'minska',
		periodicity: 'Månad',
		unit: 'st',
		direction: 'lower',
		genderSplit: false
	},
	evictions: {
		name: 'Antal avhysningar som berör barn',
		councilTarget: '0',
		periodicity: 'Halvår',
		unit: 'st',
		direction: 'lower',
		genderSplit: false
	},
	budgetVariance: {
		name: 'Avvikelse mellan budget och utfall vid årets slut',
		councilTarget: '0',
		periodicity: 'År',
		unit: 'tkr',
		direction: 'exact',
		genderSplit: false
	},
	sickLeave: {
		name: 'Sjukfrånvaro bland medarbetare',
		councilTarget: perYear('6,5 %', '6 %'),
		periodicity: 'Tertial',
		unit: '%',
		direction: 'lower',
		genderSplit: true
	},
	engagement: {
		name: 'Engagemangsindex i medarbetarenkäten',
		councilTarget: perYear('78', '80'),
		periodicity: 'År',
		unit: 'index',
		direction: 'higher',
		genderSplit: true
	}
} satisfies Record<string, IndicatorDef>;
export type KfIndicatorKey = keyof typeof kfIndicators;

/** Nämndens indikatorer (no KF target). */
export const committeeIndicators = {
	investigationTime: {
		name: 'Andel utredningar om barn och unga som avslutas inom fyra månader',
		councilTarget: null,
		periodicity: 'Tertial',
		unit: '%',
		direction: 'higher',
		genderSplit: false
	},
	outpatientHelped: {
		name: 'Andel barn och unga som upplever att stödet från öppenvården har hjälpt dem',
		councilTarget: null,
		periodicity: 'År',
		unit: '%',
		direction: 'higher',
		genderSplit: true
	},
	childrenPerStaff: {
		name: 'Antal barn per årsarbetare i förskolan',
		councilTarget: null,
		periodicity: 'Halvår',
		unit: 'st',
		direction: 'exact',
		genderSplit: false
	},
	languageFollowUp: {
		name: 'Andel förskoleavdelningar som följer upp barnens språkutveckling enligt förvaltningens modell',
		councilTarget: null,
		periodicity: 'År',
		unit: '%',
		direction: 'higher',
		genderSplit: false
	},
	completedTreatment: {
		name: 'Andel avslutade missbruksbehandlingar som fullföljts enligt plan',
		councilTarget: null,
		periodicity: 'Tertial',
		unit: '%',
		direction: 'higher',
		genderSplit: true
	},
	coordinatedPlans: {
		name: 'Antal samordnade individuella planer (SIP) som upprättats',
		councilTarget: null,
		periodicity: 'Tertial',
		unit: 'st',
		direction: 'higher',
		genderSplit: false
	},
	lssProcessingTime: {
		name: 'Genomsnittlig handläggningstid från ansökan till beslut om insats enligt LSS',
		councilTarget: null,
		periodicity: 'Tertial',
		unit: 'dagar',
		direction: 'lower',
		genderSplit: false
	},
	lssFollowUp: {
		name: 'Andel beslut om insatser enligt LSS som följts upp inom tolv månader',
		councilTarget: null,
		periodicity: 'År',
		unit: '%',
		direction: 'higher',
		genderSplit: false
	},
	continuity: {
		name: 'Antal olika medarbetare som besöker en hemtjänsttagare under 14 dagar',
		councilTarget: null,
		periodicity: 'Halvår',
		unit: 'st',
		direction: 'lower',
		genderSplit: false
	},
	carePlans: {
		name: 'Andel hemtjänsttagare vars genomförandeplan följts upp det senaste halvåret',
		councilTarget: null,
		periodicity: 'Tertial',
		unit: '%',
		direction: 'higher',
		genderSplit: true
	},
	intoWork: {
		name: 'Antal deltagare som börjat arbeta eller studera efter insats från förvaltningen',
		councilTarget: null,
		periodicity: 'Tertial',
		unit: 'st',
		direction: 'higher',
		genderSplit: true
	},
	assistanceProcessing: {
		name: 'Antal dagar från komplett ansökan till beslut om ekonomiskt bistånd',
		councilTarget: null,
		periodicity: 'Månad',
		unit: 'dagar',
		direction: 'lower',
		genderSplit: false
	},
	violenceTraining: {
		name: 'Andel medarbetare som genomgått förvaltningens utbildning om våld i nära relationer',
		councilTarget: null,
		periodicity: 'År',
		unit: '%',
		direction: 'higher',
		genderSplit: false
	},
	forecastAccuracy: {
		name: 'Avvikelse mellan prognosen i tertialrapport 2 och utfallet vid årets slut',
		councilTarget: null,
		periodicity: 'År',
		unit: '%',
		direction: 'lower',
		genderSplit: false
	},
	appraisalTalks: {
		name: 'Andel medarbetare som haft medarbetarsamtal under året',
		councilTarget: null,
		periodicity: 'År',
		unit: '%',
		direction: 'higher',
		genderSplit: true
	},
	shortTermSickLeave: {
		name: 'Korttidssjukfrånvaro (dag 1–14)',
		councilTarget: null,
		periodicity: 'Tertial',
		unit: '%',
		direction: 'lower',
		genderSplit: true
	}
} satisfies Record<string, IndicatorDef>;
export type CommitteeIndicatorKey = keyof typeof committeeIndicators;

/** Nämndens aktiviteter. Units that take part list them in their plans. */
export const committeeActivities = {
	structuredAssessment: {
		title: 'Införa en strukturerad bedömningsmetod i förhandsbedömningar av anmälningar',
		start: '01-15',
		end: '06-30'
	},
	earlySignals: {
		title: perYear(
			'Kartlägga samverkan mellan socialtjänst, förskola och skola kring tidiga signaler',
			'Utveckla samverkan mellan socialtjänst, förskola och skola kring tidiga signaler'
		),
		start: '02-01',
		end: '12-15'
	},
	languageTraining: {
		title: 'Genomföra kompetensutveckling i språk- och läsfrämjande arbetssätt för förskolans medarbetare',
		start: '02-01',
		end: '11-30'
	},
	sipAgreement: {
		title: perYear(
			'Informera berörda verksamheter om den lokala överenskommelsen om samordnad individuell plan',
			'Revidera den lokala överenskommelsen om samordnad individuell plan med regionens öppenvård'
		),
		start: '03-01',
		end: '09-30'
	},
	lssSelfAssessment: {
		title: 'Genomföra egenkontroll av akter och beslut inom handläggningen enligt LSS',
		start: '04-01',
		end: '11-30'
	},
	digitalSupervision: {
		title: perYear(
			'Pröva digital tillsyn nattetid i en avgränsad del av hemtjänsten',
			'Erbjuda digital tillsyn nattetid som alternativ till fysiska besök i hela hemtjänsten'
		),
		start: '01-15',
		end: '10-31'
	},
	employerNetwork: {
		title: 'Utveckla samarbetet med lokala arbetsgivare om praktik- och anställningsplatser',
		start: '02-01',
		end: '12-15'
	},
	violenceIntroduction: {
		title: 'Utbilda nyanställda medarbetare om våld i nära relationer och förvaltningens rutiner',
		start: '02-01',
		end: '11-30'
	},
	violenceRoutine: {
		title: perYear(
			'Ta fram en gemensam rutin vid misstanke om våld i nära relationer',
			'Revidera förvaltningens rutin vid misstanke om våld i nära relationer'
		),
		start: '03-01',
		end: '06-15'
	},
	monthlyForecast: {
		title: 'Gå igenom månadsprognosen med varje enhetschef och controller',
		start: '01-15',
		end: '12-15'
	},
	healthMeasures: {
		title: 'Genomföra hälsofrämjande insatser utifrån resultatet av medarbetarenkäten',
		start: '02-01',
		end: '12-15'
	}
} satisfies Record<string, ActivitySpec>;
export type CommitteeActivityKey = keyof typeof committeeActivities;

export interface CommitteeGoalSpec {
	number: string;
	title: ByYear<string>;
	description: ByYear<string>;
	expectedResult: ByYear<string>;
	indicators: CommitteeIndicatorKey[];
	activities: CommitteeActivityKey[];
}

export interface AreaGoalSpec {
	number: string;
	title: ByYear<string>;
	indicators: KfIndicatorKey[];
	activities: ActivitySpec[];
	committeeGoals: CommitteeGoalSpec[];
}

export interface DirectionGoalSpec {
	number: string;
	title: ByYear<string>;
	areas: AreaGoalSpec[];
}

export const committeeName = 'Norrvikens stadsdelsnämnd';
export const committeeSlug = 'norrvikens-stadsdelsnamnd';

/** The cascade down to nämndmål, in document order. */
export const framework: DirectionGoalSpec[] = [
	{
		number: '1',
		title: perYear(
			'En stad där alla kan växa och leva ett självständigt liv',
			'Exempelstad är en stad där alla kan växa och leva ett självständigt liv'
		),
		areas: [
			{
				number: '1.1',
				title: 'Barn och unga i Exempelstad har goda och trygga uppväxtvillkor',
				indicators: ['reReferral', 'preschoolSatisfaction', 'qualifiedTeachers'],
				activities: [
					{
						title: 'Ta fram en stadsövergripande handlingsplan för tidiga och samordnade insatser för barn och unga',
						start: '02-01',
						end: '11-30'
					}
				],
				committeeGoals: [
					{
						number: '1.1.1',
						title: 'Barn och unga i Norrviken får stöd tidigt och insatser som gör skillnad',
						description: perYear(
							p(
								'Nämnden når målet genom att socialtjänsten, förskolan och skolan uppmärksammar barn som behöver stöd så tidigt som möjligt. Anmälningar bedöms skyndsamt och utredningar genomförs med barnets berättelse i centrum. Öppenvården erbjuder familjer stöd i hemmet och i grupp, så att fler barn kan få hjälp utan att placeras utanför hemmet.',
								'Förvaltningen följer barnets bästa enligt barnkonventionen, som sedan 2020 är svensk lag. Föräldrastöd erbjuds brett, både i förebyggande form och som insats efter utredning.'
							),
							p(
								'Nämnden når målet genom att socialtjänsten, förskolan och skolan fångar upp barn som behöver stöd i ett tidigt skede. Anmälningar bedöms skyndsamt och med en gemensam metod, och utredningarna utgår från barnets egen berättelse. Öppenvården erbjuder stöd i hemmet, i grupp och på distans, så att fler barn kan få hjälp i sin vardag utan att placeras utanför hemmet.',
								'Förvaltningen utgår från barnets bästa enligt barnkonventionen. Föräldrastöd erbjuds både förebyggande och som insats efter utredning, och samverkan med skolans elevhälsa och med regionens barn- och ungdomspsykiatri sker genom samordnade individuella planer när barnet har behov av stöd från flera håll.'
							)
						),
						expectedResult: p(
							'Barn och unga som far illa eller riskerar att fara illa upptäcks tidigt och får ett stöd som är anpassat efter deras behov.',
							'Utredningar genomförs inom lagstadgad tid och barnets synpunkter framgår av dokumentationen.',
							'Färre barn och unga blir aktuella för nya anmälningar efter att en utredning har avslutats.'
						),
						indicators: ['investigationTime', 'outpatientHelped'],
						activities: ['structuredAssessment', 'earlySignals']
					},
					{
						number: '1.1.2',
						title: perYear(
							'Förskolan i Norrviken ger alla barn en god start i lärandet',
							'Förskolan i Norrviken ger alla barn en likvärdig och god start i lärandet'
						),
						description: p(
							'Nämnden når målet genom en förskola med hög pedagogisk kvalitet där undervisningen utgår från läroplanen och från varje barns förutsättningar. Språkutveckling har högsta prioritet eftersom många barn i stadsdelsområdet växer upp med flera språk. Förskolorna arbetar med högläsning, samtal och lek på ett medvetet sätt och följer upp barnens utveckling med förvaltningens gemensamma modell.',
							'Vårdnadshavare ska känna förtroende för förskolan och vara delaktiga i sitt barns vistelse. Barngruppernas storlek anpassas efter barnens ålder och behov, och förskolorna samarbetar för att kunna erbjuda plats nära hemmet.'
						),
						expectedResult: p(
							'Alla barn utvecklar sitt språk, sin nyfikenhet och sin förmåga att samspela med andra.',
							'Vårdnadshavare är nöjda med förskolan och upplever att de får god information om sitt barns utveckling.',
							'Förskolan är en trygg plats fri från kränkande behandling.'
						),
						indicators: ['childrenPerStaff', 'languageFollowUp'],
						activities: ['languageTraining']
					}
				]
			},
			{
				number: '1.2',
				title: perYear(
					'Människor i behov av stöd får insatser i rätt tid och med god kvalitet',
					'Människor i behov av stöd får insatser i rätt tid, med god kvalitet och med respekt för den enskildes självbestämmande'
				),
				indicators: ['respectfulTreatment', 'influence'],
				activities: [],
				committeeGoals: [
					{
						number: '1.2.1',
						title: 'Vuxna med beroende eller psykisk ohälsa får ett samordnat stöd som främjar återhämtning',
						description: p(
							'Nämnden når målet genom att erbjuda stöd som utgår från den enskildes egna mål och som bygger på kunskap om vad som fungerar. Socialtjänstens insatser samordnas med regionens beroendevård och psykiatri, och samordnad individuell plan används när den enskilde har behov av stöd från flera huvudmän. Insatserna ska vara lätta att nå och erbjudas utan onödig väntan.',
							'Förvaltningen arbetar uppsökande och motiverande för att nå personer som inte själva söker hjälp. Sysselsättning och boendestöd är viktiga delar av återhämtningen och erbjuds i nära samarbete med handläggarna.'
						),
						expectedResult: perYear(
							p(
								'Den enskilde får ett stöd som hänger ihop och upplever sig delaktig i planeringen.',
								'Fler personer fullföljer sin behandling och har en meningsfull sysselsättning.'
							),
							p(
								'Den enskilde får ett stöd som hänger ihop och upplever sig delaktig i planeringen av sina insatser.',
								'Fler personer fullföljer sin behandling enligt plan och har en meningsfull sysselsättning.',
								'Väntetiden till insatser är kort och ingen faller mellan stolarna när ansvaret delas mellan kommun och region.'
							)
						),
						indicators: ['completedTreatment', 'coordinatedPlans'],
						activities: ['sipAgreement']
					},
					{
						number: '1.2.2',
						title: 'Personer med funktionsnedsättning får rättssäkra och individuellt anpassade insatser',
						description: p(
							'Nämnden når målet genom en handläggning som är skyndsam, rättssäker och begriplig för den som ansöker. Utredningarna utgår från den enskildes behov, önskemål och livssituation, och den enskilde ges möjlighet att påverka hur insatserna utformas. Beslut följs upp regelbundet så att insatserna fortsätter att motsvara behoven.',
							'Information ges på ett tillgängligt sätt, anpassat efter den enskildes kommunikation. Barnrättsperspektivet beaktas när insatser gäller barn eller berör barn i familjen, och anhörigas situation uppmärksammas.'
						),
						expectedResult: p(
							'Personer med funktionsnedsättning får beslut inom rimlig tid och insatser som ger förutsättningar för ett självständigt liv.',
							'Den enskilde upplever sig väl bemött och delaktig i utformningen av sina insatser.',
							'Besluten håller hög rättslig kvalitet och är likvärdiga över stadsdelsområdet.'
						),
						indicators: ['lssProcessingTime', 'lssFollowUp'],
						activities: ['lssSelfAssessment']
					}
				]
			},
			{
				number: '1.3',
				title: 'Äldre i Exempelstad har en trygg och meningsfull vardag',
				indicators: ['homeCareSatisfaction', 'homeCareSafety'],
				activities: [],
				committeeGoals: [
					{
						number: '1.3.1',
						title: perYear(
							'Äldre som bor hemma får en trygg hemtjänst av god kvalitet',
							'Äldre som bor hemma får en trygg och personcentrerad hemtjänst'
						),
						description: p(
							'Nämnden når målet genom en hemtjänst där insatserna planeras tillsammans med den äldre och utgår från personens vanor, önskemål och förmågor. Kontinuiteten ska vara hög så att den äldre möter få och välkända medarbetare. Hemtjänsten samarbetar nära med hälso- och sjukvården, med biståndshandläggarna och med anhöriga.',
							'Förvaltningen arbetar för att motverka ensamhet och social isolering bland äldre, bland annat genom träffpunkter och genom att hemtjänsten uppmärksammar behov av social samvaro. Välfärdsteknik används där den ökar den äldres trygghet och självständighet.'
						),
						expectedResult: p(
							'Äldre med hemtjänst känner sig trygga, är nöjda med stödet och upplever att de kan påverka hur och när insatserna utförs.',
							'Antalet medarbetare som besöker varje hemtjänsttagare minskar.',
							'Genomförandeplanerna är aktuella och följs upp tillsammans med den äldre.'
						),
						indicators: ['continuity', 'carePlans'],
						activities: ['digitalSupervision']
					}
				]
			}
		]
	},
	{
		number: '2',
		title: 'Exempelstad är en trygg och sammanhållen stad där fler kan försörja sig själva',
		areas: [
			{
				number: '2.1',
				title: 'Fler invånare i Exempelstad når egen försörjning genom arbete eller studier',
				indicators: ['workOrStudies', 'longTermAssistance'],
				activities: [],
				committeeGoals: [
					{
						number: '2.1.1',
						title: perYear(
							'Fler invånare i Norrviken går från ekonomiskt bistånd till egen försörjning',
							'Fler invånare i Norrviken går från ekonomiskt bistånd till arbete, studier och egen försörjning'
						),
						description: p(
							'Nämnden når målet genom att den som söker ekonomiskt bistånd tidigt får en plan mot egen försörjning. Handläggningen av ekonomiskt bistånd och förvaltningens arbetsmarknadsinsatser samordnas, så att den enskilde snabbt kommer i gång med jobbsökande, praktik, studier eller annan aktivitet utifrån sina förutsättningar.',
							'Särskild uppmärksamhet riktas mot unga vuxna, mot föräldrar i hushåll med långvarigt bistånd och mot personer som står långt från arbetsmarknaden. Samarbetet med Arbetsförmedlingen, vuxenutbildningen och lokala arbetsgivare är en förutsättning för att fler ska få arbete.'
						),
						expectedResult: p(
							'Fler hushåll lämnar det ekonomiska biståndet och tiden med bistånd blir kortare.',
							'Fler deltagare i förvaltningens arbetsmarknadsinsatser börjar arbeta eller studera.',
							'Beslut om ekonomiskt bistånd fattas skyndsamt och är rättssäkra.'
						),
						indicators: ['intoWork', 'assistanceProcessing'],
						activities: ['employerNetwork']
					}
				]
			},
			{
				number: '2.2',
				title: 'Exempelstad är tryggt och ingen ska behöva leva med våld',
				indicators: ['evictions'],
				activities: [
					{
						title: 'Genomföra en stadsövergripande informationsinsats om var man kan få stöd vid våld i nära relationer',
						start: '03-01',
						end: '10-31'
					}
				],
				committeeGoals: [
					{
						number: '2.2.1',
						title: 'Invånarna i Norrviken lever tryggt och den som utsätts för våld får stöd och skydd',
						description: perYear(
							p(
								'Nämnden når målet genom ett samlat arbete mot våld i nära relationer och hedersrelaterat våld och förtryck i alla verksamheter. Medarbetare ska ha kunskap om att upptäcka våld och veta hur de ska agera. Våldsutsatta erbjuds skydd och stöd, barn som upplevt våld får eget stöd, och den som utövar våld erbjuds hjälp att sluta.',
								'Förvaltningen arbetar också förebyggande för att ingen familj med barn ska behöva vräkas, genom tidig kontakt med hyresvärdar och hushåll som har skulder.'
							),
							p(
								'Nämnden når målet genom ett samlat arbete mot våld i nära relationer och hedersrelaterat våld och förtryck i alla verksamheter. Alla medarbetare ska kunna upptäcka tecken på våld, ställa frågor om våld och veta hur de ska agera. Våldsutsatta erbjuds skydd och stöd, barn som upplevt våld får ett eget stöd och den som utövar våld erbjuds hjälp att förändra sitt beteende. Särskild uppmärksamhet riktas mot äldre och personer med funktionsnedsättning, som kan vara beroende av den som utövar våldet.',
								'Förvaltningen arbetar också förebyggande för att ingen familj med barn ska behöva vräkas, genom tidig kontakt med hyresvärdar och med hushåll som har hyresskulder.'
							)
						),
						expectedResult: p(
							'Våldsutsatthet upptäcks tidigt och den som utsätts för våld får ett samordnat stöd utifrån sina behov.',
							'Alla medarbetare har grundläggande kunskap om våld i nära relationer och känner till förvaltningens rutin.',
							'Inga barn berörs av avhysning.'
						),
						indicators: ['violenceTraining'],
						activities: ['violenceIntroduction', 'violenceRoutine']
					}
				]
			}
		]
	},
	{
		number: '3',
		title: perYear(
			'Exempelstad har en ekonomiskt hållbar och effektiv organisation',
			'Exempelstad är en ekonomiskt hållbar organisation med engagerade medarbetare'
		),
		areas: [
			{
				number: '3.1',
				title: 'Exempelstads verksamheter har en budget i balans och använder skattemedlen effektivt',
				indicators: ['budgetVariance'],
				activities: [],
				committeeGoals: [
					{
						number: '3.1.1',
						title: 'Nämndens verksamheter bedrivs kostnadseffektivt inom tilldelad budget',
						description: p(
							'Nämnden når målet genom en god ekonomisk styrning där varje enhetschef har ansvar för och kunskap om sin budget. Prognoser lämnas varje månad och följs upp tillsammans med controller, så att avvikelser upptäcks tidigt och åtgärder kan sättas in i tid.',
							'Verksamheterna prövar löpande om arbetssätt, lokaler och köpta tjänster kan användas mer effektivt utan att kvaliteten försämras. Digitala arbetssätt införs där de frigör tid för arbetet med invånarna.'
						),
						expectedResult: p(
							'Nämnden har en budget i balans vid årets slut.',
							'Prognoserna är tillförlitliga och avvikelser förklaras och åtgärdas under året.'
						),
						indicators: ['forecastAccuracy'],
						activities: ['monthlyForecast']
					}
				]
			},
			{
				number: '3.2',
				title: 'Exempelstad är en attraktiv arbetsgivare med en hälsosam arbetsmiljö',
				indicators: ['sickLeave', 'engagement'],
				activities: [
					{
						title: perYear(
							'Ta fram en gemensam modell för hälsofrämjande arbetsplatser',
							'Införa den gemensamma modellen för hälsofrämjande arbetsplatser i alla förvaltningar'
						),
						start: '01-15',
						end: '12-15'
					}
				],
				committeeGoals: [
					{
						number: '3.2.1',
						title: 'Medarbetarna i Norrviken har en hälsosam arbetsmiljö och ett tillitsbaserat ledarskap',
						description: p(
							'Nämnden når målet genom ett systematiskt arbetsmiljöarbete där chefer, medarbetare och skyddsombud tillsammans undersöker, riskbedömer och åtgärdar brister i arbetsmiljön. Ledarskapet bygger på tillit till medarbetarnas kompetens och ger utrymme för delaktighet i verksamhetens utveckling.',
							'Förvaltningen erbjuder kompetensutveckling som stärker både kvaliteten i verksamheten och medarbetarnas möjligheter att utvecklas. Rehabilitering inleds tidigt vid upprepad korttidsfrånvaro.'
						),
						expectedResult: p(
							'Medarbetarna upplever en god arbetsmiljö, känner sig delaktiga och vill rekommendera sin arbetsplats.',
							'Sjukfrånvaron minskar, särskilt den korta och upprepade frånvaron.',
							'Alla medarbetare har ett medarbetarsamtal och en individuell utvecklingsplan.'
						),
						indicators: ['appraisalTalks', 'shortTermSickLeave'],
						activities: ['healthMeasures']
					}
				]
			}
		]
	}
];
