import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { startServer, type RunningServer } from './support/server';
import { openBrowser, type OpenBrowser } from './support/browser';
import { SignInPage } from './pages/sign-in-page';
import { RollupPage } from './pages/rollup-page';
import { MatrixPage } from './pages/matrix-page';
import { IndicatorTrendPage } from './pages/indicator-trend-page';
import { BasePage } from './pages/base-page';

vi.setConfig({ testTimeout: 180_000 });

// From the demo city (src/lib/server/demo/content): Norrvikens stadsdelsnämnd and its six units.
const COMMITTEE = 'norrvikens-stadsdelsnamnd';
const COMMITTEE_NAME = 'Norrvikens stadsdelsnämnd';
const UNITS = [
	'Familjeenheten',
	'Vuxenenheten',
	'Enheten för arbete och sysselsättning',
	'Handläggarenheten för funktionsstöd',
	'Hemtjänsten Norrviken',
	'Förskoleenheten Sjöängen'
];
// KF indicator under area goal 1.1 (tertial); of the units only Familjeenheten holds it, Årsmål 24 % in 2025 and 22 % in 2026.
// KF:s årsmål is "Tas fram av nämnd", and the committee has none of its own.
const RE_REFERRAL = 'Andel barn och unga som på nytt blir föremål för anmälan inom tolv månader efter avslutad utredning';
// The committee's own indicator under nämndmål 1.1.1, held by Familjeenheten (Årsmål 85 % in 2026).
const INVESTIGATION_TIME = 'Andel utredningar om barn och unga som avslutas inom fyra månader';

/**
 * The follow-up's dashboards on the demo city: the committee's reviewer reads the roll-up, the goal
 * matrix and an indicator's trend; the filters work without JavaScript; the council's reader drills
 * down council → committee → unit; a unit's editor sees its committee's total but not its siblings.
 */
