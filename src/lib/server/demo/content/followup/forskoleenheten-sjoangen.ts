/**
 * Förskoleenheten Sjöängen's follow-up 2025–2026. The story: a winter of sick leave and vikarier,
 * a documentation model that took hold over 2025, satisfied guardians, too few legitimerade
 * förskollärare, and in autumn 2026 fewer children than planned after a large cohort left for
 * förskoleklass.
 */
import { forskoleenhetenSjoangen as unit } from '../forskoleenheten-sjoangen';
import { idx, judged, kf, met, nmd, notMet, own, partly, yearVariance, type BudgetProfile, type UnitFollowupSpec } from './helpers';

const budget: BudgetProfile = {
	rows: [
		{ table: 0, label: 'Intäkter', variance: { 2025: 120, 2026: -200 } },
		{ table: 0, label: 'Personal', variance: { 2025: -90, 2026: 260 } },
		{ table: 0, label: 'Köp av verksamhet', variance: { 2025: 0, 2026: 0 } },
		{ table: 0, label: 'Lokaler', variance: { 2025: 0, 2026: 0 } },
		{ table: 0, label: 'Övriga kostnader', variance: { 2025: 60, 2026: -10 } }
	],
	comments: [
		{ table: 0, label: 'Personal', report: '2025-T1', text: 'Många vikarietimmar under vinterns sjukfrånvaro.' },
		{ table: 0, label: 'Intäkter', report: '2025-VB', text: 'Fler barn än planerat under hösten.' },
		{ table: 0, label: 'Personal', report: '2025-VB', text: 'Vikarier under vinterns sjukfrånvaro; delvis uppvägt av fler barn.' },
		{ table: 0, label: 'Intäkter', report: '2026-T2', text: 'Färre barn än planerat efter sommaren, när en stor årskull började förskoleklass.' },
		{ table: 0, label: 'Personal', report: '2026-T2', text: 'Två tjänster tillsätts inte förrän barnantalet ökar igen.' }
	]
};

