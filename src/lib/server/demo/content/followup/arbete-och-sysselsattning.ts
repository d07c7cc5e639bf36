/**
 * Enheten för arbete och sysselsättning's follow-up 2025–2026. The story: a slow start in 2025
 * (few handlingsplaner in time, too few praktikplatser, project funds that were cut), a network of
 * employers that carried the year, and a 2026 T2 still in draft: the share going on to work or
 * studies is missing until the Arbetsförmedlingen figures are checked.
 */
import { arbeteOchSysselsattning as unit } from '../arbete-och-sysselsattning';
import { idx, judged, kf, met, missing, nmd, notMet, own, partly, yearVariance, type BudgetProfile, type UnitFollowupSpec } from './helpers';

const budget: BudgetProfile = {
	rows: [
		{ table: 0, label: 'Intäkter', variance: { 2025: -260, 2026: 180 } },
		{ table: 0, label: 'Personal', variance: { 2025: 310, 2026: -120 } },
		{ table: 0, label: 'Köp av verksamhet', variance: { 2025: 20, 2026: 0 } },
		{ table: 0, label: 'Lokaler', variance: { 2025: 0, 2026: 0 } },
		{ table: 0, label: 'Övriga kostnader', variance: { 2025: -40, 2026: -30 } }
	],
	comments: [
		{ table: 0, label: 'Intäkter', report: '2025-T1', text: 'Projektmedlen för ungdomsteamet beviljades bara till hälften.' },
		{ table: 0, label: 'Intäkter', report: '2025-VB', text: 'Lägre projektmedel än budgeterat. Vakanser i ungdomsteamet vägde upp.' },
		{ table: 0, label: 'Personal', report: '2025-VB', text: 'Två handledartjänster i ungdomsteamet var vakanta under våren.' },
		{ table: 0, label: 'Intäkter', report: '2026-T2', text: 'Nytt projektbidrag för den kombinerade utbildningen i yrkessvenska och vård och omsorg.' },
		{ table: 0, label: 'Personal', report: '2026-T2', text: 'En extra jobbcoach för deltagarna i den kombinerade utbildningen, finansierad av projektbidraget.' }
	]
};