describe.sequential('the follow-up dashboards (end to end)', () => {
	let server: RunningServer;
	let granskare: OpenBrowser;
	let lasare: OpenBrowser;

	beforeAll(async () => {
		server = await startServer();
		[granskare, lasare] = await Promise.all([openBrowser(), openBrowser()]);
		await new SignInPage(granskare.page, server.url).signInAsDemo('granskare');
		await new SignInPage(lasare.page, server.url).signInAsDemo('lasare');
	});

	afterAll(async () => {
		await Promise.all([granskare?.close(), lasare?.close()]);
		await server?.stop();
	});

	it("the committee's roll-up: each indicator under its goal, a row per unit holding it and the total", async () => {
		const rollup = new RollupPage(granskare.page, server.url);
		await rollup.open(COMMITTEE, 2026, '?period=t1');
		expect(await rollup.heading()).toBe(`Uppföljning 2026 – ${COMMITTEE_NAME}`);
		expect(await rollup.showing()).toBe('Visar Tertialrapport 1 2026.');
		expect(await rollup.nav()).toEqual({
			current: 'Uppföljning',
			links: { Uppföljning: `/org/${COMMITTEE}/2026/uppfoljning?period=t1`, Målmatris: `/org/${COMMITTEE}/2026/uppfoljning/matris?period=t1` }
		});
		// T1 holds the tertial and monthly indicators; 1.1's KF indicator comes first.
		expect((await rollup.goals())[0]).toBe('1.1 Barn och unga i Exempelstad har goda och trygga uppväxtvillkor');
		expect(await rollup.indicators()).toContain(RE_REFERRAL);
		// Yearly indicators are reported in VB only.
		expect(await rollup.indicators()).not.toContain('Andel vårdnadshavare som är nöjda med förskolan som helhet');

		expect(await rollup.rows(RE_REFERRAL)).toEqual(['Familjeenheten', `${COMMITTEE_NAME} totalt`]);
		expect(await rollup.cell(RE_REFERRAL, 'Familjeenheten', 'Årsmål')).toBe('22 %');
		// The committee has no Årsmål of its own: KF:s, said as such.
		expect(await rollup.totalCell(RE_REFERRAL, 'Årsmål')).toBe('Tas fram av nämnd KF:s årsmål');
		// The demo's Familjeenheten reported 26 of 121 in T1 2026: 21,49 %, at most its 22 % (lower is better) → uppfyllt.
		expect(await rollup.cell(RE_REFERRAL, 'Familjeenheten', 'Totalt')).toBe('21,5 % (26 av 121)');
		expect(await rollup.fulfilment(RE_REFERRAL, 'Familjeenheten')).toBe('Uppfyllt');
		// The committee's total is the one unit's figure; "Tas fram av nämnd" cannot be judged.
		expect(await rollup.totalCell(RE_REFERRAL, 'Totalt')).toBe('21,5 % (26 av 121)');
		expect(await rollup.totalCell(RE_REFERRAL, 'Underlag')).toBe('1 av 1 har rapporterat');
		expect(await rollup.totalCell(RE_REFERRAL, 'Måluppfyllelse')).toMatch(/^Ej bedömt Årsmålet är inte fastställt/);
		// The committee's own indicator: 91 of 104 = 87,5 % against Familjeenheten's 85 % → uppfyllt; no Årsmål for the committee.
		expect(await rollup.cell(INVESTIGATION_TIME, 'Familjeenheten', 'Totalt')).toBe('87,5 % (91 av 104)');
		expect(await rollup.cell(INVESTIGATION_TIME, 'Familjeenheten', 'Årsmål')).toBe('85 %');
		expect(await rollup.fulfilment(INVESTIGATION_TIME, 'Familjeenheten')).toBe('Uppfyllt');
		expect(await rollup.totalCell(INVESTIGATION_TIME, 'Årsmål')).toBe('Inget årsmål');
		expect(await rollup.notHolding(RE_REFERRAL)).toBe(`Har inte indikatorn i sin plan: ${UNITS.slice(1).join(', ')}.`);
		// Kvinnor and Män columns for a gender-split indicator.
		expect(await rollup.table(RE_REFERRAL).locator('thead th').allTextContents()).toEqual([
			'Organisation',
			'Utfall',
			'Underlag',
			'Årsmål',
			'Måluppfyllelse',
			'Länkar',
			'Totalt',
			'Kvinnor',
			'Män'
		]);
		// Drill-down links: the unit's report for the period and its trend for the indicator.
		expect(await rollup.unitLink(RE_REFERRAL, 'Familjeenheten', 'Rapport').getAttribute('href')).toBe('/org/familjeenheten/2026/rapport/t1');
		expect(await rollup.unitLink(RE_REFERRAL, 'Familjeenheten', 'Trend').getAttribute('href')).toMatch(/^\/org\/familjeenheten\/2026\/uppfoljning\/indikator\/\d+$/);
		// The period's outcome template for every unit below; reading one back is for editors, not the reviewer.
		const sheets = granskare.page.getByRole('navigation', { name: 'Utfall i kalkylark' });
		expect(await sheets.getByRole('link', { name: 'Ladda ner mall för T1 (Excel, .xlsx)' }).getAttribute('href')).toBe(`/org/${COMMITTEE}/2026/utfall/t1/export?format=xlsx`);
		expect(await sheets.getByRole('link', { name: 'Läs in utfall för T1 från fil' }).count()).toBe(0);
		await rollup.expectAccessible('roll-up, committee');
	});

	it('defaults to the latest period anything was reported in and says which', async () => {
		const rollup = new RollupPage(granskare.page, server.url);
		await rollup.open(COMMITTEE, 2026);
		// The demo has reported T1 and T2 of 2026 (today is 2 December 2026): T2.
		expect(await rollup.showing()).toBe('Visar Tertialrapport 2 2026.');
		expect((await rollup.filters.chosen()).period).toBe('Tertialrapport 2 (T2)');
		// Familjeenheten's T2: 57 of 248 = 22,98 %; within 5 % above its 22 % (23,1) → delvis.
		expect(await rollup.cell(RE_REFERRAL, 'Familjeenheten', 'Totalt')).toBe('23 % (57 av 248)');
		expect(await rollup.fulfilment(RE_REFERRAL, 'Familjeenheten')).toBe('Delvis uppfyllt');
		expect(await rollup.unitLink(RE_REFERRAL, 'Familjeenheten', 'Rapport').getAttribute('href')).toBe('/org/familjeenheten/2026/rapport/t2');
		await rollup.expectAccessible('roll-up, default period');
	});

	it('the filters work without JavaScript: period, area goal, and another year', async () => {
		const noScript = await openBrowser({ javaScriptEnabled: false });
		// axe needs JavaScript: the pages reached without it are checked in the reviewer's browser after.
		const visited: string[] = [];
		try {
			await new SignInPage(noScript.page, server.url).signInAsDemo('granskare');
			const rollup = new RollupPage(noScript.page, server.url);
			await rollup.open(COMMITTEE, 2026, '?period=t1');
			expect((await rollup.filters.areaGoals())[0]).toBe('Alla');
			await rollup.filters.apply({ period: 'VB', areaGoal: '3.2 Exempelstad är en attraktiv arbetsgivare' });
			const url = new URL(noScript.page.url());
			expect(url.pathname).toBe(`/org/${COMMITTEE}/2026/uppfoljning`);
			expect(url.searchParams.get('period')).toBe('vb');
			expect(await rollup.showing()).toBe('Visar Verksamhetsberättelse 2026.');
			expect((await rollup.filters.chosen()).areaGoal).toBe('3.2 Exempelstad är en attraktiv arbetsgivare med en hälsosam arbetsmiljö');
			const goals = await rollup.goals();
			expect(goals.length).toBeGreaterThan(0);
			// Only 3.2 and the nämndmål under it.
			expect(goals.every((g) => g.startsWith('3.2'))).toBe(true);
			visited.push(noScript.page.url());

			// Another year: the page moves to that year's address, keeping the period.
			await rollup.filters.apply({ year: 2025 });
			const moved = new URL(noScript.page.url());
			expect(moved.pathname).toBe(`/org/${COMMITTEE}/2025/uppfoljning`);
			expect(moved.searchParams.get('period')).toBe('vb');
			expect(await rollup.heading()).toBe(`Uppföljning 2025 – ${COMMITTEE_NAME}`);
			expect(await rollup.showing()).toBe('Visar Verksamhetsberättelse 2025.');
			// 2026's area goal is not one of 2025's: all goals.
			expect((await rollup.filters.chosen()).areaGoal).toBe('Alla');
			visited.push(noScript.page.url());

			const matrix = new MatrixPage(noScript.page, server.url);
			await matrix.open(COMMITTEE, 2026, '?period=t1');
			await matrix.filters.apply({ period: 'T2', areaGoal: '1.1 Barn och unga' });
			expect(new URL(noScript.page.url()).pathname).toBe(`/org/${COMMITTEE}/2026/uppfoljning/matris`);
			expect(await matrix.showing()).toBe('Visar Tertialrapport 2 2026.');
			expect(await matrix.goals()).toEqual([
				'1.1 Barn och unga i Exempelstad har goda och trygga uppväxtvillkor',
				'1.1.1 Barn och unga i Norrviken får stöd tidigt och insatser som gör skillnad',
				'1.1.2 Förskolan i Norrviken ger alla barn en likvärdig och god start i lärandet'
			]);
			// 2026 T2: Familjeenheten's 1.1.1 is Uppfyllt, so its 1.1 is too; Förskoleenheten judged both
			// 1.1.1 and 1.1.2 Delvis, so its 1.1 is Delvis uppfyllt.
			expect(await matrix.cell('1.1', 'Familjeenheten')).toBe('Uppfyllt');
			expect(await matrix.cell('1.1', 'Förskoleenheten Sjöängen')).toBe('Delvis uppfyllt');
			visited.push(noScript.page.url());
		} finally {
			await noScript.close();
		}
		const checked = new BasePage(granskare.page, server.url);
		for (const url of visited) {
			await checked.goto(url);
			await checked.expectAccessible(`filtered: ${url}`);
		}
	});

	it("the committee's goal matrix: a unit's level or Ej bedömt, Gäller inte outside its plan, with a legend and links to reports", async () => {
		const matrix = new MatrixPage(granskare.page, server.url);
		await matrix.open(COMMITTEE, 2026, '?period=t1');
		expect(await matrix.heading()).toBe(`Målmatris 2026 – ${COMMITTEE_NAME}`);
		expect(await matrix.caption()).toBe(`Målmatris, Tertialrapport 1 2026 – ${COMMITTEE_NAME}`);
		expect(await matrix.columns()).toEqual(UNITS);
		expect(await matrix.legend()).toEqual(['Uppfyllt', 'Delvis uppfyllt', 'Ej uppfyllt', 'Ej bedömt', 'Gäller inte']);
		expect((await matrix.sections())[0]).toBe('1 Exempelstad är en stad där alla kan växa och leva ett självständigt liv');
		// Nämndmål 1.1.1 is chosen for Familjeenheten (and the preschool), not for Vuxenenheten; 1.1.2 for the preschool only.
		expect(await matrix.cell('1.1.1', 'Vuxenenheten')).toBe('Gäller inte');
		expect(await matrix.cell('1.1.2', 'Familjeenheten')).toBe('Gäller inte');
		// Familjeenheten assessed 1.1.1 as uppfyllt in T1 2026, and the KF goal 1.1 above it as well (the
		// only nämndmål beneath it is Uppfyllt).
		expect(await matrix.cell('1.1.1', 'Familjeenheten')).toBe('Uppfyllt');
		expect(await matrix.cell('1.1', 'Familjeenheten')).toBe('Uppfyllt');
		// Its returned T1 lacks 2.2.1's assessment: Ej bedömt, and the KF goal 2.2 above it Delvis uppfyllt.
		expect(await matrix.cell('2.2.1', 'Familjeenheten')).toBe('Ej bedömt');
		expect(await matrix.cell('2.2', 'Familjeenheten')).toBe('Delvis uppfyllt');
		// Hemtjänsten's only area goal of its own, 1.3, above its Delvis 1.3.1; Gäller inte for the others.
		expect(await matrix.cell('1.3', 'Hemtjänsten Norrviken')).toBe('Delvis uppfyllt');
		expect(await matrix.cell('1.3', 'Familjeenheten')).toBe('Gäller inte');
		expect(await matrix.cellHref('1.1.1', 'Familjeenheten')).toBe('/org/familjeenheten/2026/rapport/t1');
		expect(await matrix.cellHref('1.1.1', 'Vuxenenheten')).toBeNull();
		await matrix.expectAccessible('goal matrix, committee');
	});

	it("an indicator's page: its breakdown by period and its trend with a data table", async () => {
		const rollup = new RollupPage(granskare.page, server.url);
		await rollup.open(COMMITTEE, 2026, '?period=t1');
		await rollup.openIndicator(RE_REFERRAL);
		const trend = new IndicatorTrendPage(granskare.page, server.url);
		expect(new URL(granskare.page.url()).pathname).toMatch(new RegExp(`^/org/${COMMITTEE}/2026/uppfoljning/indikator/\\d+$`));
		expect(await trend.indicatorName()).toBe(RE_REFERRAL);
		expect(await trend.breakdownPeriods()).toEqual(['T1', 'T2', 'VB']);
		expect(await trend.breakdownRows()).toEqual(['Familjeenheten', `${COMMITTEE_NAME} totalt`]);
		expect(await trend.breakdownCell('Familjeenheten', 'Årsmål')).toBe('22 %');
		// Two years followed back through the indicator's predecessor: T1, T2, VB of 2025 and 2026, with the targets.
		const rows = await trend.dataRows();
		expect(rows.map((r) => [r.period, r.target])).toEqual([
			['T1 2025', 'Tas fram av nämnd'],
			['T2 2025', 'Tas fram av nämnd'],
			['VB 2025', 'Tas fram av nämnd'],
			['T1 2026', 'Tas fram av nämnd'],
			['T2 2026', 'Tas fram av nämnd'],
			['VB 2026', 'Tas fram av nämnd']
		]);
		await trend.expectAccessible('indicator trend, committee');

		// The unit's own trend: its own Årsmål each year.
		await trend.goto(`/org/${COMMITTEE}/2026/uppfoljning?period=t1`);
		await rollup.follow(rollup.unitLink(RE_REFERRAL, 'Familjeenheten', 'Trend'));
		expect(await trend.breakdownRows()).toEqual(['Familjeenheten']);
		expect((await trend.dataRows()).map((r) => r.target)).toEqual(['24 %', '24 %', '24 %', '22 %', '22 %', '22 %']);
		// 27/118 = 22,88 %, 58/236 = 24,58 %, 83/352 = 23,58 %; 26/121 = 21,49 %, 57/248 = 22,98 %; VB 2026 not yet.
		// Lower is better: against 24 % (band to 25,2) and 22 % (band to 23,1).
		expect((await trend.dataRows()).map((r) => [r.outcome, r.fulfilment])).toEqual([
			['22,9 %', 'Uppfyllt'],
			['24,6 %', 'Delvis uppfyllt'],
			['23,6 %', 'Uppfyllt'],
			['21,5 %', 'Uppfyllt'],
			['23 %', 'Delvis uppfyllt'],
			['–', 'Ej bedömt']
		]);
		const chart = await trend.chartText();
		expect(chart.labelledBy).toEqual(['trend-chart-title', 'trend-chart-desc']);
		expect(chart.title).toBe(`${RE_REFERRAL}: utfall och årsmål för Familjeenheten`);
		// 22,98 − 22,88 = 0,10 procentenheter.
		expect(chart.description.replace(/\u00a0/g, ' ')).toBe(
			'Utfallet gick från 22,9 % (T1 2025) till 23 % (T2 2026), en ökning med 0,1 procentenheter. Årsmålet 2026 är 22 %; det senaste utfallet ligger över årsmålet. 1 period saknar utfall.'
		);
		// Five values in one unbroken line, VB 2026 marked as missing, the target as a step.
		expect(await trend.chartMarks()).toEqual({ points: 5, lines: 1, gaps: 1, target: true });
		// The value axis: 21,49–24,58 and the targets 22–24: 3,09 / 4 → step 1, 21–25.
		expect(await trend.axisLabels()).toEqual(['21', '22', '23', '24', '25']);
		await trend.expectAccessible('indicator trend, unit');
	});

	it('the council drills down council → committee → unit', async () => {
		const rollup = new RollupPage(lasare.page, server.url);
		await rollup.open('exempelstad', 2026, '?period=t1');
		expect(await rollup.heading()).toBe('Uppföljning 2026 – Exempelstad');
		expect(await rollup.rows(RE_REFERRAL)).toEqual([COMMITTEE_NAME, 'Exempelstad totalt']);
		expect(await rollup.organisationHref(RE_REFERRAL, COMMITTEE_NAME)).toBe(`/org/${COMMITTEE}/2026/uppfoljning?period=t1`);
		// The council's roll-up holds KF indicators only, not the committee's own.
		expect(await rollup.indicators()).not.toContain('Andel utredningar om barn och unga som avslutas inom fyra månader');
		await rollup.expectAccessible('roll-up, council');

		await rollup.follow(rollup.row(RE_REFERRAL, COMMITTEE_NAME).getByRole('link', { name: COMMITTEE_NAME }));
		expect(await rollup.heading()).toBe(`Uppföljning 2026 – ${COMMITTEE_NAME}`);
		expect(await rollup.showing()).toBe('Visar Tertialrapport 1 2026.');
		await rollup.follow(rollup.unitLink(RE_REFERRAL, 'Familjeenheten', 'Trend'));
		expect(new URL(lasare.page.url()).pathname).toMatch(/^\/org\/familjeenheten\/2026\/uppfoljning\/indikator\/\d+$/);
		await rollup.expectAccessible('indicator trend, unit, from the council');
		// And on to the unit's report for the period.
		await rollup.goto(`/org/${COMMITTEE}/2026/uppfoljning?period=t1`);
		await rollup.follow(rollup.unitLink(RE_REFERRAL, 'Familjeenheten', 'Rapport'));
		expect(new URL(lasare.page.url()).pathname).toBe('/org/familjeenheten/2026/rapport/t1');
		expect(await rollup.heading()).toContain('Tertialrapport 1 2026');
		await rollup.expectAccessible('unit report, from the roll-up');

		const matrix = new MatrixPage(lasare.page, server.url);
		await matrix.open('exempelstad', 2026, '?period=t1');
		expect(await matrix.columns()).toEqual([COMMITTEE_NAME]);
		// Council goals only: the area goals under their direction goals.
		expect(await matrix.goals()).toEqual([
			'1.1 Barn och unga i Exempelstad har goda och trygga uppväxtvillkor',
			'1.2 Människor i behov av stöd får insatser i rätt tid, med god kvalitet och med respekt för den enskildes självbestämmande',
			'1.3 Äldre i Exempelstad har en trygg och meningsfull vardag',
			'2.1 Fler invånare i Exempelstad når egen försörjning genom arbete eller studier',
			'2.2 Exempelstad är tryggt och ingen ska behöva leva med våld',
			'3.1 Exempelstads verksamheter har en budget i balans och använder skattemedlen effektivt',
			'3.2 Exempelstad är en attraktiv arbetsgivare med en hälsosam arbetsmiljö'
		]);
		// The committee's cell counts its units' assessments of the area goal in T1 2026 (each unit judges an
		// area goal by the nämndmål beneath it in its plan: Uppfyllt when all are, Ej uppfyllt when one is,
		// otherwise Delvis; Ej bedömt beneath keeps it from Uppfyllt):
		// 1.1: Familjeenheten (1.1.1 Uppfyllt) Uppfyllt, Förskoleenheten (1.1.1, 1.1.2 Uppfyllt) Uppfyllt → 2 uppfyllt of 2;
		// 1.2: Vuxenenheten (1.2.1 Delvis) Delvis, Arbete och sysselsättning (1.2.1 Uppfyllt) Uppfyllt,
		//      Handläggarenheten (1.2.2 Delvis) Delvis → 1 uppfyllt, 2 delvis of 3;
		// 1.3: Hemtjänsten (1.3.1 Delvis) → 1 delvis of 1;
		// 2.1: Vuxenenheten and Arbete och sysselsättning (2.1.1 Uppfyllt in both) → 2 uppfyllt of 2;
		// 2.2: all six; 2.2.1 Uppfyllt in five, Familjeenheten has not assessed it (returned) → 5 uppfyllt, 1 delvis of 6;
		// 3.1: 3.1.1 Delvis at Familjeenheten and Handläggarenheten, Uppfyllt at the other four → 4 uppfyllt, 2 delvis of 6;
		// 3.2: 3.2.1 Delvis at Familjeenheten and Förskoleenheten, Uppfyllt at the other four → 4 uppfyllt, 2 delvis of 6.
		const expected: [string, string, string][] = [
			['1.1', '2 uppfyllt', 'av 2 enheter'],
			['1.2', '1 uppfyllt, 2 delvis', 'av 3 enheter'],
			['1.3', '1 delvis', 'av 1 enhet'],
			['2.1', '2 uppfyllt', 'av 2 enheter'],
			['2.2', '5 uppfyllt, 1 delvis', 'av 6 enheter'],
			['3.1', '4 uppfyllt, 2 delvis', 'av 6 enheter'],
			['3.2', '4 uppfyllt, 2 delvis', 'av 6 enheter']
		];
		const shown: [string, string, string][] = [];
		for (const [goal] of expected) shown.push([goal, await matrix.cell(goal, COMMITTEE_NAME), await matrix.unitsCounted(goal, COMMITTEE_NAME)]);
		expect(shown).toEqual(expected);
		expect(await matrix.cellHref('1.1', COMMITTEE_NAME)).toBeNull();
		await matrix.expectAccessible('goal matrix, council');
	});

	it("a unit's editor sees its committee's total but not its sibling units", async () => {
		const enhetschef = await openBrowser();
		try {
			await new SignInPage(enhetschef.page, server.url).signInAsDemo('enhetschef');
			const rollup = new RollupPage(enhetschef.page, server.url);
			await rollup.open(COMMITTEE, 2026, '?period=t1');
			expect(await enhetschef.page.locator('main .notice').textContent()).toBe('5 organisationer som du inte har behörighet att läsa visas inte, men ingår i summan.');
			expect(await rollup.rows(RE_REFERRAL)).toEqual(['Familjeenheten', `${COMMITTEE_NAME} totalt`]);
			const bodies = await enhetschef.page.locator('main table.rollup tbody').allInnerTexts();
			for (const sibling of UNITS.slice(1)) expect(bodies.join('\n')).not.toContain(sibling);
			await rollup.expectAccessible('roll-up, unit editor');

			const matrix = new MatrixPage(enhetschef.page, server.url);
			await matrix.open(COMMITTEE, 2026, '?period=t1');
			expect(await matrix.columns()).toEqual(['Familjeenheten']);
			await matrix.expectAccessible('goal matrix, unit editor');
		} finally {
			await enhetschef.close();
		}
	});

	it('the organisation page links to the follow-up of each year', async () => {
		const page = new BasePage(granskare.page, server.url);
		await page.goto(`/org/${COMMITTEE}`);
		expect(await granskare.page.getByRole('link', { name: 'Uppföljning 2026', exact: true }).getAttribute('href')).toBe(`/org/${COMMITTEE}/2026/uppfoljning`);
		expect(await granskare.page.getByRole('link', { name: 'Målmatris 2026', exact: true }).getAttribute('href')).toBe(`/org/${COMMITTEE}/2026/uppfoljning/matris`);
		await page.expectAccessible('organisation page');
	});
});
