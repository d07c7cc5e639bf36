import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../db/client';
import type { DocumentModel } from '../../domain/document/document-model';
import type { RenderedFormat } from '../../domain/document/document-file';

export interface RenderedApart {
	bytes: Uint8Array;
	/** The render process's peak resident memory. */
	peakRssBytes: number;
}

/**
 * Renders a document in a process of its own (bin/render-document.js). A committee's compilation
 * of hundreds of pages takes seconds of synchronous layout and hundreds of MB: in the server's own
 * process nobody else would get an answer meanwhile, and the memory would stay with the server.
 * Starting the process costs about half a second, so single documents are rendered in place.
 */
export function renderApart(model: DocumentModel, format: RenderedFormat, options: { timeoutMs?: number } = {}): Promise<RenderedApart> {
	const root = projectRoot();
	const child = spawn(process.execPath, [path.join(root, 'bin', 'render-document.js')], {
		cwd: root,
		stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
		timeout: options.timeoutMs ?? 10 * 60_000
	});
	const output: Buffer[] = [];
	const errors: Buffer[] = [];
	const report: Buffer[] = [];
	child.stdout!.on('data', (chunk: Buffer) => output.push(chunk));
	child.stderr!.on('data', (chunk: Buffer) => errors.push(chunk));
	(child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => report.push(chunk));
	child.stdin!.on('error', () => {}); // a child that dies early closes its stdin; its exit code says why
	child.stdin!.end(JSON.stringify({ format, model }));
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code, signal) => {
			if (code !== 0) {
				const why = Buffer.concat(errors).toString('utf8').trim() || (signal ? `stoppad (${signal})` : `slutkod ${code}`);
				reject(new Error(`Dokumentet kunde inte skapas: ${why}`));
				return;
			}
			const { peakRssBytes } = JSON.parse(Buffer.concat(report).toString('utf8') || '{"peakRssBytes":0}') as { peakRssBytes: number };
			const bytes = Buffer.concat(output);
			resolve({ bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), peakRssBytes });
		});
	});
}
