import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startServer, type RunningServer } from './support/server';
import { openBrowser, type OpenBrowser } from './support/browser';
import { SignInPage } from './pages/sign-in-page';
import { SettingsPage } from './pages/settings-page';

const NBSP = '\u00a0';

/**
 * The demo's administrator sets Exempelstad's band for "delvis uppfyllt": a bad figure is refused
 * at the field and comes back as typed, a good one is saved, shown as typed and explained with
 * the worked example.
 */
describe('the delvis uppfyllt band in the municipality settings (end to end)', () => {
	let server: RunningServer;
	let browser: OpenBrowser;
	let settings: SettingsPage;

	beforeAll(async () => {
		server = await startServer();
		browser = await openBrowser();
		await new SignInPage(browser.page, server.url).signInAsDemo('admin');
		settings = new SettingsPage(browser.page, server.url);
	});

	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	}, 120_000);

	it('shows the band, 5 %, with the rule worked out for a target of 24 %', async () => {
		await settings.open('exempelstad');
		expect(await settings.heading()).toBe('Inställningar – Exempelstad');
		expect(await settings.bandField.inputValue()).toBe('5');
		// 5 % of 24 is 1,2 percentage points: from 22,8 up to the target.
		const hint = await settings.bandHint();
		expect(hint).toContain(`med årsmålet 24${NBSP}% och gränsen 5${NBSP}% är ett utfall på 22,8–24${NBSP}% ”Delvis uppfyllt”`);
		expect(hint).toContain(`”Utfallet 22,8${NBSP}% är lägre än årsmålet 24${NBSP}% men inom 5${NBSP}%.”`);
		await settings.expectAccessible('settings with the band');
	}, 120_000);

	it('refuses a band above 50 % at the field, keeping what was typed', async () => {
		await settings.saveBand('60');
		await expect.poll(() => settings.bandError()).toBe('Gränsen måste ligga mellan 0 och 50 %.');
		expect(await settings.bandField.inputValue()).toBe('60');
		expect(await settings.bandField.getAttribute('aria-invalid')).toBe('true');
		expect(await settings.bandField.getAttribute('aria-describedby')).toBe('partly-band-hint partly-band-error');
		await settings.expectAccessible('settings, band refused');
	}, 120_000);

	it('saves "2,5 %" and explains the narrower band', async () => {
		await settings.saveBand('2,5 %');
		await expect.poll(() => settings.notice()).toBe(`Sparat: fastställda planer kan nu läsas utan inloggning. Gränsen för delvis uppfyllt är 2,5${NBSP}%.`);
		await settings.open('exempelstad');
		expect(await settings.bandField.inputValue()).toBe('2,5');
		// 2,5 % of 24 is 0,6: 24 − 0,6 = 23,4.
		expect(await settings.bandHint()).toContain(`gränsen 2,5${NBSP}% är ett utfall på 23,4–24${NBSP}%`);
		await settings.expectAccessible('settings, band saved');
	}, 120_000);
});
