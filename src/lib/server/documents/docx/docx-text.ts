import { TextRun, type IRunOptions } from 'docx';

/** A text's runs with its single line breaks kept: each line after the first starts with a break. */
export function textRuns(text: string, options: Omit<IRunOptions, 'text' | 'break' | 'children'> = {}): TextRun[] {
	return text.split(/\r?\n/).map((line, index) => new TextRun({ ...options, text: line, break: index === 0 ? undefined : 1 }));
}

/** A colour as Word writes it: hex without '#'. */
export function wordColour(hex: string): string {
	return hex.replace(/^#/, '').toUpperCase();
}
