import { execFileSync } from 'node:child_process';

/**
 * A PDF's text as poppler's pdftotext reads it, whitespace normalised so lines wrapped in cells join
 * up again. -raw: in the order the text is drawn (cell by cell, row by row), not guessed from positions.
 */
export function pdfText(pdf: Uint8Array): string {
	return normalisedText(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}

/** All whitespace as single spaces. */
export function normalisedText(text: string): string {
	return text.replace(/\s+/g, ' ');
}
