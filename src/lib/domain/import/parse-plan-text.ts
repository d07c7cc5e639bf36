/**
 * Plain-text plan parser: a plan as saved from Word or extracted from PDF → verksam-plan/1.
 * Pure: no framework, no database. Odd things become warnings with a line number, never a crash.
 */
import { canonicalSectionName, canonicalSections } from '../goal-model/goal-models';
import { parseSwedishNumber } from '../format/number';
import { parsePeriodicity } from '../indicators/indicator';
import {
	PLAN_FORMAT,
	PLAN_FORMAT_VERSION,
	type GoalDoc,
	type PlanDoc,
	type PlanFile
} from '../interchange/plan-format';
import { isBudgetHeading, parseBudgetBlock } from './budget';
import { cleanLines, type SourceLine } from './clean-lines';
import { matchHeaderField, parseHeader } from './header';
import { matchLabel, splitNumber, type LevelLabel } from './labels';
import { cellAt, isContinuation, isRuleRow, matchTableHeader, readDate, splitCells, type TableHeader } from './tables';
import { isHuddingeDocument, parseHuddingePlan } from './huddinge/parse-huddinge';
import type { ImportWarning } from './warnings';

export type { ImportWarning } from './warnings';

export interface PlanTextResult {
	file: PlanFile;
	warnings: ImportWarning[];
}

const OTHER_HEADING = /^(övriga frågor|övrigt)$/i;
/** Opens the budget part, as Verksam's own documents and some plans title it. */
const ECONOMY_HEADING = /^redovisning av ekonomi$/i;
/** A table's caption in Verksam's own documents ("Indikatorer – 1.1 Barn och unga …"): the heading row says it. */
const TABLE_CAPTION = /^(?:indikatorer|aktiviteter)\s+[–-]\s+\S/i;
const ATTACHMENTS_HEADING = /^bilagor(?:\s+(?:19|20)\d{2})?:?$/i;
const INTRO_HEADING = /^inledning$/i;

/** A line that starts a new plan's header in a file holding several plans. */
function startsPlan(line: SourceLine): boolean {
	const field = matchHeaderField(line.text);
	return field !== null && field[0] === 'handler' && field[1].length < 60 && !field[1].endsWith('.');
}

/** Several plans in one file: each begins at its own "Handläggare" header. */
export function splitPlans(lines: SourceLine[]): SourceLine[][] {
	const chunks: SourceLine[][] = [];
	let current: SourceLine[] = [];
	for (const line of lines) {
		if (startsPlan(line) && current.some((l) => matchLabel(l.text))) {
			chunks.push(current);
			current = [];
		}
		current.push(line);
	}
	chunks.push(current);
	return chunks;
}

function sectionHeading(text: string): string | null {
	if (text.length > 40) return null;
	const name = canonicalSectionName(text);
	return (canonicalSections as readonly string[]).includes(name) ? name : null;
}

