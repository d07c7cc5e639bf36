/**
 * Opens Debian's chromium (/usr/bin/chromium) through playwright-core, headless, with a fresh
 * temporary user-data directory. Browsers are never downloaded.
 */
import { rmSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { makeTempDir } from './temp-dirs';

export interface OpenBrowser {
	context: BrowserContext;
	page: Page;
	close(): Promise<void>;
}

export const CHROMIUM = '/usr/bin/chromium';

export interface BrowserOptions {
	/** The browser's language (Accept-Language): Swedish by default, like the app's users. */
	locale?: string;
	/** false: a browser without JavaScript, to prove forms work without it. */
	javaScriptEnabled?: boolean;
}

/** User-data directories still in use in this worker: removed when the worker exits. */
const userDataDirs = new Set<string>();
/** Browsers opened with scripts off: their pages never hydrate. */
const noScript = new WeakSet<BrowserContext>();

/**
 * Waits until the page's app has hydrated (the root layout marks <html data-hydrated>). Svelte's
 * hydration sets every input to the server's value, so text typed before it is lost and a form with
 * a required field then does not send at all; on a loaded machine that window is seconds long.
 * Returns at once in a browser without JavaScript.
 */
export async function waitForHydration(page: Page): Promise<void> {
	if (noScript.has(page.context())) return;
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
let exitHook = false;

export async function openBrowser(options: BrowserOptions = {}): Promise<OpenBrowser> {
	const userDataDir = makeTempDir('chromium');
	userDataDirs.add(userDataDir);
	if (!exitHook) {
		exitHook = true;
		process.once('exit', () => {
			for (const dir of userDataDirs) rmSync(dir, { recursive: true, force: true });
		});
	}
	let context: BrowserContext;
	try {
		context = await chromium.launchPersistentContext(userDataDir, {
			executablePath: CHROMIUM,
			headless: true,
			// --no-sandbox: we run as root (CI); chromium refuses its sandbox then.
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			],
			locale: options.locale ?? 'sv-SE',
			timezoneId: 'Europe/Stockholm',
			viewport: { width: 1280, height: 900 },
			javaScriptEnabled: options.javaScriptEnabled ?? true
		});
	} catch (error) {
		rmSync(userDataDir, { recursive: true, force: true });
		userDataDirs.delete(userDataDir);
		throw error;
	}
	if (options.javaScriptEnabled === false) noScript.add(context);
	const page = context.pages()[0] ?? (await context.newPage());
	return {
		context,
		page,
		async close() {
			try {
				await context.close();
			} finally {
				rmSync(userDataDir, { recursive: true, force: true });
				userDataDirs.delete(userDataDir);
			}
		}
	};
}
