import { describe, it, expect, beforeAll, afterAll, afterEach, vi } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { freePort, startServer, type RunningServer } from './support/server';
import { openBrowser, type OpenBrowser } from './support/browser';
import { startOidcProvider, type RunningOidcProvider } from './support/oidc-provider';
import { SignInPage } from './pages/sign-in-page';
import { PlanEditorPage } from './pages/plan-editor-page';
import { HomePage } from './pages/home-page';

vi.setConfig({ testTimeout: 120_000 });

const PROVIDER_NAME = 'Exempelstads inloggning';
const SESSION_COOKIE = 'verksam_session';

/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider) running in the test
 * process: its development pages take any login name and ask for consent.
 */
describe('single sign-on through OpenID Connect (end to end)', () => {
	let provider: RunningOidcProvider;
	let server: RunningServer;
	let browser: OpenBrowser | null = null;

	beforeAll(async () => {
		// The provider must know the app's redirect URI before the app starts with the provider's issuer.
		const port = await freePort();
		const appUrl = `http://127.0.0.1:${port}`;
		const client = { clientId: 'verksam', clientSecret: 'verksam-e2e-hemlighet', redirectUri: `${appUrl}/logga-in/oidc/callback` };
		provider = await startOidcProvider(client, { 'nora.nyberg': 'Nora Nyberg' });
		server = await startServer({
			port,
			env: {
				VERKSAM_OIDC_ISSUER: provider.issuer,
				VERKSAM_OIDC_CLIENT_ID: client.clientId,
				VERKSAM_OIDC_CLIENT_SECRET: client.clientSecret,
				VERKSAM_OIDC_NAME: PROVIDER_NAME
			}
		});
	});

	afterEach(async () => {
		await browser?.close();
		browser = null;
	});

	afterAll(async () => {
		await server?.stop();
		await provider?.stop();
	});

	/** A fresh browser (no cookies at the app or the provider) that reaches nothing beyond this machine. */
	async function freshBrowser(): Promise<Page> {
		browser = await openBrowser();
		// The provider's development pages load a web font; the tests stay offline.
		await browser.context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
		return browser.page;
	}

	async function sessionCookie(context: BrowserContext) {
		return (await context.cookies(server.url)).find((c) => c.name === SESSION_COOKIE);
	}

	/** From Verksam's sign-in page, follows "Logga in med …" to the provider's login page. */
	async function goToProvider(page: Page, next?: string): Promise<SignInPage> {
		const signIn = new SignInPage(page, server.url);
		await signIn.open(next);
		await signIn.expectAccessible('sign-in page with single sign-on');
		expect(await signIn.singleSignOnLink.textContent()).toBe(`Logga in med ${PROVIDER_NAME}`);
		await Promise.all([page.waitForURL((url) => url.origin === provider.issuer), signIn.singleSignOnLink.click()]);
		return signIn;
	}

	/** The provider's development login (any login name, any password), then its consent page. */
	async function signInAtProvider(page: Page, login: string): Promise<void> {
		await page.locator('input[name="login"]').fill(login);
		await page.locator('input[name="password"]').fill('vilket-som-helst');
		await page.getByRole('button', { name: 'Sign-in' }).click();
		await page.getByRole('button', { name: 'Continue' }).click();
	}

	/** Signs in at the provider, which holds back its answer: returns the callback URL the browser would have gone to. */
	async function callbackUrlFor(page: Page, login: string): Promise<URL> {
		const callback = provider.holdNextCallback();
		await goToProvider(page);
		await signInAtProvider(page, login);
		return callback;
	}

	it('links the existing account with the same username: the person gets its access, with a new httpOnly, SameSite=Lax session cookie', async () => {
		const page = await freshBrowser();
		// Signed in with a password first, as someone else: the single sign-on must replace that session.
		await new SignInPage(page, server.url).signInAsDemo('lasare');
		const before = await sessionCookie(browser!.context);
		expect(before).toBeDefined();

		await goToProvider(page, '/org/familjeenheten/2026');
		await signInAtProvider(page, 'enhetschef');
		await page.waitForURL((url) => url.origin === server.url && url.pathname === '/org/familjeenheten/2026');

		const editor = new PlanEditorPage(page, server.url);
		// The demo account keeps its name: the provider's name claim does not overwrite it.
		expect(await page.locator('header').getByRole('link', { name: 'Elin Enhetschef' }).count()).toBe(1);
		await editor.expectAccessible('plan editor after single sign-on');

		const after = await sessionCookie(browser!.context);
		expect(after).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
		expect(after!.value).not.toBe(before!.value);
		// The temporary cookie for the sign-in is gone.
		expect((await browser!.context.cookies(`${server.url}/logga-in/oidc/callback`)).map((c) => c.name)).not.toContain('verksam_oidc');
		// The session from before the sign-in has ended.
		const old = await fetch(`${server.url}/sok`, { headers: { cookie: `${SESSION_COOKIE}=${before!.value}` }, redirect: 'manual' });
		expect(old.status).toBe(303);
		expect(old.headers.get('location')).toMatch(/^\/logga-in/);

		// Familjeenheten's editor role came with the account: saving a section of its plan is allowed.
		await editor.editSection('Enhetens uppdrag', 'Skrivet efter inloggning via kommunens inloggning.');
		await expect.poll(() => editor.notice()).toBe('Avsnittet "Enhetens uppdrag" är sparat.');
	});

	it('creates an account without roles for a person Verksam has not seen, named from the provider', async () => {
		const page = await freshBrowser();
		await goToProvider(page);
		await signInAtProvider(page, 'nora.nyberg');
		await page.waitForURL((url) => url.origin === server.url && url.pathname === '/');

		const home = new HomePage(page, server.url);
		expect(await page.locator('header').getByRole('link', { name: 'Nora Nyberg' }).count()).toBe(1);
		await home.expectAccessible('home after single sign-on as a new account');
		const cookie = await sessionCookie(browser!.context);
		expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
		// No roles until an administrator grants them.
		const plan = await page.goto(`${server.url}/org/familjeenheten/2026`);
		expect(plan?.status()).toBe(403);
	});

	it('refuses a callback whose state was tampered with, in Swedish, and then the untouched answer too (one answer per sign-in)', async () => {
		const page = await freshBrowser();
		const callback = await callbackUrlFor(page, 'lasare');
		expect(callback.searchParams.get('code')).toBeTruthy();

		const tampered = new URL(callback);
		tampered.searchParams.set('state', `${callback.searchParams.get('state')}x`);
		const signIn = new SignInPage(page, server.url);
		await page.goto(tampered.toString());
		expect(new URL(page.url()).pathname).toBe('/logga-in');
		expect(await signIn.error()).toBe('Svaret från inloggningstjänsten kunde inte bekräftas, så du är inte inloggad. Försök igen.');
		expect(await signIn.heading()).toBe('Logga in');
		await signIn.expectAccessible('sign-in page after a tampered state');
		expect(await sessionCookie(browser!.context)).toBeUndefined();

		// The refused attempt used up the sign-in: the real answer cannot be replayed after it.
		await page.goto(callback.toString());
		expect(await signIn.error()).toBe('Inloggningen tog för lång tid eller påbörjades i en annan webbläsare. Försök igen.');
		expect(await sessionCookie(browser!.context)).toBeUndefined();
	});

	it('says in Swedish that the sign-in was cancelled when the person cancels at the provider', async () => {
		const page = await freshBrowser();
		await goToProvider(page, '/sok');
		await Promise.all([
			page.waitForURL((url) => url.origin === server.url && url.pathname === '/logga-in'),
			page.getByRole('link', { name: '[ Cancel ]' }).click()
		]);
		const signIn = new SignInPage(page, server.url);
		expect(await signIn.error()).toBe(`Inloggningen med ${PROVIDER_NAME} avbröts eller nekades. Du är inte inloggad.`);
		// Where the person was going is kept for the next try.
		expect(new URL(page.url()).searchParams.get('next')).toBe('/sok');
		await signIn.expectAccessible('sign-in page after a cancelled sign-in');
		expect(await sessionCookie(browser!.context)).toBeUndefined();
	});

	// Last: it stops the provider.
	it('says in Swedish that the provider does not answer when it goes down during the sign-in', async () => {
		const page = await freshBrowser();
		const callback = await callbackUrlFor(page, 'granskare');
		await provider.stop();
		await page.goto(callback.toString());
		const signIn = new SignInPage(page, server.url);
		expect(new URL(page.url()).pathname).toBe('/logga-in');
		expect(await signIn.error()).toBe(`${PROVIDER_NAME} svarar inte just nu. Försök igen om en stund.`);
		await signIn.expectAccessible('sign-in page when the provider is down');
		expect(await sessionCookie(browser!.context)).toBeUndefined();
	});
});
