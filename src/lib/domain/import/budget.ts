import { parseSwedishNumber } from '../format/number';
import type { BudgetTableDoc } from '../interchange/plan-format';
import type { SourceLine } from './clean-lines';
import { isRuleRow, splitCells } from './tables';
import type { ImportWarning } from './warnings';

/** The heading that opens a budget part: "Budget 2014", "Budget". */
export function isBudgetHeading(text: string): boolean {
	// Capitalised: a lower-case "budget" is a wrapped title's last word ("… inom tilldelad" / "budget").
	return /^(?:Budget|BUDGET)(?:\s+(?:19|20)\d{2})?$/.test(text.trim());
}

interface Group {
	heading: string;
	columns: string[];
	start: number;
	end: number;
	table: BudgetTableDoc;
}

/** "Socialpsykiatri Budget 2014" → heading "Socialpsykiatri", column "Budget 2014". */
const HEADING_WITH_COLUMN = /^(.+?)\s+((?:budget|prognos|utfall|avvikelse)\b.*)$/i;

function headerGroups(cells: string[], heading: string): Group[] {
	const groups: Group[] = [];
	if (HEADING_WITH_COLUMN.test(cells[0] ?? '')) {
		// Tables side by side: each named cell starts one ("Socialpsykiatri Budget 2014", "", "Missbruk …").
		// Without empty cells (PDF layout text drops them) each named cell is a label and one amount column.
		const compact = cells.every((c) => c !== '');
		const named = cells.map((text, i) => ({ text, start: compact ? 2 * i : i })).filter((c) => c.text !== '');
		named.forEach(({ text, start }, k) => {
			const end = k + 1 < named.length ? named[k + 1].start : Math.max(compact ? 0 : cells.length, start + 2);
			const [, name, column] = HEADING_WITH_COLUMN.exec(text) ?? [, text, ''];
			const columns = Array.from({ length: end - start - 1 }, (_, i) => (i === 0 ? column : ''));
			groups.push(group(name ?? '', columns, start, end));
		});
		return groups;
	}
	// One table: the first cell names the label column (often "Beloppen anges i tkr").
	return [group(heading, cells.slice(1), 0, cells.length)];
}

function group(heading: string, columns: string[], start: number, end: number): Group {
	return { heading, columns, start, end, table: { heading, columns, rows: [] } };
}

function isHeaderRow(cells: string[]): boolean {
	const values = cells.slice(1).filter((c) => c !== '');
	return values.length > 0 && values.every((c) => parseSwedishNumber(c) === null) && !cells.slice(1).some((c) => parseSwedishNumber(c) !== null);
}

/**
 * Reads budget tables in tkr: a heading line names the next table; a header row gives its
 * columns; rows are a label and numbers. Rows of a header without numbers ("Intäkter") stay
 * with empty values, since they group the rows below them.
 */
export function parseBudgetBlock(lines: SourceLine[]): { tables: BudgetTableDoc[]; warnings: ImportWarning[] } {
	const tables: BudgetTableDoc[] = [];
	const warnings: ImportWarning[] = [];
	let heading: string | null = null;
	let title = 'Budget';
	let groups: Group[] = [];
	let afterRule = false;
	/** Tables read with a header row ("Post | Budget 2026"), as Verksam's own documents write them. */
	const withHeader = new Set<BudgetTableDoc>();
	let afterBlank = true;
	for (const line of lines) {
		const text = line.text.trim();
		if (text === '') {
			afterBlank = true;
			continue;
		}
		const wasAfterBlank = afterBlank;
		afterBlank = false;
		if (isRuleRow(line.text)) {
			afterRule = true;
			continue;
		}
		// A group row without amounts ("Intäkter") inside a table: PDF layout text has no gap to make a cell of.
		const groupRow = !line.text.includes('\t') && groups.length > 0 && !wasAfterBlank && !isBudgetHeading(text);
		if (!line.text.includes('\t') && !groupRow) {
			if (isBudgetHeading(text)) title = text;
			// "Utredning och placeringar (tkr)": the caption names the table; amounts are always tkr.
			else heading = text.replace(/\s*\(tkr\)$/i, '');
			groups = [];
			continue;
		}
		const cells = groupRow ? [text] : splitCells(line.text);
		// The header row again on the next page: the same table goes on.
		if (groups.length > 0 && isHeaderRow(cells) && cells.slice(1).filter((c) => c !== '').join('\t') === groups.flatMap((g) => g.columns).filter((c) => c !== '').join('\t')) continue;
		if (groups.length === 0) {
			if (isHeaderRow(cells) || HEADING_WITH_COLUMN.test(cells[0])) {
				groups = headerGroups(cells, heading ?? title);
				heading = null;
				tables.push(...groups.map((g) => g.table));
				groups.forEach((g) => withHeader.add(g.table));
				continue;
			}
			groups = [group(heading ?? title, [title], 0, cells.length)];
			heading = null;
			tables.push(groups[0].table);
		}
		for (const g of groups) {
			const label = cells[g.start] ?? '';
			const raw = cells.slice(g.start + 1, g.end);
			while (raw.length < g.columns.length) raw.push('');
			const values = raw.slice(0, Math.max(g.columns.length, 1)).map((cell) => {
				if (cell === '') return null;
				const value = parseSwedishNumber(cell);
				if (value === null) {
					warnings.push({ line: line.no, message: `Budgetvärdet "${cell}" kunde inte läsas som ett tal.` });
				}
				return value;
			});
			if (label === '' && values.every((v) => v === null)) continue;
			// A markdown table repeats its first row as the header above the rule.
			const previous = g.table.rows.at(-1);
			if (afterRule && previous && previous.label === label && previous.values.join() === values.join()) continue;
			g.table.rows.push({ label, values });
		}
		afterRule = false;
	}
	for (const table of withHeader) dropComputedNet(table);
	return { tables: tables.filter((t) => t.rows.length > 0), warnings };
}

/**
 * Verksam's own documents end each table (which has a header row) with a computed "Netto" row; it
 * is the sum of the rows above, not a row of its own. Dropped only when it is exactly that sum; a
 * table without a header row is some other document's, and its Netto row stays as written.
 */
function dropComputedNet(table: BudgetTableDoc): void {
	const last = table.rows.at(-1);
	if (!last || !/^netto$/i.test(last.label) || table.rows.length < 2) return;
	const above = table.rows.slice(0, -1);
	const isSum = last.values.every((value, i) => value !== null && value === above.reduce((sum, row) => sum + (row.values[i] ?? 0), 0));
	if (isSum) table.rows.pop();
}
