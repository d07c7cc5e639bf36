import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { startServer, type RunningServer } from './support/server';
import { formFields, fuzzBody, hostileText, type Field, type FuzzBody } from './support/fuzz-payloads';
import { harvestForms } from './support/html-forms';
import { pgliteWatch, postgresWatch, type DataMark, type DataWatch } from './support/data-watch';
import { rawRequest as rawPost } from './support/raw-http';
import { routePolicies } from '../../src/lib/server/policies/route-policies';
import { sessionCookieName } from '../../src/lib/server/auth/session-token';
import { demoPassword } from '../../src/lib/server/demo/demo-users';

vi.setConfig({ testTimeout: 600_000 });

/** Fixed, so a failure reproduces; printed with every failure by fast-check, and once here. */
const SEED = 20261202;
/** Runs per form action for a user who may use it, and for one who may not, on each database. */
const RUNS_ALLOWED = Number(process.env.VERKSAM_FUZZ_RUNS ?? 1);
const RUNS_REFUSED = 1;

/** Every route directory with a +server.ts (an endpoint), as SvelteKit names it. */
function endpointRouteIds(dir = 'src/routes', id = ''): string[] {
	const found: string[] = [];
	const entries = readdirSync(dir);
	if (entries.includes('+server.ts')) found.push(id || '/');
	for (const entry of entries) {
		const full = path.join(dir, entry);
		if (statSync(full).isDirectory()) found.push(...endpointRouteIds(full, `${id}/${entry}`));
	}
	return found;
}

/** Which demo organisation each route is fuzzed on: one where admin holds the permission and lasare does not. */
function slugFor(routeId: string): string {
	if (routeId === '/org/[slug]' || routeId.startsWith('/org/[slug]/malmodell') || routeId.startsWith('/org/[slug]/anvandare') || routeId.startsWith('/org/[slug]/installningar') || routeId.startsWith('/org/[slug]/logg')) return 'exempelstad';
	if (routeId.includes('/ramverk')) return 'norrvikens-stadsdelsnamnd';
	return 'familjeenheten';
}

interface Ids {
	goal: string;
	indicator: string;
	decision: string;
	historyTable: string;
	historyKey: string;
}

/** The URL of a route in the demo city; throws for a parameter it has no value for, so a new route cannot go unfuzzed. */
function concretePath(routeId: string, ids: Ids): string {
	const values: Record<string, string> = {
		'[slug]': slugFor(routeId),
		'[year]': '2026',
		'[period=period]': 't2',
		'[format=docformat]': 'pdf',
		'[job]': 'finns-inte',
		'[table]': ids.historyTable,
		'[key]': ids.historyKey,
		'[id]': routeId.startsWith('/mal/') ? ids.goal : routeId.includes('faststalld') ? ids.decision : ids.indicator
	};
	return routeId.replace(/\[[^\]]+\]/g, (param) => {
		const value = values[param];
		if (!value) throw new Error(`The fuzz test has no value for ${param} in ${routeId}: add one to concretePath.`);
		return value;
	});
}

/** The demo account that holds a requirement on the organisation slugFor gives: the one the fuzzer posts as "allowed". */
function allowedUser(requirement: string): 'admin' | 'enhetschef' | 'granskare' {
	if (['editPlan', 'submitPlan', 'restoreItem', 'editForecast', 'importOutcomes'].includes(requirement)) return 'enhetschef';
	if (['returnPlan', 'approvePlan', 'reopenPlan'].includes(requirement)) return 'granskare';
	return 'admin';
}

/** Actions that move a plan through its workflow: fuzzed after the others, as they may leave the plan no longer editable. */
const workflowActions = new Set(['submitPlan', 'returnPlan', 'approvePlan', 'reopenPlan']);

/** What a fuzzed body held, short enough for a failure message: each field's name and its value's start and length. */
function describeBody(body: FuzzBody): string {
	const fields = body.kind === 'urlencoded' ? [...new URLSearchParams(body.body as string)] : body.body instanceof FormData ? [...body.body].map(([n, v]) => [n, typeof v === 'string' ? v : '(file)']) : null;
	if (!fields) return typeof body.body === 'string' ? body.body.slice(0, 200) : body.kind;
	return fields.map(([name, value]) => `${JSON.stringify(name)}=${JSON.stringify(value.slice(0, 20))}${value.length > 20 ? `…(${value.length} chars)` : ''}`).join(' ');
}

