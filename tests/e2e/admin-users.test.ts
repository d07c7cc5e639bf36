import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startServer, type RunningServer } from './support/server';
import { openBrowser, type OpenBrowser } from './support/browser';
import { SignInPage } from './pages/sign-in-page';
import { HomePage } from './pages/home-page';
import { UsersPage } from './pages/users-page';
import { AccountPage } from './pages/account-page';
import { BasePage } from './pages/base-page';

/**
 * An administrator gives a new colleague an account and a role on one unit; the colleague chooses
 * a password and sees only their own part of the city; a reset and "Logga ut överallt" sign out
 * the other browsers; the public sees only fastställda plans, and only when the city publishes them.
 */
describe('user administration (end to end)', () => {
	let server: RunningServer;
	let adminBrowser: OpenBrowser;
	let karinBrowser: OpenBrowser;
	let otherBrowser: OpenBrowser | undefined;
	let users: UsersPage;

	const path = (browser: OpenBrowser) => new URL(browser.page.url()).pathname;

	beforeAll(async () => {
		server = await startServer();
		adminBrowser = await openBrowser();
		karinBrowser = await openBrowser();
		await new SignInPage(adminBrowser.page, server.url).signInAsDemo('admin');
		users = new UsersPage(adminBrowser.page, server.url);
	});

	afterAll(async () => {
		await otherBrowser?.close();
		await karinBrowser?.close();
		await adminBrowser?.close();
		await server?.stop();
	}, 120_000);

	it('the administrator finds Användare on the municipality, creates karin and makes her Redaktör on Vuxenenheten', async () => {
		const org = new BasePage(adminBrowser.page, server.url);
		await org.goto('/org/exempelstad');
		await org.expectAccessible('organisation page with admin links');
		await Promise.all([
			adminBrowser.page.waitForURL((url) => url.pathname === '/org/exempelstad/anvandare'),
			adminBrowser.page.locator('main').getByRole('link', { name: 'Användare', exact: true }).click()
		]);
		expect(await users.heading()).toBe('Användare – Exempelstad');
		expect(await users.roles('Leo Läsare')).toEqual(['Läsare – Exempelstad']);
		await users.expectAccessible('users page');

		await users.createUser({ username: 'karin', name: 'Karin Karlsson', email: 'karin@exempelstad.se', password: 'tillfalligt-ord-17' });
		await expect.poll(() => users.notice()).toBe('Karin Karlsson (karin) har fått ett konto. Ge personen en roll nedan.');
		expect(await users.roles('Karin Karlsson')).toEqual([]);
		expect(await users.status('Karin Karlsson')).toBe('Aktiv Ska byta lösenord');

		await users.grantRole('karin', 'Vuxenenheten', 'Redaktör');
		await expect.poll(() => users.notice()).toBe('karin har fått rollen Redaktör.');
		await expect.poll(() => users.roles('Karin Karlsson')).toEqual(['Redaktör – Vuxenenheten']);
		await users.expectAccessible('users page after a new user');
	}, 120_000);

	it('karin must choose her own password first, then sees only her own line of the city', async () => {
		const signIn = new SignInPage(karinBrowser.page, server.url);
		await signIn.open();
		await signIn.signIn('karin', 'tillfalligt-ord-17');
		await karinBrowser.page.waitForURL((url) => url.pathname === '/konto/losenord');
		const account = new AccountPage(karinBrowser.page, server.url);
		expect(await account.heading()).toBe('Välj ett nytt lösenord');
		await account.expectAccessible('forced password change');

		// Any other page leads back here until the password is changed.
		await account.goto('/org/vuxenenheten');
		expect(path(karinBrowser)).toBe('/konto/losenord');

		await account.changePassword('tillfalligt-ord-17', 'blå himmel över sjön', 'blå himmel över sjö');
		await expect.poll(() => karinBrowser.page.locator('.field-error').allTextContents()).toEqual([
			'Lösenorden är inte likadana. Skriv samma lösenord två gånger.'
		]);
		await account.expectAccessible('forced password change, refused');

		await account.changePassword('tillfalligt-ord-17', 'blå himmel över sjön');
		// On to the page she was going to when she was sent to choose a password.
		await karinBrowser.page.waitForURL((url) => url.pathname === '/org/vuxenenheten');
		const home = new HomePage(karinBrowser.page, server.url);
		await home.open();
		expect(await home.heading()).toBe('Organisationer');
		expect(await home.organisationNames()).toEqual(['Exempelstad', 'Norrvikens stadsdelsnämnd', 'Vuxenenheten']);
		await home.expectAccessible('home for a unit editor');

		const familyPlan = await karinBrowser.page.goto(`${server.url}/org/familjeenheten/2026`);
		expect(familyPlan?.status()).toBe(403);
		const ownPlan = await karinBrowser.page.goto(`${server.url}/org/vuxenenheten/2026`);
		expect(ownPlan?.status()).toBe(200);
	}, 120_000);

	it("an administrator's reset signs karin out; she chooses a password again", async () => {
		await users.open('exempelstad');
		await users.resetPassword('Karin Karlsson', 'nytt-tillfalligt-9');
		await expect.poll(() => users.notice()).toBe(
			'Lösenordet är återställt. Personen är utloggad och väljer ett nytt lösenord vid nästa inloggning.'
		);
		await users.expectAccessible('users page after a reset');

		await karinBrowser.page.goto(`${server.url}/org/vuxenenheten/2026`);
		expect(path(karinBrowser)).toBe('/logga-in');

		const signIn = new SignInPage(karinBrowser.page, server.url);
		await signIn.signIn('karin', 'nytt-tillfalligt-9');
		await karinBrowser.page.waitForURL((url) => url.pathname === '/konto/losenord');
		await new AccountPage(karinBrowser.page, server.url).changePassword('nytt-tillfalligt-9', 'grön äng vid havet');
		// Back where she was going.
		await karinBrowser.page.waitForURL((url) => url.pathname === '/org/vuxenenheten/2026');
	}, 120_000);

	it('"Logga ut överallt" on Mitt konto ends the session in the other browser too', async () => {
		otherBrowser = await openBrowser();
		const other = new SignInPage(otherBrowser.page, server.url);
		await other.open();
		await other.signIn('karin', 'grön äng vid havet');
		await otherBrowser.page.waitForURL((url) => url.pathname === '/');

		const account = new AccountPage(karinBrowser.page, server.url);
		await account.open();
		expect(await account.heading()).toBe('Mitt konto');
		expect(await account.roles()).toEqual(['Vuxenenheten: Redaktör']);
		await account.expectAccessible('my account');
		await account.signOutEverywhere();
		expect(path(karinBrowser)).toBe('/logga-in');

		await otherBrowser.page.goto(`${server.url}/org/vuxenenheten`);
		expect(path(otherBrowser)).toBe('/logga-in');
	}, 120_000);

	it('the public reads the fastställda plans while the city publishes them, never a draft', async () => {
		const anonymous = otherBrowser!;
		const home = new HomePage(anonymous.page, server.url);
		// The demo city publishes, and its six 2025 plans were fastställda on 2025-01-23.
		await home.open();
		expect(await home.heading()).toBe('Välkommen till Verksam');
		await home.expectAccessible('home, not signed in');
		const listed = anonymous.page.locator('main ul.public-plans li a');
		expect(await listed.count()).toBe(6);
		expect(await listed.allTextContents()).toContain('Verksamhetsplan 2025 – Familjeenheten');
		await Promise.all([anonymous.page.waitForURL(/\/org\/familjeenheten\/2025\/dokument$/), listed.filter({ hasText: 'Familjeenheten' }).click()]);
		expect(await anonymous.page.locator('main').textContent()).toContain('NSN 2024/312');
		await home.expectAccessible('a fastställd plan, not signed in');
		// This year's plan is a draft: its document asks for sign-in.
		await anonymous.page.goto(`${server.url}/org/familjeenheten/2026/dokument`);
		expect(path(anonymous)).toBe('/logga-in');

		const settings = new BasePage(adminBrowser.page, server.url);
		await settings.goto('/org/exempelstad/installningar');
		expect(await settings.heading()).toBe('Inställningar – Exempelstad');
		await settings.expectAccessible('settings');
		const box = adminBrowser.page.getByRole('checkbox', { name: 'Fastställda planer kan läsas utan inloggning' });
		expect(await box.isChecked()).toBe(true);
		await box.uncheck();
		const posted = adminBrowser.page.waitForResponse((r) => r.request().method() === 'POST');
		await adminBrowser.page.getByRole('button', { name: 'Spara inställningarna' }).click();
		await posted;
		await expect.poll(() => adminBrowser.page.locator('.notice').first().textContent()).toBe('Sparat: bara inloggade kan läsa planerna. Gränsen för delvis uppfyllt är 5\u00a0%.');
		await adminBrowser.page.reload();
		expect(await box.isChecked()).toBe(false);
		await settings.expectAccessible('settings, saved');

		// Not published any more: no list, and the fastställd plan asks for sign-in too.
		await home.open();
		expect(await anonymous.page.locator('main').getByText('Inga fastställda planer är publicerade för allmänheten.').count()).toBe(1);
		await home.expectAccessible('home, not signed in, not publishing');
		await anonymous.page.goto(`${server.url}/org/familjeenheten/2025/dokument`);
		expect(path(anonymous)).toBe('/logga-in');
		await new SignInPage(anonymous.page, server.url).expectAccessible('sign-in page');
	}, 120_000);

	it("a committee's pages are closed to karin, and an admin page to anyone but an administrator", async () => {
		const signIn = new SignInPage(karinBrowser.page, server.url);
		await signIn.open();
		await signIn.signIn('karin', 'grön äng vid havet');
		const response = await karinBrowser.page.goto(`${server.url}/org/norrvikens-stadsdelsnamnd/anvandare`);
		expect(response?.status()).toBe(403);
	}, 120_000);
});