export const forskoleenhetenSjoangenFollowup: UnitFollowupSpec = {
	unit,
	budget,
	outcomes: [
		{ indicator: kf('preschoolSatisfaction'), values: { '2025-VB': '92 %' } },
		{ indicator: kf('qualifiedTeachers'), values: { '2025-VB': '20/46' } },
		{
			indicator: own('Andel planer för särskilt stöd som utvärderats tillsammans med vårdnadshavare'),
			values: { '2025-T2': '17/18', '2025-VB': '21/21', '2026-T2': '19/20' }
		},
		{ indicator: nmd('childrenPerStaff'), values: { '2025-T2': 5.3, '2025-VB': 5.2, '2026-T2': 5.1 } },
		{ indicator: nmd('languageFollowUp'), values: { '2025-VB': '12/12' } },
		{ indicator: nmd('violenceTraining'), values: { '2025-VB': '51/53' } },
		{
			indicator: kf('budgetVariance'),
			values: {
				'2025-VB': judged(yearVariance(budget, 2025), 'met', 'Överskottet på 90 tkr är mindre än en tiondels procent av enhetens kostnader och räknas som ett nollresultat.')
			}
		},
		{ indicator: kf('sickLeave'), womenShare: 0.92, values: { '2025-T1': 7.8, '2025-T2': 6.9, '2025-VB': 7.2, '2026-T1': 6.7, '2026-T2': 6.1 } },
		{ indicator: kf('engagement'), womenShare: 0.92, values: { '2025-VB': idx(81, 44) } },
		{ indicator: nmd('appraisalTalks'), womenShare: 0.92, values: { '2025-VB': '53/53' } },
		{ indicator: nmd('shortTermSickLeave'), womenShare: 0.92, values: { '2025-T1': 4.4, '2025-T2': 3.3, '2025-VB': 3.5, '2026-T1': 3.2, '2026-T2': 2.9 } },
		{ indicator: own('Andel vårdnadshavare som haft utvecklingssamtal under året'), values: { '2025-VB': '176/181' } }
	],
	goals: [
		{
			// KF:s mål för verksamhetsområdet 1.1, above nämndmål 1.1.1 and 1.1.2: the level follows areaGoalLevel (helpers.ts).
			goal: '1.1',
			reports: {
				'2025-T1': met(
					'Förskolan bidrar till goda uppväxtvillkor genom daglig högläsning, språkstödjande samtal och genom att rektor deltar i arbetet med att förbättra samverkan med socialtjänsten kring barn där det finns oro.'
				),
				'2025-T2': partly(
					'Barnen får ett medvetet språkarbete, men när många medarbetare var sjuka blev barngrupperna större än planerat.',
					'Vikariepoolen utökas inför hösten, och avdelningarna planerar barngrupperna så att de yngsta barnen alltid har en välkänd vuxen.'
				),
				'2025-VB': met(
					'Vårdnadshavarnas nöjdhet med förskolan, 92 procent, ligger över årsmålet, och alla avdelningar följer barnens språkutveckling med samma modell. Andelen legitimerade förskollärare, 43 procent, är strax under vårt årsmål och en fråga vi driver vidare.'
				),
				'2026-T1': met(
					'Förskolan och Familjeenheten har nu ett fast sätt att samråda om barn där det finns oro, och språkarbetet omfattar även barnens modersmål.'
				),
				'2026-T2': partly(
					'Samverkan kring barn som far illa fungerar och språkarbetet når alla avdelningar. Däremot saknas en trygg överlämning till förskoleklass för barn där det finns oro.',
					'Tillsammans med skolorna och Familjeenheten tar vi fram en rutin för överlämning av barn där det finns oro, och bemanningen anpassas till det lägre barnantalet under hösten.'
				)
			}
		},
		{
			goal: '1.1.1',
			reports: {
				'2025-T1': met('Rektor har deltagit i förvaltningens kartläggning av samverkan kring tidiga signaler och beskrivit förskolans kontaktvägar.'),
				'2025-T2': met('Kartläggningen visar att förskolan och Familjeenheten ofta saknar en gemensam bild av ett barns situation. Förskolan har föreslagit konsultationstider.'),
				'2025-VB': met(
					'Kartläggningen av samverkan kring tidiga signaler är klar. Förskolorna har sedan oktober en fast konsultationstid med Familjeenheten varannan vecka, och rektor har använt den i fem ärenden. Under 2026 vill vi att även arbetslagsledarna ska kunna använda konsultationstiden.'
				),
				'2026-T1': met('Arbetslagsledarna har fått introduktion i hur konsultationstiden med Familjeenheten används.'),
				'2026-T2': partly(
					'Samverkan med Familjeenheten fungerar, men övergången till förskoleklass saknar en rutin för barn där det finns oro.',
					'Vi tar fram en överlämningsrutin tillsammans med skolorna i området inför nästa läsår.'
				)
			}
		},
		{
			goal: 'Barn i behov av särskilt stöd upptäcks tidigt och får stöd i förskolan',
			reports: {
				'2025-T1': met('Genomgången av barnens utveckling i februari ledde till att fyra barn fick kontakt med specialpedagogen.'),
				'2025-T2': partly(
					'En plan för särskilt stöd har inte utvärderats tillsammans med vårdnadshavarna, eftersom mötet ställdes in två gånger.',
					'Specialpedagogen erbjuder vårdnadshavarna ett digitalt möte om det är svårt att komma till förskolan.'
				),
				'2025-VB': met(
					'Alla 21 planer för särskilt stöd har utvärderats tillsammans med vårdnadshavarna, och erbjudandet om digitala möten gjorde det lättare för flera familjer. Stödet har i de flesta fall kunnat ges i den ordinarie barngruppen. Vi behåller de två genomgångarna per termin under 2026.'
				),
				'2026-T1': met('Specialpedagogen har handlett alla tre arbetslagen i hur stödet kan ges i vardagens aktiviteter.'),
				'2026-T2': partly(
					'19 av 20 planer är utvärderade med vårdnadshavarna. Den som saknas gäller en familj som flyttade under sommaren.',
					'Planen överlämnas till den nya förskolan med vårdnadshavarnas samtycke.'
				)
			}
		},
		{
			goal: '1.1.2',
			reports: {
				'2025-T1': met('Språkutbildningen för medarbetarna har börjat och högläsning i små grupper sker varje dag på alla avdelningar.'),
				'2025-T2': partly(
					'Antalet barn per årsarbetare var 5,3 under första halvåret, något över planen, när sjukfrånvaron ledde till färre årsarbetare på plats.',
					'Vikariepoolen utökas med två personer inför hösten.'
				),
				'2025-VB': met(
					'Alla tolv avdelningar följer upp barnens språkutveckling med förvaltningens modell, och antalet barn per årsarbetare var 5,2 för året, som planerat. 92 procent av vårdnadshavarna är nöjda med förskolan. Under 2026 fortsätter språkarbetet med mer stöd för barnens modersmål.'
				),
				'2026-T1': met('Språkutbildningens andra del handlar om flerspråkighet, och alla förskollärare deltar.'),
				'2026-T2': partly(
					'Med färre barn efter sommaren blev antalet barn per årsarbetare 5,1, något över det planerade.',
					'Två tjänster lämnas vakanta tills barnantalet ökar, så att bemanningen följer antalet barn.'
				)
			}
		},
		{
			goal: 'Barnen utvecklar sitt språk och sin lust att lära',
			reports: {
				'2025-T1': met('Den gemensamma dokumentationsmodellen prövas på sex avdelningar.'),
				'2025-T2': met('Dokumentationsmodellen används på alla avdelningar, och arbetslagen säger att den gör det lättare att se vad barnen har lärt sig.'),
				'2025-VB': met(
					'Dokumentationen av barnens lärande görs nu på samma sätt på alla tre förskolorna och används vid utvecklingssamtalen. Högläsningen har blivit en fast del av dagen, och biblioteket har lånat ut böcker på nio språk. Nästa steg är ett läsprojekt med böcker på barnens modersmål.'
				),
				'2026-T1': partly(
					'Läsprojektet med böcker på modersmål har startat långsamt, eftersom biblioteket har få böcker på flera av barnens språk.',
					'Biblioteket köper in böcker på de fem vanligaste språken, och vårdnadshavare bjuds in att läsa på sitt språk.'
				),
				'2026-T2': met('Sju vårdnadshavare har läst på sina språk för barngrupperna, och nya böcker har kommit till biblioteket.')
			}
		},
		{
			goal: 'Förskolan är en trygg plats där ingen blir kränkt',
			reports: {
				'2025-T1': met('Planerna mot kränkande behandling är uppdaterade med vårdnadshavarnas synpunkter från föräldramötena.'),
				'2025-T2': partly(
					'Under våren anmäldes tre kränkningar mellan barn på Lärkans gård, alla på samma plats bakom förrådet.',
					'Personalen placerar sig så att hela gården syns, och platsen tas upp i höstens trygghetsvandring.'
				),
				'2025-VB': met(
					'Trygghetsvandringarna med barnen genomfördes på alla tre förskolorna, och barnen pekade ut platser som personalen inte hade tänkt på. Efter ändringarna på Lärkans gård har inga fler kränkningar anmälts där. Vi gör trygghetsvandringar även 2026.'
				),
				'2026-T1': met('Inga kränkningar har anmälts under tertialet.'),
				'2026-T2': met('Trygghetsvandringarna är planerade till september, och barnen har själva gjort kartor över sina förskolor.')
			}
		},
		{
			goal: 'Utemiljön och närområdet används för undervisning året runt',
			reports: {
				'2025-T1': met('Alla avdelningar har haft undervisning utomhus varje vecka, även under de kallaste veckorna.'),
				'2025-T2': partly(
					'Under sommaren, när barnen samlades på Sjöängen, blev utomhusundervisningen mer sällan planerad.',
					'Sommarens planering får ett eget schema för utomhusundervisning.'
				),
				'2025-VB': met(
					'Skogen bakom Tallbacken och stranden vid Sjöängen har använts av alla avdelningar. Barnen har lärt sig om vattnets kretslopp och om djuren i skogen. Utomhusundervisningen är nu en del av det vanliga arbetet och blir inte ett eget mål 2026.'
				)
			}
		},
		{
			// KF:s mål för verksamhetsområdet 2.2, above nämndmål 2.2.1: the level follows areaGoalLevel (helpers.ts).
			goal: '2.2',
			reports: {
				'2025-T1': met(
					'Förskolans medarbetare ser barnen varje dag och har gått igenom hur de ska agera vid oro, så att barn som utsätts för eller bevittnar våld fångas upp tidigt.'
				),
				'2025-T2': met(
					'Förskolans erfarenheter har gjort förvaltningens rutin tydligare för den som möter små barn, och medarbetarna vet hur en orosanmälan görs.'
				),
				'2025-VB': partly(
					'Förskolorna har anmält oro utan dröjsmål under året, men två vikarier som anställdes sent på hösten hann inte gå utbildningen om våld.',
					'Vikarierna går utbildningen i januari, och nya vikarier bokas in på den redan vid sitt första pass.'
				),
				'2026-T1': met('Alla medarbetare, även i vikariepoolen, kan nu känna igen tecken på att ett barn far illa och vet vad de ska göra.'),
				'2026-T2': met('Den reviderade rutinen har gåtts igenom med alla arbetslag, och förskolan gör sin del för att inget barn ska behöva leva med våld.')
			}
		},
		{
			goal: '2.2.1',
			reports: {
				'2025-T1': met('Rutinen för orosanmälan har gåtts igenom på alla tre förskolorna i början av terminen.'),
				'2025-T2': met('Förskolans synpunkter har tagits med i förvaltningens gemensamma rutin vid misstanke om våld.'),
				'2025-VB': partly(
					'51 av 53 medarbetare har gått utbildningen om våld i nära relationer. De två som saknas är vikarier som anställdes i november.',
					'Vikarierna går utbildningen i januari, och den läggs in i vikariepoolens introduktion.'
				),
				'2026-T1': met('Alla medarbetare har nu gått utbildningen, även vikariepoolen.'),
				'2026-T2': met('Den reviderade rutinen vid misstanke om våld har presenterats på augustis planeringsdagar.')
			}
		},
		{
			goal: 'Förskolan uppmärksammar barn som far illa och anmäler oro utan dröjsmål',
			reports: {
				'2025-T1': met('Två orosanmälningar har gjorts, båda samma dag som oron uppstod.'),
				'2025-T2': met('Medarbetarna vet att anmälningsplikten är personlig och att de inte behöver vänta på rektor.'),
				'2025-VB': met(
					'Sex orosanmälningar gjordes under året, alla utan dröjsmål. Konsultationstiden med Familjeenheten har gjort det lättare att veta när oro ska anmälas. Vi fortsätter att gå igenom rutinen i början av varje termin.'
				),
				'2026-T1': partly(
					'En orosanmälan gjordes först efter en vecka, eftersom en vikarie inte kände till rutinen.',
					'Rutinen för orosanmälan ingår nu i vikariepoolens introduktion.'
				),
				'2026-T2': met('Alla orosanmälningar har gjorts samma dag sedan vikariernas introduktion kompletterades.')
			}
		},
		{
			// KF:s mål för verksamhetsområdet 3.1, above nämndmål 3.1.1: the level follows areaGoalLevel (helpers.ts).
			goal: '3.1',
			reports: {
				'2025-T1': met('Förskolan använder sina resurser där barnen finns, och fler barn än planerat gör att intäkterna väger upp vinterns vikariekostnader.'),
				'2025-T2': met('Prognosen visar ett överskott, och barngruppernas storlek har planerats så att personalen räcker till under hösten.'),
				'2025-VB': met('Enheten lämnade ett överskott på 90 tkr, i praktiken en budget i balans, samtidigt som barngrupperna hölls på planerad nivå.'),
				'2026-T1': met('Full beläggning under våren ger en prognos med ett litet överskott, och bemanningen är anpassad till barnantalet.'),
				'2026-T2': partly(
					'Färre barn efter sommaren minskar intäkterna, och enheten riskerar att inte hålla budget om inte bemanningen följer efter.',
					'Vikarier samordnas mellan de tre förskolorna under hösten, så att ingen avdelning har fler vuxna än barngruppen behöver.'
				)
			}
		},
		{
			goal: '3.1.1',
			reports: {
				'2025-T1': met('Höga kostnader för vikarier i vintras vägs upp av fler barn än planerat, och prognosen visar en budget i balans.'),
				'2025-T2': met('Prognosen visar ett litet överskott, eftersom höstens barngrupper är större än planerat.'),
				'2025-VB': met(
					'Enheten redovisar ett överskott på 90 tkr. Fler barn gav högre intäkter, medan vikarier under vintern kostade mer än budgeterat. Under 2026 blir barnkullarna mindre, och vi planerar bemanningen efter det.'
				),
				'2026-T1': met('Vårens beläggning är full och helårsprognosen ger ett litet överskott.'),
				'2026-T2': partly(
					'Färre barn än planerat efter sommaren ger lägre intäkter, som vi möter genom att lämna två tjänster vakanta.',
					'Bemanningen ses över varje månad tillsammans med controller, och antagningen till våren planeras i samarbete med förskolorna i norra Norrviken.'
				)
			}
		},
		{
			goal: 'Barngruppernas storlek och bemanningen planeras så att resurserna räcker hela året',
			reports: {
				'2025-T1': met('Bemanningen har samordnats mellan förskolorna vid sjukfrånvaro, så att vikarietimmarna har kunnat begränsas.'),
				'2025-T2': met('Sommarens samling av barnen på Sjöängen fungerade och gav få vikarietimmar.'),
				'2025-VB': met(
					'Beläggningen var hög hela året och bemanningen följde antalet barn. Den egna vikariepoolen gjorde att barnen oftare mötte kända vuxna. Inför 2026 utreder vi lokalanvändningen på Tallbacken, där två avdelningar har svårt att fylla sina platser.'
				),
				'2026-T1': met('Platsprognosen för hösten visar färre barn, och vi har inte återbesatt två tjänster som blivit lediga.'),
				'2026-T2': partly(
					'Tallbacken har sex lediga platser efter sommaren, och utredningen av lokalerna har just börjat.',
					'Utredningen ska vara klar i november och pröva om Tallbacken kan samlas på en avdelning.'
				)
			}
		},
		{
			// KF:s mål för verksamhetsområdet 3.2, above nämndmål 3.2.1: the level follows areaGoalLevel (helpers.ts).
			goal: '3.2',
			reports: {
				'2025-T1': notMet(
					'Sjukfrånvaron var 7,8 procent under vintern och korttidsfrånvaron långt över målet, så förskolan har inte varit den hälsosamma arbetsplats vi strävar efter.',
					'Hygienrutinerna gås igenom på alla avdelningar i maj, och rasterna schemaläggs så att alla får en sammanhängande paus.'
				),
				'2025-T2': met('Sjukfrånvaron har sjunkit till 6,9 procent, under årsmålet, och medarbetarna uppskattar den schemalagda rasten.'),
				'2025-VB': met(
					'Ett engagemangsindex på 81 och medarbetarsamtal med alla visar att förskolan är en arbetsplats där man vill stanna. Sjukfrånvaron, 7,2 procent, låg strax över årsmålet men sjönk kraftigt efter vintern.'
				),
				'2026-T1': partly(
					'Sjukfrånvaron är 6,7 procent och korttidsfrånvaron något över det sänkta målet, trots att våren har varit lugnare än förra året.',
					'Vi fortsätter med de schemalagda rasterna och erbjuder röstvård och en genomgång av ergonomin till alla arbetslag under hösten.'
				),
				'2026-T2': met('Sjukfrånvaron har sjunkit till 6,1 procent, under årsmålet, och den schemalagda rasten har blivit en självklar del av dagen.')
			}
		},
		{
			goal: '3.2.1',
			reports: {
				'2025-T1': notMet(
					'Korttidsfrånvaron var 4,4 procent, långt över målet, med en lång period av magsjuka i februari.',
					'Hygienrutinerna gås igenom med vårdhygien, och arbetslagen får stöd i att planera raster så att alla får återhämtning.'
				),
				'2025-T2': met('Korttidsfrånvaron har sjunkit till 3,3 procent efter genomgången av hygienrutinerna.'),
				'2025-VB': met(
					'Korttidsfrånvaron för året blev 3,5 procent, på målet, och alla medarbetare har haft medarbetarsamtal. Engagemangsindex blev 81. Vi fortsätter med den planerade rasttiden, som medarbetarna lyfter som den viktigaste förändringen under året.'
				),
				'2026-T1': partly(
					'Korttidsfrånvaron är 3,2 procent, något över det sänkta målet.',
					'Vi erbjuder vaccination mot influensa till alla medarbetare och fortsätter med rastplaneringen.'
				),
				'2026-T2': met('Korttidsfrånvaron har sjunkit till 2,9 procent, under målet.')
			}
		},
		{
			goal: 'Förskolan är en attraktiv arbetsplats som behåller och utvecklar sina förskollärare',
			reports: {
				'2025-T1': met('Två barnskötare har börjat läsa till förskollärare på deltid med stöd av enheten.'),
				'2025-T2': met('Ingen förskollärare har slutat under året, och två nya har anställts till hösten.'),
				'2025-VB': met(
					'176 av 181 vårdnadshavare har haft utvecklingssamtal. Andelen legitimerade förskollärare blev 43 procent, strax under målet, men ingen förskollärare har slutat och fyra barnskötare läser nu till förskollärare. Under 2026 räknar vi med två nya förskollärare.'
				),
				'2026-T1': met('Två förskollärare har anställts och arbetslagsledarna har fått tid för pedagogisk handledning.'),
				'2026-T2': met('Alla förskollärare har fått gå en kurs i undervisning och flerspråkighet.')
			}
		}
	],
	activities: [
		{ title: 'Införa gemensam modell för dokumentation av barnens lärande', report: '2025-VB', comment: 'Modellen används på alla tolv avdelningar.' },
		{ title: 'Genomföra trygghetsvandringar med barnen på alla tre förskolorna', report: '2025-VB', comment: 'Barnen visade otrygga platser på Lärkans gård som nu har åtgärdats.' },
		{
			title: 'Starta läsprojekt med böcker på barnens modersmål i samarbete med biblioteket',
			report: '2026-T1',
			comment: 'Biblioteket köper in böcker på de fem vanligaste språken.'
		}
	]
};