interface Client {
	cookie: string;
}

const drivers = [
	{ name: 'PostgreSQL', watch: postgresWatch },
	{ name: 'PGlite', watch: async () => pgliteWatch() }
];

describe.sequential.each(drivers)('hostile input to every form action and endpoint ($name)', ({ watch }) => {
	let server: RunningServer;
	let data: DataWatch;
	let ids: Ids;
	const clients: Record<string, Client> = {};

	async function signIn(username: string): Promise<Client> {
		const response = await fetch(`${server.url}/logga-in`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ username, password: demoPassword })
		});
		const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${sessionCookieName}=`));
		if (!cookie) throw new Error(`Could not sign in as ${username} (${response.status})`);
		return { cookie: cookie.split(';')[0] };
	}

	async function get(client: Client, pathname: string): Promise<string> {
		const response = await fetch(`${server.url}${pathname}`, { headers: { cookie: client.cookie }, redirect: 'manual' });
		if (response.status !== 200) throw new Error(`GET ${pathname}: ${response.status}`);
		return response.text();
	}

	/** What every data table holds now (support/data-watch.ts): any committed insert, update or delete changes it. */
	const fingerprint = () => data.mark();
	/** Whether the data changed between two fingerprints. */
	const changed = async (before: DataMark, after: DataMark) => !(await data.same(before, after));

	async function send(client: Client | null, pathname: string, body: FuzzBody) {
		const headers: Record<string, string> = { origin: server.url };
		if (client) headers.cookie = client.cookie;
		if (body.contentType) headers['content-type'] = body.contentType;
		if (body.enhanced) {
			headers.accept = 'application/json';
			headers['x-sveltekit-action'] = 'true';
		} else headers.accept = 'text/html';
		const response = await fetch(`${server.url}${pathname}`, { method: 'POST', headers, body: body.body, redirect: 'manual', signal: AbortSignal.timeout(20_000) });
		return { status: response.status, type: response.headers.get('content-type') ?? '', location: response.headers.get('location'), text: await response.text() };
	}

	/** Whether the action ran to its end: not refused, not failed, not sent to sign in. */
	function carriedOut(answer: { status: number; type: string; location: string | null; text: string }): boolean {
		if (answer.status >= 400) return false;
		if (answer.location?.startsWith('/logga-in')) return false;
		if (answer.type.includes('application/json')) {
			const parsed = JSON.parse(answer.text) as { type?: string; location?: string };
			return parsed.type === 'success' || (parsed.type === 'redirect' && !parsed.location?.startsWith('/logga-in'));
		}
		return true;
	}

	/** Why an answer is not a proper page, action result, redirect or refusal; null when it is. */
	function improper(answer: { status: number; type: string; location: string | null; text: string }): string | null {
		if (answer.status >= 500) return `status ${answer.status}: ${answer.text.slice(0, 300)}`;
		if (answer.status >= 300 && answer.status < 400) return answer.location ? null : 'a redirect without a Location';
		if (answer.type.includes('application/json')) {
			try {
				const parsed = JSON.parse(answer.text) as { type?: string };
				return ['success', 'failure', 'redirect', 'error'].includes(parsed.type ?? '') || answer.status >= 400 ? null : `JSON without a result type: ${answer.text.slice(0, 200)}`;
			} catch {
				return 'JSON that does not parse';
			}
		}
		if (answer.type.includes('text/html')) return /<\/html>\s*$/.test(answer.text) ? null : 'a page cut short';
		// SvelteKit's own plain-text refusals (405, 415, a cross-site post).
		if (answer.status >= 400 && answer.text.length > 0) return null;
		return `status ${answer.status} with ${answer.type || 'no content type'}`;
	}

	beforeAll(async () => {
		data = await watch();
		// Reading PGlite's data takes seconds between two requests: a kept-alive connection must not time out on the
		// server's side just as fetch reuses it (it would be closed under the next request). fetch keeps it a second less.
		server = await startServer({ ...data.serverOptions, env: { KEEP_ALIVE_TIMEOUT: '60' } });
		console.log(`[fuzz] ${data.name}, seed ${SEED}`);

		for (const name of ['admin', 'enhetschef', 'granskare', 'lasare']) clients[name] = await signIn(name);
		const [goalRow] = await data.query<{ id: string }>(
			`select g.id::text from goals g join organisations o on o.id = g.organisation_id where o.slug = 'familjeenheten' and g.year = 2026 order by g.id limit 1`
		);
		const goal = goalRow?.id;
		const history = await get(clients.admin, '/org/familjeenheten/2026/historik');
		const item = /href="\/org\/familjeenheten\/2026\/historik\/([^/"]+)\/([^/"?]+)"/.exec(history);
		const status = await get(clients.admin, '/org/familjeenheten/2025/status');
		const decision = /\/faststalld\/(\d+)/.exec(status)?.[1];
		const [indicator] = await data.query<{ id: string }>(`select id::text from indicators order by id limit 1`);
		if (!goal || !item || !decision) throw new Error(`Demo ids not found: goal ${goal}, history ${item?.[0]}, decision ${decision}`);
		ids = { goal, indicator: indicator.id, decision: decision, historyTable: item[1], historyKey: item[2] };
	});

	afterAll(async () => {
		await server?.stop();
		await data?.close();
	});

	const rank = (a: { routeId: string; requirement: string }) => (a.routeId.startsWith('/logga-') ? 2 : workflowActions.has(a.requirement) ? 1 : 0);
	/** Every form action, workflow steps next to last, signing in and out last: they end sessions and count failed sign-ins. */
	const actions = Object.entries(routePolicies)
		.flatMap(([routeId, policy]) => Object.entries(policy.actions ?? {}).map(([action, requirement]) => ({ routeId, action, requirement })))
		.sort((a, b) => rank(a) - rank(b));

	it('lists every form action and endpoint it fuzzes, with a URL in the demo city', () => {
		const sample: Ids = { goal: '1', indicator: '1', decision: '1', historyTable: 'goals', historyKey: '1' };
		const routes = [...new Set([...actions.map((a) => a.routeId), ...endpointRouteIds()])];
		for (const routeId of routes) expect(concretePath(routeId, sample)).toMatch(/^\/[^[\]]*$/);
		// Every endpoint is in the table the fuzzer reads its routes from.
		expect(endpointRouteIds().filter((id) => !routePolicies[id])).toEqual([]);
		expect(actions.length).toBeGreaterThan(50);
	});

	/** Over a raw socket: the answer's status line, headers and body (see support/raw-http.ts). */
	const rawRequest = (head: string, body: Buffer) => rawPost(server.url, head, body);

	const tooLarge = (mb: number) => `Det du skickade är för stort. Här tas högst ${mb} MB emot.`;

	/**
	 * Announces a multipart upload of `bytes` and sends none of it: the answer comes before any of the
	 * body is read. (A client still sending a body over the limit may see the connection cut after
	 * the 413, as the server reads no more of it; fetch then reports a reset rather than the answer.)
	 */
	function announceUpload(pathname: string, bytes: number): Promise<string> {
		const host = new URL(server.url).host;
		return rawRequest(
			`POST ${pathname} HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${server.url}\r\nCookie: ${editor.cookie}\r\nAccept: text/html\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: ${bytes}\r\nConnection: close\r\n\r\n`,
			Buffer.alloc(0)
		);
	}

	async function upload(pathname: string, file: Blob, fileName: string) {
		const form = new FormData();
		form.append('file', file, fileName);
		const response = await fetch(`${server.url}${pathname}`, {
			method: 'POST',
			headers: { origin: server.url, cookie: editor.cookie, accept: 'text/html' },
			body: form,
			redirect: 'manual'
		});
		return { status: response.status, text: await response.text() };
	}

	/** The input-limit tests sign in for themselves (the fuzz tests end sessions), as familjeenheten's editor. */
	let editor: Client;
	it('signs in the editor of familjeenheten for the input-limit tests', async () => {
		editor = await signIn('enhetschef');
		expect(editor.cookie).toMatch(new RegExp(`^${sessionCookieName}=`));
	});

	it('refuses a form body over 1 MB with 413 and a Swedish message, storing nothing', async () => {
		const before = await fingerprint();
		const host = new URL(server.url).host;
		// Over a raw socket that closes after the answer: a keep-alive connection whose refused body was
		// not read is of no use for a next request (see the README, Input limits).
		const body = Buffer.from(`handler=${'a'.repeat(1024 * 1024)}`);
		const answer = await rawRequest(
			`POST /org/familjeenheten/2026?/saveHeader HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${server.url}\r\nCookie: ${editor.cookie}\r\nAccept: text/html\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
			body
		);
		expect(answer).toMatch(/^HTTP\/1\.1 413 /);
		expect(answer).toContain(tooLarge(1));
		expect(await changed(before, await fingerprint())).toBe(false);
	});

	it('refuses a body that streams past its limit without a Content-Length', async () => {
		const host = new URL(server.url).host;
		// 40 chunks of 64 kB = 2.5 MB, over the form limit of 1 MB. Sent over a raw socket: the server answers
		// after the first 1 MB and reads no more, so the client must read the answer while it still sends.
		const piece = Buffer.from('a'.repeat(64 * 1024));
		const chunk = Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]);
		const body = Buffer.concat([...new Array(40).fill(chunk), Buffer.from('0\r\n\r\n')]);
		const answer = await rawRequest(
			`POST /org/familjeenheten/2026?/saveHeader HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${server.url}\r\nCookie: ${editor.cookie}\r\nAccept: text/html\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n`,
			body
		);
		expect(answer).toMatch(/^HTTP\/1\.1 413 /);
		expect(answer).toContain(tooLarge(1));
	});

	it('refuses a Content-Length over the limit at once, whatever follows, and reads no more than a smaller one claims', async () => {
		const before = await fingerprint();
		const host = new URL(server.url).host;
		const head = (length: number) =>
			`POST /org/familjeenheten/2026?/saveHeader HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${server.url}\r\nCookie: ${editor.cookie}\r\nAccept: text/html\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n`;
		// Claims 50 MB, sends 9 bytes: refused on the claim, without waiting for the rest.
		const claimed = await rawRequest(head(50_000_000), Buffer.from('handler=x'));
		expect(claimed).toMatch(/^HTTP\/1\.1 413 /);
		expect(claimed).toContain(tooLarge(1));
		// Claims 9 bytes, sends 1 kB more: the request is the 9 bytes (an incomplete save form, refused at its
		// fields), the rest is no request (Node answers it 400). Not megabytes: a server closing a socket with
		// bytes still unread resets it, and the reset can arrive before the answer is read.
		const understated = await rawRequest(head(9), Buffer.from(`handler=x${'b'.repeat(1024)}`));
		expect(understated).toMatch(/^HTTP\/1\.1 (400|409) /);
		expect(await changed(before, await fingerprint())).toBe(false);
	});

	it('refuses an outcome spreadsheet over 5 MB with 413, and a file that is no spreadsheet by its content whatever its name', async () => {
		const importPath = '/org/familjeenheten/2026/utfall/t2/import';
		const before = await fingerprint();
		const big = await announceUpload(importPath, 6 * 1024 * 1024);
		expect(big).toMatch(/^HTTP\/1\.1 413 /);
		expect(big).toContain(tooLarge(5));
		// A PNG named .xlsx.
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		const wrong = await upload(importPath, new Blob([png]), 'utfall.xlsx');
		expect(wrong.status).toBe(400);
		expect(wrong.text).toContain('Filen är varken en Excel-arbetsbok (.xlsx) eller en CSV-fil.');
		expect(await changed(before, await fingerprint())).toBe(false);
	});

	it('refuses a plan document over 20 MB with 413, and a zip that is no Word document by its content', async () => {
		const readPath = '/org/familjeenheten/2026/importera?/read';
		const big = await announceUpload(readPath, 21 * 1024 * 1024);
		expect(big).toMatch(/^HTTP\/1\.1 413 /);
		expect(big).toContain(tooLarge(20));
		// A zip archive holding one text file, named .docx.
		const zip = zipSync({ 'hej.txt': strToU8('hej') });
		const wrong = await upload(readPath, new Blob([zip]), 'plan.docx');
		expect(wrong.status).toBe(400);
		expect(wrong.text).toContain('är en zip-fil men inget Word-dokument (.docx).');
	});

	it('answers every form action with a page, a result or a refusal, never a server error, and stores nothing it refuses', async () => {
		const problems: string[] = [];
		const pages = new Map<string, Map<string, Field[][]>>();
		let last = await fingerprint();
		// VERKSAM_FUZZ_ONLY=saveGoal: only the actions whose URL matches (to reproduce one failure quickly).
		const only = new RegExp(process.env.VERKSAM_FUZZ_ONLY ?? '');
		for (const { routeId, action, requirement } of actions.filter((a) => only.test(`${concretePath(a.routeId, ids)}?/${a.action}`))) {
			const pathname = concretePath(routeId, ids);
			const target = `${pathname}${action === 'default' ? '' : `?/${action}`}`;
			const signsOut = routeId === '/logga-ut';
			const allowed = allowedUser(requirement);
			// The forms the page shows for this action (the last one: on the users page the first is admin's own).
			let known: Field[] = [];
			try {
				if (!pages.has(`${allowed} ${pathname}`)) pages.set(`${allowed} ${pathname}`, harvestForms(await get(clients[allowed], pathname)));
				known = pages.get(`${allowed} ${pathname}`)!.get(action)?.at(-1) ?? [];
			} catch {
				// A page that is not there for admin (e.g. a plan's status page before the plan exists): fields from nothing.
			}
			if (known.length === 0) known = [['id', ids.goal], ['version', '1']];
			const started = Date.now();
			for (const who of [allowed, 'lasare', 'nobody'] as const) {
				const refused = who === 'nobody' ? requirement !== 'public' : who === 'lasare' && requirement !== 'public' && requirement !== 'signedIn';
				const runs = who === allowed ? RUNS_ALLOWED : RUNS_REFUSED;
				await fc.assert(
					fc.asyncProperty(formFields(known).chain(fuzzBody), async (body) => {
						const client = who === 'nobody' ? null : signsOut ? await signIn(who) : clients[who];
						// Signing in records itself (the user's last sign-in): the fingerprint to compare with is taken after it.
						const before = signsOut ? (last = await fingerprint()) : last;
						let answer: Awaited<ReturnType<typeof send>>;
						const sentAt = Date.now();
						try {
							answer = await send(client, target, body);
							const took = Date.now() - sentAt;
							if (took > 1000) console.log(`[fuzz] slow: ${who} ${target} ${body.kind} ${typeof body.body === 'string' ? body.body.length : '?'} chars → ${answer.status} in ${took} ms`);
						} catch (error) {
							const alive = await fetch(server.url).then((r) => r.status, () => 'gone');
							last = await fingerprint();
							problems.push(`${who} POST ${target} (${body.kind}): no answer (${String((error as Error).cause ?? error)}); the server afterwards: ${alive}`);
							return;
						}
						const after = (last = await fingerprint());
						const label = `${who} POST ${target} (${body.kind}${body.enhanced ? ', enhanced' : ''}) → ${answer.status}`;
						const problem = improper(answer);
						const sent = ` [sent: ${describeBody(body)}]`;
						if (problem) return void problems.push(`${label}: ${problem}${sent}`);
						const done = carriedOut(answer);
						if (!done && (await changed(before, after))) problems.push(`${label}: the data changed although the request was refused`);
						if (refused && done) problems.push(`${label}: carried out for a user without the permission`);
					}),
					{ seed: SEED, numRuns: runs }
				);
			}
			console.log(`[fuzz] ${target}: ${Date.now() - started} ms`);
		}
		// The server's own log (its stack traces) says why, when something failed.
		expect(problems, problems.length ? server.output().slice(-4000) : '').toEqual([]);
	});

	it('answers every endpoint, whatever its query and method, never with a server error', async () => {
		const problems: string[] = [];
		for (const routeId of endpointRouteIds()) {
			const pathname = concretePath(routeId, ids);
			await fc.assert(
				fc.asyncProperty(fc.array(fc.tuple(fc.string({ maxLength: 10 }), hostileText), { maxLength: 4 }), fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'), async (query, method) => {
					const search = new URLSearchParams(query).toString();
					const before = await fingerprint();
					const response = await fetch(`${server.url}${pathname}${search ? `?${search}` : ''}`, {
						method,
						headers: { cookie: clients.admin.cookie, origin: server.url },
						redirect: 'manual'
					});
					const text = await response.text();
					if (response.status >= 500) problems.push(`${method} ${pathname}?${search} → ${response.status}: ${text.slice(0, 300)}`);
					if (method !== 'GET' && (await changed(before, await fingerprint()))) problems.push(`${method} ${pathname}: the data changed`);
				}),
				{ seed: SEED, numRuns: 6 }
			);
		}
		expect(problems).toEqual([]);
	});
});
