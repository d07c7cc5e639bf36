import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CompilationStep, CompiledFile } from './compile-committee-documents';
import type { DocumentKindCode, RenderedFormat } from '../../domain/document/document-file';

/**
 * Committee compilations running in the background, so that a page can show their progress and a
 * link to the file when done. In memory, in this process: fine for one adapter-node server (the
 * self-hosted setup); several processes behind a load balancer would need a shared store.
 *
 * - A job has an unguessable id (128 random bits) and is bound to the users who asked for it: for
 *   anyone else it does not exist.
 * - One running job per organisation, year, kind and format: a second request joins the running one.
 * - At most `maxRunning` jobs compile at once (one by default: the render process of a PDF of 60
 *   units holds some 450 MB while it lays the file out, and the machine has few cores); the others
 *   wait their turn (status `queued`).
 * - The units are loaded on the server's thread, one at a time with a turn of the event loop
 *   between them; the file is rendered in a process of its own (`renderApart`), so other requests
 *   are answered meanwhile.
 * - A finished file is kept in a temporary directory for `keepMs` (an hour) after it is done, then
 *   removed with its job; a failed job is forgotten after the same time.
 */

export interface CompilationJobKey {
	organisationId: number;
	year: number;
	kind: DocumentKindCode;
	format: RenderedFormat;
}

export type CompilationJobStatus = 'queued' | 'running' | 'done' | 'failed';

/** What the job's page shows. */
export interface CompilationJobView {
	id: string;
	key: CompilationJobKey;
	status: CompilationJobStatus;
	/** Units built so far, of `total` (null until the first unit is built). */
	done: number;
	total: number | null;
	/** The unit last built. */
	unitName: string | null;
	/** True while the whole is turned into a file, after the last unit. */
	rendering: boolean;
	/** Once done. */
	file: { name: string; contentType: string; bytes: number } | null;
}

interface Job {
	view: CompilationJobView;
	users: Set<number>;
	/** The file on disk once done. */
	path: string | null;
	/** When it finished (done or failed), by the registry's clock. */
	finishedAt: number | null;
}

export interface CompilationJobsOptions {
	/** Milliseconds; injected by tests. */
	now?: () => number;
	/** How long a finished job and its file are kept. */
	keepMs?: number;
	maxRunning?: number;
	/** Where files go; a fresh temporary directory by default. */
	directory?: string;
	/** Where a failure is reported (the page shows a plain message, the log the cause). */
	log?: (message: string, cause: unknown) => void;
}

export type CompilationWork = (progress: (step: CompilationStep) => void) => Promise<CompiledFile>;

export interface CompilationJobs {
	/** Starts the compilation, or joins the running one for the same key; the job's id. */
	start(userId: number, key: CompilationJobKey, work: CompilationWork): string;
	/** The job as its page shows it; null when there is none by that id for this user. */
	get(id: string, userId: number): CompilationJobView | null;
	/** The finished file's path and name; null unless done and the user's. */
	file(id: string, userId: number): { path: string; name: string; contentType: string } | null;
	/** Removes finished jobs older than `keepMs` and their files (also done on every call above). */
	sweep(): Promise<void>;
	/** Waits for the job to finish (for tests and the benchmark). */
	settled(id: string): Promise<void>;
	/** Removes every file and the directory (tests). */
	close(): void;
}

