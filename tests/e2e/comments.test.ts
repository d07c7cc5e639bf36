import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { startServer, type RunningServer } from './support/server';
import { openBrowser, type OpenBrowser } from './support/browser';
import { SignInPage } from './pages/sign-in-page';
import { CommentsPage } from './pages/comments-page';
import { OverviewPage } from './pages/overview-page';

vi.setConfig({ testTimeout: 120_000 });

// From the demo city (src/lib/server/demo): Familjeenheten's own goal under nämndmål 1.1.1 in 2026.
const UNIT = 'familjeenheten';
const COMMITTEE = 'norrvikens-stadsdelsnamnd';
const GOAL = 'Barn och unga får en skyndsam utredning där deras egen röst hörs';
const GOAL_THREAD = `Mål: ${GOAL}`;
const QUESTION = 'Hur följer ni upp att barnets röst hörs?\nGärna med ett mått per tertial.';

describe.sequential('comments between a unit and its reviewers, and the committee overview (end to end)', () => {
	let server: RunningServer;
	let elin: OpenBrowser;
	let gustav: OpenBrowser;
	let leo: OpenBrowser;

	beforeAll(async () => {
		server = await startServer();
		[elin, gustav, leo] = await Promise.all([openBrowser(), openBrowser(), openBrowser()]);
		await new SignInPage(elin.page, server.url).signInAsDemo('enhetschef');
		await new SignInPage(gustav.page, server.url).signInAsDemo('granskare');
		await new SignInPage(leo.page, server.url).signInAsDemo('lasare');
	});

	afterAll(async () => {
		await Promise.all([elin?.close(), gustav?.close(), leo?.close()]);
		await server?.stop();
	});

	it('the enhetschef starts a thread on a goal; an empty text is refused at the field, which gets focus', async () => {
		const comments = new CommentsPage(elin.page, server.url);
		await comments.open(UNIT, 2026);
		expect(await comments.heading()).toBe('Kommentarer – Verksamhetsplan 2026 – Familjeenheten');
		await comments.expectAccessible('comments, empty');

		// Spaces pass the browser's required check; the server trims them and refuses.
		await comments.startThread(GOAL, '   ');
		await expect.poll(() => comments.fieldErrors()).toEqual(['Skriv en kommentar.']);
		await expect.poll(() => comments.focusedId()).toBe('comment-body');
		await comments.expectAccessible('comments, refused');

		await comments.startThread(GOAL, QUESTION);
		await expect.poll(() => comments.notice()).toBe('Kommentaren är skickad.');
		const thread = comments.thread(GOAL_THREAD);
		await expect.poll(() => comments.threads('open').count()).toBe(1);
		expect(await comments.comments(thread)).toEqual([{ author: 'Elin Enhetschef', body: QUESTION }]);
		expect(await comments.state(thread)).toBe('Öppen');
		expect(await comments.focusedId()).toMatch(/^thread-\d+$/);
		await comments.expectAccessible('comments, one thread');
	});

	it('the granskare sees one open thread for Familjeenheten in the overview, replies and resolves it; the overview then shows 0', async () => {
		const overview = new OverviewPage(gustav.page, server.url);
		await overview.open(COMMITTEE, 2026);
		expect(await overview.heading()).toBe('Översikt 2026 – Norrvikens stadsdelsnämnd');
		await overview.expectAccessible('overview');
		expect(await overview.openComments('Familjeenheten')).toBe('1');
		expect(await overview.openComments('Vuxenenheten')).toBe('0');
		expect(await overview.cell('Familjeenheten', 'Status')).toBe('Utkast');
		expect(await overview.cell('Familjeenheten', 'Senast ändrad')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

		await overview.follow('Familjeenheten', 'Kommentarer');
		expect(new URL(gustav.page.url()).pathname).toBe(`/org/${UNIT}/2026/kommentarer`);
		const comments = new CommentsPage(gustav.page, server.url);
		await comments.expectAccessible('comments as granskare');
		const thread = comments.thread(GOAL_THREAD);
		await comments.reply(thread, 'Förtydliga gärna vem som gör uppföljningen.');
		await expect.poll(() => comments.notice()).toBe('Svaret är skickat.');
		await expect.poll(() => comments.comments(thread)).toEqual([
			{ author: 'Elin Enhetschef', body: QUESTION },
			{ author: 'Gustav Granskare', body: 'Förtydliga gärna vem som gör uppföljningen.' }
		]);

		await comments.resolve(thread);
		await expect.poll(() => comments.notice()).toBe('Tråden är markerad som löst.');
		await expect.poll(() => comments.threads('resolved').count()).toBe(1);
		expect(await comments.threads('open').count()).toBe(0);
		expect(await comments.state(thread)).toMatch(/^Löst av Gustav Granskare \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
		expect(await comments.focusedId()).toMatch(/^thread-\d+$/);
		await comments.expectAccessible('comments, resolved');

		await overview.open(COMMITTEE, 2026);
		expect(await overview.openComments('Familjeenheten')).toBe('0');
		await overview.expectAccessible('overview after resolving');
	});

	it('the läsare reads the comments without any form, cannot open the overview, and a forged POST is refused', async () => {
		const comments = new CommentsPage(leo.page, server.url);
		await comments.open(UNIT, 2026);
		await comments.expectAccessible('comments as läsare');
		expect(await comments.comments(comments.thread(GOAL_THREAD))).toHaveLength(2);
		expect(await comments.formCount()).toBe(0);
		expect(await leo.page.locator('main').innerText()).toContain('Du kan läsa kommentarerna men inte skriva.');

		const threadId = ((await comments.thread(GOAL_THREAD).locator('h3').getAttribute('id')) ?? '').replace('thread-', '');
		const forged: { action: string; form: Record<string, string> }[] = [
			{ action: 'startThread', form: { target: 'plan', body: 'Smuggelkommentar' } },
			{ action: 'reopen', form: { thread: threadId } }
		];
		for (const { action, form } of forged) {
			// The right Origin: SvelteKit's own cross-site check passes, so the refusal is the policy's.
			const response = await leo.context.request.post(`${server.url}/org/${UNIT}/2026/kommentarer?/${action}`, {
				form,
				headers: { origin: server.url },
				maxRedirects: 0
			});
			expect(response.status(), action).toBe(403);
			expect(await response.text(), action).toContain('Du har inte behörighet till det här.');
		}
		await comments.open(UNIT, 2026);
		expect(await comments.threads('open').count()).toBe(0);
		expect(await comments.threads('resolved').count()).toBe(1);

		const response = await leo.page.goto(`${server.url}/org/${COMMITTEE}/2026/oversikt`);
		expect(response?.status()).toBe(403);
		await comments.expectAccessible('overview refused');
	});

	it('shows a comment with markup as the text it is, in the writer and the reader browser', async () => {
		const dialogs: string[] = [];
		for (const b of [elin, leo]) b.page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
		const markup = '<script>alert(1)</script>';
		const comments = new CommentsPage(elin.page, server.url);
		await comments.open(UNIT, 2026);
		await comments.startThread('Hela planen', markup);
		await expect.poll(() => comments.notice()).toBe('Kommentaren är skickad.');
		const readers = new CommentsPage(leo.page, server.url);
		await readers.open(UNIT, 2026);
		for (const page of [comments, readers]) {
			await expect.poll(() => page.comments(page.thread('Hela planen'))).toEqual([{ author: 'Elin Enhetschef', body: markup }]);
			expect(await page.page.locator('main script').count()).toBe(0);
			await page.expectAccessible('comment with markup');
		}
		expect(dialogs).toEqual([]);
	});

	it('works without JavaScript: the committee editor starts a thread on a section, and reopens the resolved one', async () => {
		const rut = await openBrowser({ javaScriptEnabled: false });
		try {
			await new SignInPage(rut.page, server.url).signInAsDemo('redaktor');
			const comments = new CommentsPage(rut.page, server.url);
			await comments.open(UNIT, 2026);
			await comments.startThread('Inledning: Enhetens uppdrag', 'Nämn gärna familjerätten först.');
			expect(await comments.notice()).toBe('Kommentaren är skickad.');
			expect(await comments.comments(comments.thread('Inledning: Enhetens uppdrag'))).toEqual([
				{ author: 'Rut Redaktör', body: 'Nämn gärna familjerätten först.' }
			]);
			await comments.reopen(comments.thread(GOAL_THREAD));
			expect(await comments.notice()).toBe('Tråden är öppen igen.');
			expect(await comments.state(comments.thread(GOAL_THREAD))).toBe('Öppen');
			// axe needs JavaScript in the page: the same page is checked in the granskare's browser.
			const checked = new CommentsPage(gustav.page, server.url);
			await checked.open(UNIT, 2026);
			expect(await checked.threads('open').count()).toBe(3);
			await checked.expectAccessible('comments after the edits without JavaScript');

			// An editor of the committee comments but does not review.
			const refused = await rut.page.goto(`${server.url}/org/${COMMITTEE}/2026/oversikt`);
			expect(refused?.status()).toBe(403);

			// Three open threads now: the goal's again, the whole plan's and the section's.
			const overview = new OverviewPage(gustav.page, server.url);
			await overview.open(COMMITTEE, 2026);
			expect(await overview.openComments('Familjeenheten')).toBe('3');
			await overview.expectAccessible('overview with three open');
		} finally {
			await rut.close();
		}
	});
});
