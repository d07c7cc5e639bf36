import { writeSync } from 'node:fs';
import { text } from 'node:stream/consumers';
import { z } from 'zod';
import { renderPdf } from './render-pdf';
import { renderDocx } from './render-docx';
import { renderedFormats } from '../../domain/document/document-file';
import type { DocumentModel } from '../../domain/document/document-model';

/**
 * The render process's program (started by bin/render-document.js for `renderApart`): reads
 * {format, model} on stdin, writes the file to stdout and its peak memory to fd 3; a failure goes
 * to stderr with exit code 1. The model comes from our own server, built by the domain's builder.
 */
const request = z.object({
	format: z.enum(renderedFormats),
	model: z.custom<DocumentModel>((value) => typeof value === 'object' && value !== null && Array.isArray((value as { body?: unknown }).body))
});

try {
	const { format, model } = request.parse(JSON.parse(await text(process.stdin)));
	const bytes = format === 'pdf' ? await renderPdf(model) : await renderDocx(model);
	await new Promise<void>((resolve, reject) => process.stdout.write(bytes, (error) => (error ? reject(error) : resolve())));
	// maxRSS is in kilobytes on Linux.
	writeSync(3, JSON.stringify({ peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
} catch (error) {
	process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
	process.exitCode = 1;
}