/** Appends a line to text: a paragraph break after a blank line, unless the sentence runs on. */
function appendText(existing: string, line: string, afterBlank: boolean): string {
	if (existing === '') return line;
	const runsOn = !/[.!?:;]$/.test(existing) && /^[a-zåäö(]/.test(line);
	if (runsOn) return `${existing} ${line}`;
	return afterBlank ? `${existing}\n\n${line}` : `${existing}\n${line}`;
}

interface Frame {
	goal: GoalDoc;
	depth: number;
}

interface TextTarget {
	get: () => string;
	set: (text: string) => void;
}

function parseOnePlan(lines: SourceLine[], warnings: ImportWarning[]): PlanDoc | null {
	const isBodyStart = (line: SourceLine) => {
		const text = line.text.trim();
		return (
			INTRO_HEADING.test(text) ||
			ATTACHMENTS_HEADING.test(text) ||
			matchLabel(text) !== null ||
			matchTableHeader(line.text) !== null ||
			text.length > 120
		);
	};
	const header = parseHeader(lines, isBodyStart);
	const plan: PlanDoc = {
		title: header.title,
		organisation: header.organisation,
		year: header.year,
		kind: header.kind,
		...(header.handler ? { handler: header.handler } : {}),
		...(header.phone ? { phone: header.phone } : {}),
		...(header.recipient ? { recipient: header.recipient } : {}),
		introduction: [],
		goals: [],
		budget: [],
		other: [],
		attachments: []
	};

	type Mode = 'intro' | 'goals' | 'budget' | 'other' | 'attachments';
	let mode: Mode = 'intro';
	const stack: Frame[] = [];
	let pendingLabel: (LevelLabel & { no: number }) | null = null;
	let target: TextTarget | null = null;
	let table: { header: TableHeader; goal: GoalDoc } | null = null;
	let budgetLines: SourceLine[] = [];
	let afterBlank = true;
	// The goal whose title line was just read: a lower-case line right after it continues the title.
	const titled: { goal: GoalDoc | null } = { goal: null };
	let topNumber: number | null = null;
	// "Inledning", "Övriga frågor": a heading that gives way to a heading right after it.
	let weakHeading = false;

	const current = () => stack.at(-1)?.goal ?? null;

	const flushBudget = () => {
		if (budgetLines.length === 0) return;
		const result = parseBudgetBlock(budgetLines);
		plan.budget.push(...result.tables);
		warnings.push(...result.warnings);
		budgetLines = [];
	};

	const addGoal = (level: LevelLabel, text: string, no: number) => {
		const { number, title } = splitNumber(text);
		while (stack.length > 0 && stack[stack.length - 1].depth >= level.depth) stack.pop();
		target = null;
		table = null;
		mode = 'goals';
		if (title === '' || /^[-–—]+$/.test(title)) {
			warnings.push({ line: no, message: `${level.label} saknar titel och hoppas över.` });
			titled.goal = null;
			return;
		}
		const goal: GoalDoc = { label: level.label, number, title, sections: {}, indicators: [], activities: [], goals: [] };
		(current()?.goals ?? plan.goals).push(goal);
		stack.push({ goal, depth: level.depth });
		titled.goal = goal;
		if (level.depth === 0 && number && /^\d+$/.test(number)) topNumber = Number(number);
	};

	/** "3. Stadens verksamheter …" without its label, where the numbering says which level it is. */
	const unlabelledGoal = (text: string): LevelLabel | null => {
		if (text.length > 200 || topNumber === null) return null;
		const { number } = splitNumber(text);
		if (!number) return null;
		const parts = number.split('.').map(Number);
		if (parts.length === 1 && parts[0] === topNumber + 1) return { label: 'KF:s inriktningsmål', depth: 0 };
		if (parts.length === 2 && parts[0] === topNumber) return { label: 'KF:s mål för verksamhetsområdet', depth: 1 };
		return null;
	};

	const headedTarget = (list: { heading: string; text: string }[], heading: string): TextTarget => {
		// Spelling variants of section names ("Arbetsätt") are canonical here too.
		const entry = { heading: heading === '' ? '' : canonicalSectionName(heading), text: '' };
		list.push(entry);
		return { get: () => entry.text, set: (t) => (entry.text = t) };
	};

	const sectionTarget = (goal: GoalDoc, name: string): TextTarget => {
		if (goal.sections[name] === undefined) goal.sections[name] = '';
		return { get: () => goal.sections[name], set: (t) => (goal.sections[name] = t) };
	};

	const tableRow = (line: SourceLine) => {
		if (!table || isRuleRow(line.text)) return;
		const cells = splitCells(line.text);
		const { header: h, goal } = table;
		if (cells.every((c) => c === '')) return;
		if (h.kind === 'indicator') {
			const last = goal.indicators.at(-1);
			if (last && isContinuation(cells)) {
				last.name = `${last.name} ${cells[0]}`;
				return;
			}
			const indicator = {
				name: cells[0],
				annualTarget: cellAt(cells, h.annual),
				councilTarget: cellAt(cells, h.council),
				periodicity: cellAt(cells, h.periodicity)
			};
			if (indicator.name === '') {
				warnings.push({ line: line.no, message: 'Indikatorraden saknar namn och hoppas över.' });
				return;
			}
			goal.indicators.push(indicator);
			if (indicator.annualTarget === null && indicator.councilTarget === null) {
				warnings.push({ line: line.no, message: `Indikatorn "${indicator.name}" saknar målvärde.` });
			}
			if (indicator.periodicity !== null && parsePeriodicity(indicator.periodicity) === null) {
				warnings.push({ line: line.no, message: `Okänd periodicitet "${indicator.periodicity}".` });
			}
			return;
		}
		const last = goal.activities.at(-1);
		if (last && isContinuation(cells)) {
			last.title = `${last.title} ${cells[0]}`;
			return;
		}
		const dates = [cellAt(cells, h.start) ?? '', cellAt(cells, h.end) ?? ''].map((cell) => {
			const read = readDate(cell);
			if (read.ok) return read.date;
			warnings.push({ line: line.no, message: `Datumet "${cell}" kunde inte läsas (skriv ÅÅÅÅ-MM-DD).` });
			return null;
		});
		if (cells[0] === '') {
			warnings.push({ line: line.no, message: 'Aktivitetsraden saknar titel och hoppas över.' });
			return;
		}
		goal.activities.push({ title: cells[0], start: dates[0], end: dates[1] });
	};

	const body = lines.slice(header.end);
	/** The next non-blank line's text after body[index], or null. */
	const nextText = (index: number): string | null => body.slice(index + 1).find((l) => l.text.trim() !== '')?.text.trim() ?? null;
	for (const [index, line] of body.entries()) {
		const text = line.text.trim();
		// PDF text breaks every line of a paragraph: a next line starting in lower case continues this one.
		const wrapsOn = /^[a-zåäö]/.test(body[index + 1]?.text.trim() ?? '');
		if (text === '') {
			// Blank lines part a budget's tables from the caption of the next.
			if (mode === 'budget') budgetLines.push(line);
			afterBlank = true;
			titled.goal = null;
			continue;
		}
		const wasAfterBlank = afterBlank;
		afterBlank = false;

		if (pendingLabel) {
			const level = pendingLabel;
			pendingLabel = null;
			if (!matchLabel(text)) {
				addGoal(level, text, line.no);
				continue;
			}
			warnings.push({ line: level.no, message: `${level.label} saknar titel.` });
		}

		const label = matchLabel(text);
		if (label) {
			if (mode === 'budget') flushBudget();
			if (label.rest) addGoal(label, label.rest, line.no);
			else pendingLabel = { ...label, no: line.no };
			continue;
		}
		if (mode === 'goals' || mode === 'budget') {
			const inferred = unlabelledGoal(text);
			if (inferred && wasAfterBlank) {
				if (mode === 'budget') flushBudget();
				addGoal(inferred, text, line.no);
				continue;
			}
		}

		const tableHeader = matchTableHeader(line.text);
		if (tableHeader) {
			if (mode === 'budget') flushBudget();
			const goal = current();
			if (!goal) {
				warnings.push({ line: line.no, message: 'Tabellen står inte under något mål och hoppas över.' });
				table = null;
			} else {
				table = { header: tableHeader, goal };
				mode = 'goals';
			}
			target = null;
			continue;
		}
		if (table && line.text.includes('\t')) {
			tableRow(line);
			continue;
		}
		if (table && !wasAfterBlank && /^[a-zåäö(]/.test(text)) {
			// A wrapped cell: the previous row's first cell continues on a line of its own.
			tableRow({ no: line.no, text: `${text}\t` });
			continue;
		}
		table = null;

		if (ECONOMY_HEADING.test(text) && (mode !== 'intro' || plan.goals.length > 0)) {
			if (mode === 'budget') flushBudget();
			// The budget belongs to the plan, not to the last goal: its headings are no goal's sections.
			mode = 'budget';
			stack.length = 0;
			target = null;
			budgetLines = [];
			continue;
		}
		if (mode === 'goals' && TABLE_CAPTION.test(text)) continue;
		if (isBudgetHeading(text) && mode !== 'intro') {
			if (mode === 'budget') flushBudget();
			mode = 'budget';
			budgetLines = [line];
			continue;
		}
		const section = current() ? sectionHeading(text) : null;
		if (mode === 'budget') {
			const endsBudget = section !== null || OTHER_HEADING.test(text) || ATTACHMENTS_HEADING.test(text) || text.length > 100;
			if (!endsBudget) {
				budgetLines.push(line);
				continue;
			}
			flushBudget();
			mode = 'goals';
		}
		if (OTHER_HEADING.test(text) && (mode === 'goals' || plan.goals.length > 0)) {
			mode = 'other';
			stack.length = 0;
			target = headedTarget(plan.other, text);
			weakHeading = true;
			continue;
		}
		if (ATTACHMENTS_HEADING.test(text)) {
			mode = 'attachments';
			continue;
		}
		if (INTRO_HEADING.test(text) && plan.goals.length === 0) {
			mode = 'intro';
			target = headedTarget(plan.introduction, text);
			weakHeading = true;
			continue;
		}
		if (mode === 'attachments') {
			const name = text.replace(/^(?:[-–•]\s*|bilaga\s+\d+\s*[:.]\s*)/i, '').trim();
			if (name !== '') plan.attachments.push(name);
			continue;
		}
		if (mode === 'goals') {
			const goal = current();
			if (!goal) continue;
			if (section) {
				target = sectionTarget(goal, section);
				titled.goal = null;
				continue;
			}
			// A title wrapped by PDF extraction: the rest starts in lower case, or closes a parenthesis ("(Se även … under" / "2.2 och 2.3.)").
			const unclosed = (goal.title.match(/\(/g) ?? []).length > (goal.title.match(/\)/g) ?? []).length;
			if (titled.goal === goal && (/^[a-zåäö(]/.test(text) || (unclosed && text.includes(')')))) {
				goal.title = `${goal.title} ${text}`;
				continue;
			}
			titled.goal = null;
			if (/^[A-ZÅÄÖ][A-ZÅÄÖ:' ]{3,40}:$/.test(text)) {
				warnings.push({ line: line.no, message: `Okänd rubrik "${text}".` });
				continue;
			}
			target ??= sectionTarget(goal, 'Beskrivning');
		} else {
			// Introduction and "Övriga frågor": a short line standing alone is a heading.
			const list = mode === 'intro' ? plan.introduction : plan.other;
			// A short line standing alone is a heading, unless the heading before it still has no
			// text ("Kvalitets- och ledningssystem" / "Vuxenenheten har ett … se bilaga").
			const standsAlone = wasAfterBlank && !wrapsOn && /^[A-ZÅÄÖ0-9]/.test(text) && !/[.,;:]$/.test(text) && !/^[-–•]/.test(text);
			const looksLikeHeading = standsAlone && text.length <= 80;
			// Under a heading still without text, a line (even a long one) followed by a paragraph
			// heads that paragraph ("Utvecklingsområden 2022" / "Personer med … rättssäkerhet" / text).
			const following = nextText(index);
			// "-Brukardialog": a dash glued to the heading's first capital is a list mark, not text.
			const headingText = text.replace(/^-(?=[A-ZÅÄÖ])/, '');
			const headsParagraph =
				wasAfterBlank &&
				/^[A-ZÅÄÖ0-9]/.test(headingText) &&
				!/[.,;:]$/.test(headingText) &&
				headingText.length <= 130 &&
				(body[index + 1]?.text.trim() ?? '') === '' &&
				following !== null &&
				following.length > 130 &&
				/^[A-ZÅÄÖ]/.test(following) &&
				target?.get() === '';
			const isHeading = (looksLikeHeading && (weakHeading || !target || target.get() !== '')) || headsParagraph;
			weakHeading = false;
			if (isHeading || !target) {
				target = headedTarget(list, isHeading ? (headsParagraph ? headingText : text) : '');
				if (isHeading) continue;
			}
		}
		const t: TextTarget = target;
		t.set(appendText(t.get(), text, wasAfterBlank));
	}
	if (mode === 'budget') flushBudget();
	if (pendingLabel) warnings.push({ line: pendingLabel.no, message: `${pendingLabel.label} saknar titel.` });

	plan.introduction = plan.introduction.filter((e) => e.text !== '');
	plan.other = plan.other.filter((e) => e.text !== '');
	dropEmptySections(plan.goals);
	finishIndicators(plan.goals);
	if (plan.year === null) plan.year = inferYear(plan);
	if (plan.goals.length === 0 && plan.title === null && plan.introduction.length === 0) return null;
	return plan;
}

/** "(Redovisas för kvinnor och män)" after an indicator's name, as Verksam's documents write it, is its gender split. */
const GENDER_SPLIT = /\s*\(redovisas för kvinnor och män\)$/i;

/** "40 st", "0 tkr": a number and a unit word, as documents write a target with its unit. */
const TARGET_WITH_UNIT = /^(.*\d)\s+([a-zåäö]{1,10})$/i;

/** The unit a target is written in ("st" of "40 st"), when every target with a unit agrees; "%" is seen by the importer. */
function unitOfTargets(targets: (string | null)[]): string | null {
	const units = new Set<string>();
	for (const target of targets) {
		const m = TARGET_WITH_UNIT.exec((target ?? '').trim());
		if (m && parseSwedishNumber(m[1]) !== null) units.add(m[2]);
	}
	return units.size === 1 ? [...units][0] : null;
}

function finishIndicators(goals: GoalDoc[]): void {
	for (const goal of goals) {
		for (const indicator of goal.indicators) {
			const unit = unitOfTargets([indicator.annualTarget, indicator.councilTarget]);
			if (unit) indicator.unit = unit;
			if (!GENDER_SPLIT.test(indicator.name)) continue;
			indicator.name = indicator.name.replace(GENDER_SPLIT, '');
			indicator.genderSplit = true;
		}
		finishIndicators(goal.goals);
	}
}

function dropEmptySections(goals: GoalDoc[]): void {
	for (const goal of goals) {
		for (const [name, text] of Object.entries(goal.sections)) if (text.trim() === '') delete goal.sections[name];
		dropEmptySections(goal.goals);
	}
}

/** No year in the title: the year most activities start in, else the budget's year. */
function inferYear(plan: PlanDoc): number | null {
	const counts = new Map<number, number>();
	const visit = (goals: GoalDoc[]) => {
		for (const g of goals) {
			for (const a of g.activities) {
				const y = a.start ? Number(a.start.slice(0, 4)) : null;
				if (y) counts.set(y, (counts.get(y) ?? 0) + 1);
			}
			visit(g.goals);
		}
	};
	visit(plan.goals);
	const best = [...counts].sort((a, b) => b[1] - a[1])[0];
	if (best) return best[0];
	const budgetYear = plan.budget.map((b) => /\b((?:19|20)\d{2})\b/.exec(b.columns.join(' '))).find((m) => m);
	return budgetYear ? Number(budgetYear[1]) : null;
}

/** Reads every plan in a plain-text file. */
export function parsePlanText(text: string): PlanTextResult {
	const warnings: ImportWarning[] = [];
	if (isHuddingeDocument(text)) {
		// Huddinge's model has no level labels in the text to read line by line: its own reader.
		const plan = parseHuddingePlan(text, warnings);
		return { file: { format: PLAN_FORMAT, version: PLAN_FORMAT_VERSION, plans: [plan] }, warnings };
	}
	const plans: PlanDoc[] = [];
	const lines = cleanLines(text);
	for (const chunk of splitPlans(lines)) {
		const plan = parseOnePlan(chunk, warnings);
		if (plan) plans.push(plan);
	}
	if (plans.length === 0 || plans.every((p) => p.goals.length === 0)) {
		warnings.push({ line: 1, message: 'Ingen plan hittades: inga mål med rubriker som "Nämndmål" eller "Åtagande".' });
	}
	return { file: { format: PLAN_FORMAT, version: PLAN_FORMAT_VERSION, plans }, warnings };
}