export function createCompilationJobs(options: CompilationJobsOptions = {}): CompilationJobs {
	const now = options.now ?? Date.now;
	const keepMs = options.keepMs ?? 60 * 60 * 1000;
	const maxRunning = options.maxRunning ?? 1;
	const directory = options.directory ?? mkdtempSync(path.join(tmpdir(), 'verksam-compilations-'));
	const log = options.log ?? ((message, cause) => console.error(message, cause));
	const jobs = new Map<string, Job>();
	const finished = new Map<string, Promise<void>>();
	const waiting: (() => void)[] = [];
	let running = 0;

	const sameKey = (a: CompilationJobKey, b: CompilationJobKey) =>
		a.organisationId === b.organisationId && a.year === b.year && a.kind === b.kind && a.format === b.format;

	/** Takes a free slot at once, so that a job that need not wait is `running` when `start` returns. */
	function takeSlot(): boolean {
		if (running >= maxRunning) return false;
		running += 1;
		return true;
	}

	/** A slot handed over by a job that ends (`running` stays the same). */
	function waitForSlot(): Promise<void> {
		return new Promise<void>((resolve) => waiting.push(resolve));
	}

	function release(): void {
		const next = waiting.shift();
		if (next) next();
		else running -= 1;
	}

	async function run(id: string, job: Job, work: CompilationWork): Promise<void> {
		if (!takeSlot()) await waitForSlot();
		job.view.status = 'running';
		try {
			const file = await work((step) => {
				job.view.total = step.total;
				if (step.phase === 'unit') {
					job.view.done = step.done;
					job.view.unitName = step.unitName;
				} else job.view.rendering = true;
			});
			const filePath = path.join(directory, id);
			await writeFile(filePath, file.bytes);
			job.path = filePath;
			job.view.file = { name: file.fileName, contentType: file.contentType, bytes: file.bytes.byteLength };
			job.view.status = 'done';
		} catch (cause) {
			log(`The compilation ${JSON.stringify(job.view.key)} failed:`, cause);
			job.view.status = 'failed';
		} finally {
			job.view.rendering = false;
			job.finishedAt = now();
			release();
		}
	}

	function expired(job: Job): boolean {
		return job.finishedAt !== null && now() - job.finishedAt >= keepMs;
	}

	/** Files being removed, so that a sweep returns only once the earlier ones are gone too. */
	const removing = new Set<Promise<void>>();

	async function sweep(): Promise<void> {
		for (const [id, job] of jobs) {
			if (!expired(job)) continue;
			jobs.delete(id);
			finished.delete(id);
			if (job.path) {
				const removal = rm(job.path, { force: true }).finally(() => removing.delete(removal));
				removing.add(removal);
			}
		}
		await Promise.all(removing);
	}

	function ownJob(id: string, userId: number): Job | null {
		void sweep();
		const job = jobs.get(id);
		return job && !expired(job) && job.users.has(userId) ? job : null;
	}

	return {
		start(userId, key, work) {
			void sweep();
			for (const [id, job] of jobs) {
				if ((job.view.status === 'queued' || job.view.status === 'running') && sameKey(job.view.key, key)) {
					job.users.add(userId);
					return id;
				}
			}
			const id = randomBytes(16).toString('base64url');
			const job: Job = {
				view: { id, key, status: 'queued', done: 0, total: null, unitName: null, rendering: false, file: null },
				users: new Set([userId]),
				path: null,
				finishedAt: null
			};
			jobs.set(id, job);
			finished.set(id, run(id, job, work));
			return id;
		},
		get(id, userId) {
			const job = ownJob(id, userId);
			return job ? structuredClone(job.view) : null;
		},
		file(id, userId) {
			const job = ownJob(id, userId);
			if (!job || job.view.status !== 'done' || !job.path || !job.view.file) return null;
			return { path: job.path, name: job.view.file.name, contentType: job.view.file.contentType };
		},
		sweep,
		async settled(id) {
			await finished.get(id);
		},
		close() {
			jobs.clear();
			rmSync(directory, { recursive: true, force: true });
		}
	};
}

let shared: CompilationJobs | null = null;

/** The server's one registry; finished files are also swept every few minutes when nobody asks, and all at exit. */
export function compilationJobs(): CompilationJobs {
	if (!shared) {
		const jobs = createCompilationJobs();
		setInterval(() => void jobs.sweep(), 5 * 60 * 1000).unref();
		// The files are of no use to the next process: leave nothing behind in the temporary directory.
		process.once('exit', () => jobs.close());
		shared = jobs;
	}
	return shared;
}