export const arbeteOchSysselsattningFollowup: UnitFollowupSpec = {
	unit,
	budget,
	outcomes: [
		{ indicator: kf('respectfulTreatment'), womenShare: 0.45, values: { '2025-VB': '93 %' } },
		{
			indicator: nmd('coordinatedPlans'),
			values: {
				'2025-T1': 4,
				'2025-T2': judged(9, 'partly', 'Nio planer efter åtta månader motsvarar 13–14 på helår, något under målet.'),
				'2025-VB': 16,
				'2026-T1': judged(5, 'met', 'Fem planer på fyra månader räcker till årsmålet 15.'),
				'2026-T2': judged(11, 'met', 'Med elva planer hittills når vi målet under hösten.')
			}
		},
		{ indicator: own('Andel deltagare på Verkstaden som upplever att aktiviteterna är meningsfulla'), womenShare: 0.4, values: { '2025-VB': '83 %' } },
		{
			indicator: kf('workOrStudies'),
			womenShare: 0.45,
			values: {
				'2025-T1': '21/64',
				'2025-T2': '41/112',
				'2025-VB': '63/171',
				'2026-T1': '24/58',
				'2026-T2': missing('Siffran kommer i oktober, när uppgifterna från Arbetsförmedlingen om avslutade deltagare har stämts av.')
			}
		},
		{
			indicator: nmd('intoWork'),
			womenShare: 0.45,
			values: {
				'2025-T1': judged(21, 'met', '21 deltagare på fyra månader motsvarar 63 på helår, över årsmålet.'),
				'2025-T2': judged(41, 'met', 'Takten under sommaren var något lägre, men räcker till årsmålet 60.'),
				'2025-VB': 63,
				'2026-T1': judged(24, 'met', '24 deltagare under tertialet ger drygt 70 på helår.'),
				'2026-T2': judged(49, 'met', 'Den kombinerade utbildningen har gett flera anställningar i hemtjänsten; takten räcker till årsmålet.')
			}
		},
		{
			indicator: own('Andel deltagare som har en individuell handlingsplan inom fyra veckor'),
			womenShare: 0.45,
			values: { '2025-T1': '48/57', '2025-T2': '101/110', '2025-VB': '152/166', '2026-T1': '55/60', '2026-T2': '108/121' }
		},
		{ indicator: own('Antal praktikplatser hos arbetsgivare i stadsdelsområdet'), values: { '2025-T2': 34, '2025-VB': 38, '2026-T2': 46 } },
		{ indicator: nmd('violenceTraining'), values: { '2025-VB': '23/24' } },
		{
			indicator: kf('budgetVariance'),
			values: {
				'2025-VB': judged(yearVariance(budget, 2025), 'met', 'Ett överskott på 30 tkr är i praktiken en budget i balans.')
			}
		},
		{ indicator: kf('sickLeave'), womenShare: 0.6, values: { '2025-T1': 4.6, '2025-T2': 4.9, '2025-VB': 5.1, '2026-T1': 4.8, '2026-T2': 4.4 } },
		{ indicator: kf('engagement'), womenShare: 0.6, values: { '2025-VB': idx(82, 21) } },
		{ indicator: nmd('appraisalTalks'), womenShare: 0.6, values: { '2025-VB': '24/24' } }
	],
	goals: [
		{
			// KF:s mål för verksamhetsområdet 1.2, above nämndmål 1.2.1: the level follows areaGoalLevel (helpers.ts).
			goal: '1.2',
			reports: {
				'2025-T1': partly(
					'Verkstaden ger personer med psykisk ohälsa en meningsfull sysselsättning, men stödet hänger ännu inte ihop med regionens insatser för alla deltagare.',
					'Vi bjuder in psykiatrins kontaktpersoner till Verkstaden och föreslår en samordnad plan för varje deltagare som har insatser från regionen.'
				),
				'2025-T2': partly(
					'Deltagarna på Verkstaden är nöjda med sin vardag, men fortfarande får för få av dem en samordnad plan med regionen.',
					'Psykiatrins kontaktpersoner besöker Verkstaden i september, och jobbcoacherna tar själva initiativ till planer i stället för att vänta på regionen.'
				),
				'2025-VB': met(
					'93 procent av deltagarna upplever att de blir väl bemötta, och under hösten har samarbetet med regionen kommit i gång på allvar. Enheten ger därmed stöd som både kommer i tid och håller god kvalitet.'
				),
				'2026-T1': met('Deltagarna är med och planerar sina egna insatser, och de samordnade planerna upprättas nu utan dröjsmål.'),
				'2026-T2': met(
					'Med den reviderade överenskommelsen vet deltagare, jobbcoacher och regionens personal vem som ansvarar för vad, och ingen deltagare har fått vänta på en plan under sommaren.'
				)
			}
		},
		{
			goal: '1.2.1',
			reports: {
				'2025-T1': partly(
					'Bara fyra samordnade individuella planer har upprättats för Verkstadens deltagare, eftersom regionens psykiatri sällan tar initiativ till dem.',
					'Arbetsledarna föreslår en samordnad plan vid varje uppföljning av genomförandeplanen där deltagaren har kontakt med psykiatrin.'
				),
				'2025-T2': partly(
					'Antalet samordnade planer har ökat men ligger fortfarande något efter målet.',
					'Vi bjuder in psykiatrins kontaktpersoner till Verkstaden i september för att visa verksamheten och planera gemensamma möten.'
				),
				'2025-VB': met(
					'Under året upprättades 16 samordnade individuella planer, fler än målet. Besöket från psykiatrins kontaktpersoner i september vände utvecklingen, och nu tar båda parter initiativ. Till 2026 behåller vi målet och följer hur den reviderade överenskommelsen påverkar arbetet.'
				),
				'2026-T1': met('Fem samordnade planer har upprättats och deltagarna har varit med på alla möten.'),
				'2026-T2': met('Den reviderade överenskommelsen om samordnad plan gör det tydligare vem som kallar till mötet, och antalet planer fortsätter att öka.')
			}
		},
		{
			goal: 'Deltagarna på Verkstaden har en meningsfull vardag som stärker deras återhämtning',
			reports: {
				'2025-T1': met('Husmötena har gett tre nya aktiviteter, bland annat en cykelverkstad som drivs av deltagarna själva.'),
				'2025-T2': met('Verkstaden har tagit emot sju uppdrag från lokala föreningar och deltagarna ser att deras arbete kommer till användning.'),
				'2025-VB': partly(
					'83 procent av deltagarna upplever aktiviteterna som meningsfulla, något under målet. De yngre deltagarna efterfrågar andra aktiviteter än snickeri och textil, och några av dem har slutat komma. Föreningsuppdragen blev elva under året och uppskattades mycket.',
					'En digital verkstad med till exempel bildredigering och enklare webbuppdrag startar under 2026, planerad tillsammans med de yngre deltagarna.'
				),
				'2026-T1': met('Planeringen av den digitala verkstaden görs i en arbetsgrupp där fyra deltagare ingår.'),
				'2026-T2': met('Den digitala verkstaden har öppnat med sex platser, och två av de yngre deltagare som slutade förra året har kommit tillbaka.')
			}
		},
		{
			// KF:s mål för verksamhetsområdet 2.1, above nämndmål 2.1.1: the level follows areaGoalLevel (helpers.ts).
			goal: '2.1',
			reports: {
				'2025-T1': partly(
					'Enheten är förvaltningens främsta verktyg för att fler ska gå från bistånd till arbete eller studier. Under våren gick en mindre andel av deltagarna vidare än vi siktat på, 33 procent mot målet 36.',
					'Jobbcoacherna lägger mer tid på att matcha deltagare mot arbetsgivarnätverkets platser, och deltagare som står nära arbetsmarknaden prioriteras för praktik.'
				),
				'2025-T2': met(
					'Andelen deltagare som börjar arbeta eller studera har stigit till 37 procent, och ungdomsteamet har fått fler unga vuxna i aktivitet under sommaren.'
				),
				'2025-VB': met(
					'Under året gick 63 deltagare vidare till arbete eller studier, och tillsammans med Vuxenenhetens snabbare handläggning har det bidragit till att färre hushåll har långvarigt bistånd.'
				),
				'2026-T1': met(
					'41 procent av deltagarna har gått vidare till arbete eller studier, nära det höjda årsmålet, och den kombinerade utbildningen med hemtjänsten har fått sina första deltagare.'
				),
				'2026-T2': met(
					'Fler deltagare än förra året har fått en anställning, flera av dem i hemtjänsten. Vår bedömning bygger på antalet som gått vidare, eftersom andelen ännu inte är klar.'
				)
			}
		},
		{
			goal: '2.1.1',
			reports: {
				'2025-T1': partly(
					'21 deltagare har börjat arbeta eller studera, men de utgör en mindre andel av dem som avslutat en insats än målet.',
					'Jobbcoacherna går igenom alla deltagare som varit inskrivna i mer än sex månader och prövar praktik eller vägledning inför studier.'
				),
				'2025-T2': met('41 deltagare har börjat arbeta eller studera hittills i år och andelen ligger nu över målet.'),
				'2025-VB': met(
					'63 deltagare började arbeta eller studera under året, och andelen av dem som avslutade en insats blev 37 procent. Arbetsgivarnätverket har betytt mycket, men få praktiker har lett direkt till anställning. Under 2026 lägger vi därför mer tid på matchning och på stöd till arbetsgivarna under praktiken.'
				),
				'2026-T1': met('24 deltagare har gått vidare till arbete eller studier; andelen är något under det höjda målet men antalet ligger i takt.'),
				'2026-T2': met(
					'49 deltagare har gått vidare, flera av dem till anställning i hemtjänsten efter den kombinerade utbildningen. Andelen kan inte redovisas förrän Arbetsförmedlingens uppgifter är avstämda i oktober.'
				)
			}
		},
		{
			goal: 'Fler deltagare går vidare till arbete eller studier',
			reports: {
				'2025-T1': notMet(
					'Bara 84 procent av deltagarna fick en handlingsplan inom fyra veckor. Kartläggningarna tog längre tid när många hänvisningar kom samtidigt i januari.',
					'Vi inför en gemensam kartläggningsdag varannan vecka, så att nya deltagare inte behöver vänta på en ledig jobbcoach.'
				),
				'2025-T2': partly(
					'Handlingsplanerna görs nu i tid för nio av tio deltagare, men antalet praktikplatser räcker inte riktigt.',
					'Nätverksträffen med arbetsgivarna i september ska ge minst fem nya praktikplatser.'
				),
				'2025-VB': met(
					'152 av 166 nya deltagare fick en handlingsplan inom fyra veckor och antalet praktikplatser ökade till 38. Den kombinerade yrkesutbildningen med vuxenutbildningen blev försenad men startar i januari 2026. Vi tar med oss kartläggningsdagarna, som har fungerat bra.'
				),
				'2026-T1': met('Handlingsplanerna görs i tid och den första kombinerade utbildningen har startat med 14 deltagare.'),
				'2026-T2': partly(
					'Under sommaren fick 13 deltagare vänta längre än fyra veckor på sin handlingsplan, medan antalet praktikplatser har ökat till 46.',
					'Kartläggningsdagarna hålls även under sommaren nästa år, med en vikarie som har introducerats i förväg.'
				)
			}
		},
		{
			goal: 'Unga vuxna utan sysselsättning kommer snabbt i gång med en aktivitet',
			reports: {
				'2025-T1': met('Ungdomsteamet har fått kontakt med 19 unga vuxna genom fritidsgårdarna och elevhälsan.'),
				'2025-T2': partly(
					'Flera unga avbröt sina aktiviteter under sommaren när skolorna och fritidsgårdarna hade stängt.',
					'Ungdomsteamet planerar sommarjobb i förvaltningen till nästa sommar.'
				),
				'2025-VB': met(
					'Ungdomsteamet hade kontakt med 46 unga vuxna under året, och 17 av dem har återupptagit gymnasiestudier. Sommaren var den svåraste perioden, och därför ordnar vi sommarjobb inom förvaltningen under 2026.'
				),
				'2026-T1': met('Tolv platser för sommarjobb har ordnats, bland annat i förskolan och på Verkstadens café.'),
				'2026-T2': met('Alla tolv sommarjobb tillsattes, och tio av ungdomarna har en aktivitet inplanerad efter sommaren.')
			}
		},
		{
			// KF:s mål för verksamhetsområdet 2.2, above nämndmål 2.2.1: the level follows areaGoalLevel (helpers.ts).
			goal: '2.2',
			reports: {
				'2025-T1': met(
					'Jobbcoacherna frågar om våld i varje kartläggning, och deltagare som berättar om våld får hjälp att komma i kontakt med Vuxenenhetens våldsteam.'
				),
				'2025-T2': met('Alla som arbetar med deltagarna har nu kunskap om våld i nära relationer, och ingen som berättat om våld har behövt vänta på stöd.'),
				'2025-VB': partly(
					'Enheten har under året hjälpt deltagare som utsatts för våld att få skydd och stöd. En arbetsledare har ännu inte gått förvaltningens utbildning, och därför är målet inte helt uppfyllt för vår del.',
					'Arbetsledaren går utbildningen direkt efter återgången i arbete, och utbildningen blir en fast del av introduktionen på Verkstaden.'
				),
				'2026-T1': met('Samtliga medarbetare är utbildade om våld i nära relationer, och frågan om våld är en självklar del av samtalen med nya deltagare.'),
				'2026-T2': met(
					'Medarbetarna har gått igenom den reviderade rutinen, och vi ser att deltagare vågar berätta om våld när frågan ställs på ett naturligt sätt.'
				)
			}
		},
		{
			goal: '2.2.1',
			reports: {
				'2025-T1': met('Frågan om våld ställs nu i varje kartläggningssamtal och medarbetarna har gått igenom förvaltningens rutin.'),
				'2025-T2': met('Alla jobbcoacher som anställts under året har gått utbildningen om våld i nära relationer.'),
				'2025-VB': partly(
					'23 av 24 medarbetare har gått utbildningen om våld i nära relationer; en arbetsledare på Verkstaden har varit sjukskriven. Kontaktpersonen för våldsfrågor har stöttat kollegor i fyra ärenden under året.',
					'Arbetsledaren går utbildningen när hen är tillbaka i arbete, och introduktionen för nyanställda kompletteras med en halvdag om våld.'
				),
				'2026-T1': met('Arbetsledaren har gått utbildningen och alla medarbetare är nu utbildade.'),
				'2026-T2': met('Den reviderade rutinen vid misstanke om våld har gåtts igenom på en arbetsplatsträff.')
			}
		},
		{
			goal: 'Deltagare som utsätts för våld upptäcks och får hjälp att komma i kontakt med rätt stöd',
			reports: {
				'2025-T1': met('Två deltagare har berättat om våld och fått kontakt med Vuxenenhetens våldsteam samma vecka.'),
				'2025-T2': met('Arbetsledarna på Verkstaden har börjat notera förändringar i närvaro på ett gemensamt sätt, så att tecken på att något har hänt fångas upp.'),
				'2025-VB': met(
					'Sex deltagare fick under året hjälp att komma i kontakt med våldsteamet, alla inom en vecka. Medarbetarna säger att de känner sig tryggare i att ställa frågan om våld sedan den blev en del av kartläggningen. Vi fortsätter på samma sätt under 2026.'
				),
				'2026-T1': partly(
					'En deltagare fick vänta tio dagar på kontakt med våldsteamet, eftersom vi inte visste vem som var ersättare under en sjukfrånvaro.',
					'Kontaktlistan till våldsteamet har kompletterats med ersättare och sitter nu uppsatt i alla lokaler.'
				),
				'2026-T2': met('Alla deltagare som berättat om våld har fått kontakt med våldsteamet inom två dagar.')
			}
		},
		{
			// KF:s mål för verksamhetsområdet 3.1, above nämndmål 3.1.1: the level follows areaGoalLevel (helpers.ts).
			goal: '3.1',
			reports: {
				'2025-T1': partly(
					'Lägre projektmedel än beräknat gör att enhetens intäkter inte räcker till den verksamhet vi planerat för ungdomsteamet.',
					'Två tjänster i ungdomsteamet hålls vakanta under våren, och vi söker nya externa medel för hösten.'
				),
				'2025-T2': met(
					'Prognosen visar en budget i balans, och varje krona vi lägger på arbetsmarknadsinsatser minskar på sikt stadens kostnader för ekonomiskt bistånd.'
				),
				'2025-VB': met(
					'Med ett överskott på 30 tkr höll enheten budget, trots att projektmedlen blev lägre än vi räknat med. Att externa medel nu budgeteras först när de är beviljade gör prognoserna säkrare.'
				),
				'2026-T1': met('Det beviljade projektbidraget finansierar den kombinerade utbildningen, och enheten har en budget i balans.'),
				'2026-T2': met('Prognosen är ett litet överskott, och externa medel bekostar den jobbcoach som lotsar deltagare till hemtjänsten.')
			}
		},
		{
			goal: '3.1.1',
			reports: {
				'2025-T1': partly(
					'Projektmedlen för ungdomsteamet blev bara hälften av vad vi räknat med, vilket ger ett underskott på intäkterna.',
					'Två vakanta handledartjänster tillsätts först efter sommaren, så att kostnaderna anpassas till de lägre intäkterna.'
				),
				'2025-T2': met('Med de vakanta tjänsterna väntas enheten hålla budget trots de lägre projektmedlen.'),
				'2025-VB': met(
					'Enheten redovisar ett överskott på 30 tkr. Lägre projektmedel vägdes upp av att två tjänster i ungdomsteamet stod vakanta under våren. Under 2026 söker vi projektmedel i god tid och budgeterar dem först när de är beviljade.'
				),
				'2026-T1': met('Projektbidraget för den kombinerade utbildningen är beviljat och prognosen visar en budget i balans.'),
				'2026-T2': met('Projektbidraget täcker den extra jobbcoachen och prognosen är ett litet överskott.')
			}
		},
		{
			goal: 'Enhetens platser och externa medel används fullt ut',
			reports: {
				'2025-T1': partly(
					'Verkstaden har haft fyra lediga platser under våren medan det funnits väntetid hos arbetsmarknadsteamet.',
					'Vi stämmer av lediga platser med Vuxenenheten varje vecka i stället för varje månad.'
				),
				'2025-T2': partly(
					'Beläggningen på Verkstaden har ökat, men ansökningar om lönestöd har inte gjorts i alla ärenden där det var möjligt.',
					'En jobbcoach får ansvar för att stämma av lönestöd i alla praktiker som kan leda till anställning.'
				),
				'2025-VB': partly(
					'Beläggningen på Verkstaden var i genomsnitt 92 procent, men vi fick inte alla projektmedel vi sökte. Rutinen för lönestöd har lett till åtta anställningar med stöd under hösten. Inför 2026 söker vi medel för den kombinerade utbildningen tillsammans med vuxenutbildningen.',
					'Ansökningar om externa medel planeras i ett gemensamt årshjul med vuxenutbildningen.'
				),
				'2026-T1': met('Alla platser på Verkstaden är belagda och projektbidraget för utbildningen är beviljat.'),
				'2026-T2': met('Beläggningen är full även efter sommaren, och lönestöd har sökts i samtliga ärenden där det är möjligt.')
			}
		},
		{
			// KF:s mål för verksamhetsområdet 3.2, above nämndmål 3.2.1: the level follows areaGoalLevel (helpers.ts).
			goal: '3.2',
			reports: {
				'2025-T1': met('Sjukfrånvaron är 4,6 procent, under årsmålet, och alla medarbetare arbetar efter en egen utvecklingsplan.'),
				'2025-T2': met('Arbetsmiljön i Verkstadens lokaler har blivit bättre och sjukfrånvaron ligger kvar under fem procent.'),
				'2025-VB': met(
					'Ett engagemangsindex på 82 visar att medarbetarna trivs och vill utvecklas hos oss. Sjukfrånvaron blev 5,1 procent, strax över årsmålet, men ökningen beror inte på arbetsmiljön.'
				),
				'2026-T1': met('Medarbetarna har själva valt årets hälsofrämjande insats, och enheten ligger under stadens årsmål för sjukfrånvaro.'),
				'2026-T2': met(
					'Med en sjukfrånvaro på 4,4 procent och en stabil personalgrupp är enheten en attraktiv arbetsplats, och vi har lätt att rekrytera jobbcoacher.'
				)
			}
		},
		{
			goal: '3.2.1',
			reports: {
				'2025-T1': met('Sjukfrånvaron är låg och alla medarbetare har en utvecklingsplan från förra årets samtal.'),
				'2025-T2': met('Medarbetarsamtalen är bokade för hösten, och hälsoinsatserna har fokuserat på arbetsmiljön i Verkstadens lokaler.'),
				'2025-VB': met(
					'Alla 24 medarbetare har haft medarbetarsamtal och engagemangsindex blev 82. Sjukfrånvaron steg något under hösten till 5,1 procent, främst på grund av två längre sjukskrivningar som inte har med arbetet att göra. Vi fortsätter med de hälsofrämjande insatserna under 2026.'
				),
				'2026-T1': met('Sjukfrånvaron har sjunkit till 4,8 procent och medarbetarna har valt friskvård i grupp som årets gemensamma insats.'),
				'2026-T2': met('Sjukfrånvaron är 4,4 procent, den lägsta på flera år.')
			}
		},
		{
			goal: 'Medarbetarna utvecklar sin kompetens i arbetsmarknads- och rehabiliteringsmetoder',
			reports: {
				'2025-T1': met('Sju jobbcoacher går metodutbildningen i stöd till arbete och har börjat använda metoden med sina deltagare.'),
				'2025-T2': met('Metodutbildningen är avslutad och metodträffarna har fått en ny form där en deltagares resa följs från kartläggning till anställning.'),
				'2025-VB': met(
					'Alla jobbcoacher som anställts före 2025 har gått metodutbildningen. Deltagare som fått stöd enligt metoden har oftare fått anställning efter praktik. Utbildningen upprepas under 2026 för dem som har börjat under året.'
				),
				'2026-T1': met('Fyra nya jobbcoacher har börjat metodutbildningen.'),
				'2026-T2': partly(
					'En av de nya jobbcoacherna kunde inte slutföra utbildningen före sommaren.',
					'Jobbcoachen går de sista utbildningsdagarna med nästa grupp i oktober.'
				)
			}
		}
	],
	activities: [
		{
			title: 'Ta fram en kombinerad yrkesutbildning inom vård och omsorg med vuxenutbildningen',
			report: '2025-T2',
			status: 'delayed',
			comment: 'Vuxenutbildningens upphandling av utbildningsanordnare drog ut på tiden. Utbildningsplanen blir klar i oktober.'
		},
		{
			title: 'Ta fram en kombinerad yrkesutbildning inom vård och omsorg med vuxenutbildningen',
			report: '2025-VB',
			comment: 'Utbildningsplanen är klar och den första kursen startar i januari 2026.'
		},
		{ title: 'Ta emot uppdrag från lokala föreningar', report: '2025-VB', comment: 'Elva uppdrag, bland annat bänkar till en koloniförening och skyltar till en idrottsklubb.' },
		{ title: 'Anordna sommarjobb inom förvaltningen för unga vuxna i ungdomsteamet', report: '2026-T2', comment: 'Tolv unga vuxna hade sommarjobb i förvaltningen.' },
		{
			title: 'Genomföra metodutbildning i stöd till arbete för jobbcoacher',
			report: '2026-T2',
			status: 'delayed',
			comment: 'En av fyra jobbcoacher slutför utbildningen i oktober.'
		}
	]
};
