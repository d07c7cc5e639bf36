import { execFile } from 'node:child_process';

/** A plan's PDF is read in well under a second; a minute means something is wrong with the file. */
const PDF_TIMEOUT_MS = 60_000;
const MAX_TEXT_BYTES = 64 * 1024 * 1024;

export type PdfRead = { ok: true; text: string } | { ok: false; reason: 'missing-tool' | 'unreadable' | 'timeout' };

/**
 * A PDF's text layer as Debian's poppler `pdftotext -layout` gives it: layout mode keeps a table
 * row's cells on one line at the header's column positions, which layoutTextToTabbed reads back;
 * raw mode would put each cell on lines of its own, with nothing telling an empty cell apart.
 */
export function pdfText(bytes: Uint8Array): Promise<PdfRead> {
	return new Promise((resolve) => {
		const child = execFile(
			'pdftotext',
			['-layout', '-enc', 'UTF-8', '-', '-'],
			{ encoding: 'utf8', timeout: PDF_TIMEOUT_MS, maxBuffer: MAX_TEXT_BYTES },
			(error, stdout) => {
				if (!error) return resolve({ ok: true, text: stdout });
				const e = error as NodeJS.ErrnoException & { killed?: boolean };
				if (e.code === 'ENOENT') return resolve({ ok: false, reason: 'missing-tool' });
				if (e.killed) return resolve({ ok: false, reason: 'timeout' });
				resolve({ ok: false, reason: 'unreadable' });
			}
		);
		// pdftotext may stop reading a broken file early: a closed pipe is its error to report, not ours.
		child.stdin?.on('error', () => {});
		child.stdin?.end(bytes);
	});
}
