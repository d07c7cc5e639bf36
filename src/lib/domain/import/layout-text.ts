/**
 * Text from a PDF as poppler's `pdftotext -layout` lays it out → the tab-separated text the plan
 * parser reads. Layout mode keeps a table row's cells side by side on the row's first line, at the
 * header's column positions; cells wrapped onto further lines stay in their columns. Words are put
 * in the column whose header starts at or before them, and wrapped lines join their row.
 * Elsewhere a gap of three or more spaces separates cells (budget tables, contents' page numbers).
 */

const TABLE_FIRST_CELL = /^(?:(?:KF:s|Nämndens|Enhetens)\s+)?(?:indikator(?:er)?|aktivitet(?:er)?)\s/i;
/** The other columns' names; "Periodicit et" as an older extraction split the word. */
const COLUMN_NAMES: [string, RegExp][] = [
	['KF:s årsmål', /KF:s årsmål/],
	['Årsmål', /Årsmål/],
	['Periodicitet', /Periodicit ?et/],
	['Startdatum', /Startdatum/],
	['Slutdatum', /Slutdatum/]
];

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
	const from = indent + first[0].length - 1;
	for (const [name, pattern] of COLUMN_NAMES) {
		const found = pattern.exec(rest.slice(from));
		if (!found) continue;
		const at = from + found.index;
		columns.push({ name, start: at });
		// Blank out the found name so "Årsmål" is not found again inside "KF:s årsmål".
		rest = rest.slice(0, at) + ' '.repeat(found[0].length) + rest.slice(at + found[0].length);
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

const hasValues = (cells: string[]) => cells.slice(1).some((c) => c !== '');
/** A first cell that can open a row: it starts in upper case or with a digit (a wrapped line starts in lower case). */
const opensRow = (cells: string[]) => /^[A-ZÅÄÖÉ0-9"”]/.test(cells[0]);

/**
 * A table's lines (cells per column) grouped into rows. A row's values may stand beside its name's
 * first line (top-aligned cells) or further down, often on lines of their own (cells centred
 * vertically), and names wrap onto several lines. A line opens a new row when its first cell
 * starts in upper case and it has values; a capitalised line without values opens one only after
 * a row that has its values, and when the next values stand on a line that opens no row: they are
 * then this row's, centred below its first line. Otherwise ("Landstingets …" wrapped in a
 * top-aligned row, the next values on the next row's first line) it continues the row.
 */
export function tableRows(lines: string[][]): string[][] {
	const rows: string[][] = [];
	let rowHasValues = false;
	lines.forEach((cells, i) => {
		const last = rows.at(-1);
		let opens = !last;
		if (last && cells[0] !== '' && opensRow(cells)) {
			if (hasValues(cells)) opens = true;
			else if (rowHasValues) {
				const next = lines.slice(i + 1).find(hasValues);
				opens = next !== undefined && !(next[0] !== '' && opensRow(next));
			}
		}
		if (opens || !last) {
			rows.push([...cells]);
			rowHasValues = hasValues(cells);
			return;
		}
		cells.forEach((cell, k) => {
			if (cell !== '') last[k] = last[k] === '' ? cell : `${last[k]} ${cell}`;
		});
		rowHasValues ||= hasValues(cells);
	});
	// Extraction drops the space before "%" in a centred value ("2%"); Swedish writes "2 %".
	return rows.map((row) => row.map((cell, k) => (k === 0 ? cell : cell.replace(/(\d)%/g, '$1 %'))));
}

export function layoutTextToTabbed(text: string): string {
	const out: string[] = [];
	let columns: Column[] | null = null;
	let lines: string[][] = [];
	const flush = () => {
		for (const row of tableRows(lines)) out.push(row.join('\t'));
		lines = [];
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
			lines.push(cellsOf(line, columns));
			continue;
		}
		out.push(line.trim().replace(/ {3,}/g, '\t'));
	}
	flush();
	return out.join('\n');
}
