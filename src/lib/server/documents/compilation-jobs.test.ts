import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCompilationJobs, type CompilationJobs, type CompilationWork } from './compilation-jobs';
import type { CompilationStep, CompiledFile } from './compile-committee-documents';

const key = { organisationId: 7, year: 2026, kind: 'vp', format: 'pdf' } as const;
const alice = 1;
const bob = 2;

function compiled(text = '%PDF-1.7 test'): CompiledFile {
	return {
		bytes: new TextEncoder().encode(text),
		fileName: 'Verksamhetsplaner 2026 – Norra nämnden.pdf',
		contentType: 'application/pdf',
		title: 'Verksamhetsplaner 2026 – Norra nämnden',
		included: [],
		missing: [],
		preface: [],
		renderPeakRssBytes: 0
	};
}

/** Work the test finishes by hand: it reports the steps it is given, then resolves or fails. */
function controlled() {
	let report: (step: CompilationStep) => void = () => {};
	let finish: (file: CompiledFile) => void = () => {};
	let fail: (cause: unknown) => void = () => {};
	let started = false;
	const work: CompilationWork = (progress) => {
		started = true;
		report = progress;
		return new Promise<CompiledFile>((resolve, reject) => {
			finish = resolve;
			fail = reject;
		});
	};
	return {
		work,
		get started() {
			return started;
		},
		step: (s: CompilationStep) => report(s),
		finish: (file = compiled()) => finish(file),
		fail: (cause: unknown) => fail(cause)
	};
}

/** Lets the registry's promise chain (slot, work, writing the file) move on. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('the compilation jobs', () => {
	let jobs: CompilationJobs;
	let clock = 0;
	const logged: string[] = [];
	function registry(maxRunning = 2) {
		clock = 1_000_000;
		jobs = createCompilationJobs({
			now: () => clock,
			keepMs: 60 * 60 * 1000,
			maxRunning,
			directory: mkdtempSync(path.join(tmpdir(), 'verksam-jobs-test-')),
			log: (message) => logged.push(message)
		});
		return jobs;
	}
	afterEach(() => jobs?.close());

	it('shows progress to the user who started it, and to nobody else', async () => {
		registry();
		const work = controlled();
		const id = jobs.start(alice, key, work.work);
		expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/); // 16 random bytes in base64url
		// A free slot: running as soon as it is started, not shown as waiting for others.
		expect(jobs.get(id, alice)).toMatchObject({ status: 'running', done: 0, total: null, unitName: null, rendering: false, file: null });
		expect(jobs.get(id, bob)).toBeNull();
		expect(jobs.get('an-id-that-does-not-exist', alice)).toBeNull();

		work.step({ phase: 'unit', done: 12, total: 60, unitName: 'Solrosens förskola' });
		expect(jobs.get(id, alice)).toMatchObject({ status: 'running', done: 12, total: 60, unitName: 'Solrosens förskola', rendering: false });
		work.step({ phase: 'render', total: 60 });
		expect(jobs.get(id, alice)).toMatchObject({ rendering: true });

		work.finish();
		await jobs.settled(id);
		const done = jobs.get(id, alice)!;
		expect(done.status).toBe('done');
		expect(done.rendering).toBe(false);
		expect(done.file).toEqual({ name: 'Verksamhetsplaner 2026 – Norra nämnden.pdf', contentType: 'application/pdf', bytes: 13 }); // '%PDF-1.7 test' is 13 bytes
		const file = jobs.file(id, alice)!;
		expect(readFileSync(file.path, 'latin1')).toBe('%PDF-1.7 test');
		expect(jobs.file(id, bob)).toBeNull();
	});

	it('a second request for the same compilation joins the running one; another kind or format is a job of its own', async () => {
		registry();
		const first = controlled();
		const second = controlled();
		const id = jobs.start(alice, key, first.work);
		expect(jobs.start(bob, key, second.work)).toBe(id);
		await tick();
		expect(second.started).toBe(false);
		expect(jobs.get(id, bob)).toMatchObject({ status: 'running' });

		const word = controlled();
		const wordId = jobs.start(bob, { ...key, format: 'docx' }, word.work);
		expect(wordId).not.toBe(id);
		expect(jobs.get(wordId, alice)).toBeNull();

		first.finish();
		await jobs.settled(id);
		expect(jobs.file(id, bob)).not.toBeNull();
		// Once done, a new request starts afresh (the data may have changed since).
		const again = controlled();
		const againId = jobs.start(alice, key, again.work);
		expect(againId).not.toBe(id);
		await tick();
		word.finish();
		again.finish();
		await Promise.all([jobs.settled(wordId), jobs.settled(againId)]);
	});

	it('runs at most maxRunning jobs at once; the next waits its turn', async () => {
		registry(1);
		const a = controlled();
		const b = controlled();
		const idA = jobs.start(alice, key, a.work);
		const idB = jobs.start(alice, { ...key, kind: 't1' }, b.work);
		expect(jobs.get(idB, alice)?.status).toBe('queued');
		await tick();
		expect(jobs.get(idA, alice)?.status).toBe('running');
		expect(jobs.get(idB, alice)?.status).toBe('queued');
		expect(b.started).toBe(false);
		a.finish();
		await jobs.settled(idA);
		await tick();
		expect(b.started).toBe(true);
		expect(jobs.get(idB, alice)?.status).toBe('running');
		b.finish();
		await jobs.settled(idB);
		expect(jobs.get(idB, alice)?.status).toBe('done');
	});

	it('a failure shows as failed, is logged, and frees the slot', async () => {
		registry(1);
		const broken = controlled();
		const id = jobs.start(alice, key, broken.work);
		await tick();
		broken.fail(new Error('the renderer ran out of memory'));
		await jobs.settled(id);
		expect(jobs.get(id, alice)).toMatchObject({ status: 'failed', file: null });
		expect(jobs.file(id, alice)).toBeNull();
		expect(logged.at(-1)).toContain('failed');
		const next = controlled();
		const nextId = jobs.start(alice, key, next.work);
		expect(nextId).not.toBe(id);
		await tick();
		expect(next.started).toBe(true);
		next.finish();
		await jobs.settled(nextId);
	});

	it('keeps a finished file for an hour, then removes it with its job', async () => {
		registry();
		const work = controlled();
		const id = jobs.start(alice, key, work.work);
		await tick();
		work.finish();
		await jobs.settled(id);
		const file = jobs.file(id, alice)!;
		expect(existsSync(file.path)).toBe(true);

		clock += 60 * 60 * 1000 - 1; // one millisecond short of an hour after it finished
		await jobs.sweep();
		expect(jobs.get(id, alice)?.status).toBe('done');
		expect(existsSync(file.path)).toBe(true);

		clock += 1; // an hour
		expect(jobs.get(id, alice)).toBeNull();
		expect(jobs.file(id, alice)).toBeNull();
		await jobs.sweep();
		expect(existsSync(file.path)).toBe(false);
	});
});
