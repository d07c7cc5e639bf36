/**
 * Text from a PDF as poppler's `pdftotext -layout` lays it out → the tab-separated text the plan
 * parser reads. Layout mode keeps a table row's cells side by side on the row's first line, at the
 * header's column positions; cells wrapped onto further lines stay in their columns. Words are put
 * in the column whose header starts at or before them, and wrapped lines join their row.
 * Elsewhere a gap of three or more spaces separates cells (budget tables, contents' page numbers).
 */

const TABLE_FIRST_CELL = /^(?:(?:KF:s|Nämndens|Enhetens)\s+)?(?:indikator(?:er)?|aktivitet(?:er)?)\s/i;
const COLUMN_NAMES = ['KF:s årsmål', 'Årsmål', 'Periodicitet', 'Startdatum', 'Slutdatum'];

interface Column {
	name: string;
	start: number;
}

/** The columns of an indicator or activity table's header row, or null for any other line. */
export function layoutTableColumns(line: string): Column[] | null {
	const indent = line.length - line.trimStart().length;
	const first = TABLE_FIRST_CELL.exec(line.trimStart());
	if (!first) return null;
	const columns: Column[] = [{ name: first[0].trim(), start: indent }];
	let rest = line;
	for (const name of COLUMN_NAMES) {
		const at = rest.indexOf(name, indent + first[0].length - 1);
		if (at < 0) continue;
		columns.push({ name, start: at });
		// Blank out the found name so "Årsmål" is not found again inside "KF:s årsmål".
		rest = rest.slice(0, at) + ' '.repeat(name.length) + rest.slice(at + name.length);
	}
	if (columns.length < 2) return null;
	return columns.sort((a, b) => a.start - b.start);
}

/** A layout line's words in the table's columns (a word belongs to the last column starting at or before it). */
function cellsOf(line: string, columns: Column[]): string[] {
	const cells = columns.map(() => '');
	let end = -2;
	for (const m of line.matchAll(/\S+/g)) {
		const at = m.index ?? 0;
		// Slack: a right-aligned or centred value may start just before its header (two characters
		// after a wide gap), and layout's character grid rounds a position by one ("6 % Tertial",
		// Tertial one left of Periodicitet). "6 %" stays together: its "%" is further off.
		const slack = at - end >= 2 ? 2 : 1;
		end = at + m[0].length;
		let k = 0;
		while (k + 1 < columns.length && columns[k + 1].start <= at + slack) k++;
		cells[k] = cells[k] === '' ? m[0] : `${cells[k]} ${m[0]}`;
	}
	return cells;
}

/** A line that wraps the row above: nothing in the first column, or it starts in lower case. */
function continuesRow(cells: string[]): boolean {
	return cells[0] === '' || /^[a-zåäöé(]/.test(cells[0]) || cells.slice(1).every((c) => c === '');
}

export function layoutTextToTabbed(text: string): string {
	const out: string[] = [];
	let columns: Column[] | null = null;
	let rows: string[][] = [];
	const flush = () => {
		for (const row of rows) out.push(row.join('\t'));
		rows = [];
	};
	for (const raw of text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n').split('\n')) {
		const line = raw.replace(/\s+$/, '');
		const header = layoutTableColumns(line);
		if (header) {
			flush();
			columns = header;
			out.push(header.map((c) => c.name).join('\t'));
			continue;
		}
		if (line.trim() === '') {
			flush();
			columns = null;
			out.push('');
			continue;
		}
		if (columns) {
			const cells = cellsOf(line, columns);
			const last = rows.at(-1);
			if (last && continuesRow(cells)) {
				cells.forEach((cell, i) => {
					if (cell !== '') last[i] = last[i] === '' ? cell : `${last[i]} ${cell}`;
				});
			} else rows.push(cells);
			continue;
		}
		out.push(line.trim().replace(/ {3,}/g, '\t'));
	}
	flush();
	return out.join('\n');
}
