import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startServer, type RunningServer } from './support/server';
import { openBrowser, type OpenBrowser } from './support/browser';
import { HomePage } from './pages/home-page';
import { SignInPage } from './pages/sign-in-page';

describe('home page (end to end)', () => {
	let server: RunningServer;
	let browser: OpenBrowser;
	let home: HomePage;

	beforeAll(async () => {
		server = await startServer();
		browser = await openBrowser();
		home = new HomePage(browser.page, server.url);
		await new SignInPage(browser.page, server.url).signInAsDemo('lasare');
	});

	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	it('shows the organisations in Swedish, accessibly', async () => {
		await home.open();
		expect(await home.heading()).toBe('Organisationer');
		expect(await home.lang()).toBe('sv');
		await home.expectAccessible('home (sv)');
	});

	it('focuses the visible skip link first with Tab', async () => {
		await home.open();
		await browser.page.keyboard.press('Tab');
		const focused = await browser.page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			return { text: el?.textContent?.trim(), href: el?.getAttribute('href') };
		});
		expect(focused).toEqual({ text: 'Hoppa till innehållet', href: '#main' });
		expect(await home.skipLink.isVisible()).toBe(true);
		// Visible means on screen, not just rendered off to the side.
		const box = await home.skipLink.boundingBox();
		expect(box).not.toBeNull();
		expect(box!.x).toBeGreaterThanOrEqual(0);
		expect(box!.y).toBeGreaterThanOrEqual(0);
	});

	it('switches to English', async () => {
		await home.goto('/sprak?lang=en&to=/');
		expect(new URL(browser.page.url()).pathname).toBe('/');
		expect(await home.heading()).toBe('Organisations');
		expect(await home.lang()).toBe('en');
		await home.expectAccessible('home (en)');
	});
});
