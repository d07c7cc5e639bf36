import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { startServer, type RunningServer } from './support/server';
import { openBrowser, type OpenBrowser } from './support/browser';
import { SignInPage } from './pages/sign-in-page';
import { ReportEditorPage } from './pages/report-editor-page';
import { RollupPage } from './pages/rollup-page';
import { MatrixPage } from './pages/matrix-page';

vi.setConfig({ testTimeout: 180_000 });

// From the demo city: Familjeenheten's Tertialrapport 1 2026 was sent back by the committee
// (Återremitterad: editable) because the analysis under nämndmål 2.2.1 is missing.
const UNIT = 'familjeenheten';
const COMMITTEE = 'norrvikens-stadsdelsnamnd';
const COMMITTEE_TOTAL = 'Norrvikens stadsdelsnämnd totalt';
// The committee's indicator under nämndmål 1.1.1, held by Familjeenheten alone; Årsmål 85 %, higher is better.
const INVESTIGATION_TIME = 'Andel utredningar om barn och unga som avslutas inom fyra månader';
const GOAL = 'Invånarna i Norrviken lever tryggt och den som utsätts för våld får stöd och skydd';
const ANALYSIS = 'Alla ärenden med våld i nära relation har fått en skyddsbedömning inom en vecka under perioden.';

/**
 * The follow-up from one end to the other: the unit's editor reports a T1 outcome and an analysis in
 * the report, and the committee's reviewer sees them in the committee's roll-up and goal matrix.
 */
describe.sequential('a unit reports, the committee sees it (end to end)', () => {
	let server: RunningServer;
	let redaktor: OpenBrowser;
	let granskare: OpenBrowser;

	beforeAll(async () => {
		server = await startServer();
		[redaktor, granskare] = await Promise.all([openBrowser(), openBrowser()]);
		await new SignInPage(redaktor.page, server.url).signInAsDemo('redaktor');
		await new SignInPage(granskare.page, server.url).signInAsDemo('granskare');
	});

	afterAll(async () => {
		await Promise.all([redaktor?.close(), granskare?.close()]);
		await server?.stop();
	});

	it('before: the roll-up shows the demo figure and the matrix has no assessment of 2.2.1', async () => {
		const rollup = new RollupPage(granskare.page, server.url);
		await rollup.open(COMMITTEE, 2026, '?period=t1');
		// The demo's T1 2026: 91 of 104 = 87,5 %.
		expect(await rollup.cell(INVESTIGATION_TIME, 'Familjeenheten', 'Totalt')).toBe('87,5 % (91 av 104)');
		const matrix = new MatrixPage(granskare.page, server.url);
		await matrix.open(COMMITTEE, 2026, '?period=t1');
		expect(await matrix.cell('2.2.1', 'Familjeenheten')).toBe('Ej bedömt');
	});

	it("the unit's editor enters the outcome and the missing analysis in Tertialrapport 1", async () => {
		const report = new ReportEditorPage(redaktor.page, server.url);
		await report.open(UNIT, 2026, 't1');
		expect(await report.editable()).toBe(true);
		await report.expectAccessible('report editor, återremitterad');

		await report.enterOutcome(INVESTIGATION_TIME, [
			{ label: 'Täljare', value: '95' },
			{ label: 'Nämnare', value: '104' }
		]);
		// 95 / 104 = 0,91346… → 91,3 %, above the Årsmål 85 %.
		// The enhanced form reloads the page's data after the save.
		await expect.poll(() => report.outcomeFact(INVESTIGATION_TIME, 'Sparat utfall')).toBe('91,3 % (95 av 104)');
		expect(await report.outcomeFact(INVESTIGATION_TIME, 'Beräknad måluppfyllelse')).toMatch(/^Uppfyllt/);

		await report.assess(GOAL, 'Uppfyllt', ANALYSIS);
		await expect.poll(() => report.assessment(GOAL).getByLabel('Bedömning', { exact: true }).inputValue()).toBe('met');
		expect(await report.assessment(GOAL).getByLabel('Analys', { exact: true }).inputValue()).toBe(ANALYSIS);
		await report.expectAccessible('report editor, after saving');
	});

	it("the committee's roll-up and matrix show what the unit reported", async () => {
		const rollup = new RollupPage(granskare.page, server.url);
		await rollup.open(COMMITTEE, 2026, '?period=t1');
		expect(await rollup.cell(INVESTIGATION_TIME, 'Familjeenheten', 'Totalt')).toBe('91,3 % (95 av 104)');
		expect(await rollup.fulfilment(INVESTIGATION_TIME, 'Familjeenheten')).toBe('Uppfyllt');
		// The committee's total is over the units holding the indicator: Familjeenheten alone.
		expect(await rollup.totalCell(INVESTIGATION_TIME, 'Totalt')).toBe('91,3 % (95 av 104)');
		expect((await rollup.rows(INVESTIGATION_TIME)).at(-1)).toBe(COMMITTEE_TOTAL);
		await rollup.expectAccessible('committee roll-up after the report');

		const matrix = new MatrixPage(granskare.page, server.url);
		await matrix.open(COMMITTEE, 2026, '?period=t1');
		expect(await matrix.cell('2.2.1', 'Familjeenheten')).toBe('Uppfyllt');
		expect(await matrix.cellHref('2.2.1', 'Familjeenheten')).toBe('/org/familjeenheten/2026/rapport/t1');
		await matrix.expectAccessible('goal matrix after the report');
	});
});
