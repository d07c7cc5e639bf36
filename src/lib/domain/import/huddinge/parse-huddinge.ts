/**
 * Huddinge's goal model read from a plan saved one line per page (huddinge-model.md in the
 * briefings): the kommunfullmäktige goals the plan is organised by (övergripande and strategiska
 * mål, found by the contents page and the document's own list of them), the delmål the document
 * names under each ("fullmäktiges delmål A, B samt C", "har två delmål: …", "formulerade som
 * delmål. Dessa är …", or a heading followed by "Särskilt prioriterat"), utvecklingsåtaganden
 * lists and Etappmål tables as indicators of the goal in whose section they stand.
 */
import type { GoalDoc, IndicatorDoc, PlanDoc } from '../../interchange/plan-format';
import { planKind } from '../header';
import type { ImportWarning } from '../warnings';
import { findCommitmentLists, type CommitmentList } from './commitments';
import { readContents, type ContentsEntry } from './contents';
import { joinPages, lineAt, pageSpan, type PageText } from './pages';
import { findStageTables, type FoundTable } from './stage-tables';

const LABEL_OVERALL = 'Övergripande mål';
const LABEL_STRATEGIC = 'Strategiskt mål';
const LABEL_SUBGOAL = 'Delmål';
const LABEL_COMMITMENT = 'Utvecklingsåtagande';

/** The vocabulary of Huddinge's model: all of it, so a Stockholm plan that says "delmål" once is not taken. */
export function isHuddingeDocument(text: string): boolean {
	return /övergripande mål/i.test(text) && /\bdelmål/i.test(text) && /\bEtappmål\b/.test(text) && /\bUtvecklingsåtagande/.test(text);
}

interface Placed {
	goal: GoalDoc;
	start: number;
	end: number;
	depth: number;
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where a title stands as a heading in text[from, to): followed by a capitalized word (the
 * heading runs into its text) or the end, preceded by the start or a space.
 */
function findHeading(text: string, title: string, from: number, to: number): number | null {
	const re = new RegExp(`(?<=^|\\s)${escape(title)}(?=\\s+[A-ZÅÄÖ]|\\s*$)`, 'g');
	re.lastIndex = from;
	const m = re.exec(text);
	return m && m.index < to ? m.index : null;
}

/** "fullmäktiges delmål A, B samt C." / "har två delmål: A, samt B." / "som delmål. Dessa är A, B samt C." */
const SUBGOAL_LIST = /\bdelmål(?::|\.\s+Dessa är)?\s+([A-ZÅÄÖ][^.]*?)\.(?=\s|$)/g;

function findSubgoalList(text: string, from: number, to: number): { items: string[]; end: number } | null {
	SUBGOAL_LIST.lastIndex = from;
	const m = SUBGOAL_LIST.exec(text);
	if (!m || m.index >= to) return null;
	const items = m[1]
		.split(/,\s*samt\s+|,\s*|\s+samt\s+/)
		.map((s) => s.trim())
		.filter((s) => s !== '');
	if (items.length < 2) return null;
	return { items, end: m.index + m[0].length };
}

/** "… genomförs Fler i egen försörjning Särskilt prioriterat 2017:": the heading before the priority. */
function headingsBeforePriority(text: string, from: number, to: number): { title: string; at: number }[] {
	const found: { title: string; at: number }[] = [];
	const re = /Särskilt prioriterat\s+(?:19|20)\d{2}:/g;
	re.lastIndex = from;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) !== null && m.index < to) {
		const words = text.slice(from, m.index).trimEnd().split(/\s+/);
		// Back to the first capital within a few words; the word before it ends a sentence or is lower case.
		for (let n = 1; n <= Math.min(8, words.length); n++) {
			const word = words[words.length - n];
			if (/[.:;!?)]$/.test(word) || word === '-') break;
			if (!/^[A-ZÅÄÖ]/.test(word)) continue;
			const before = words[words.length - n - 1] ?? '';
			if (/^[A-ZÅÄÖ]/.test(before) && !/[.:;!?]$/.test(before)) break;
			const title = words.slice(words.length - n).join(' ');
			found.push({ title, at: m.index - title.length - 1 });
			break;
		}
	}
	return found;
}

/**
 * The first heading run into the text after a sentence: "… förvaltningen. Fler och växande företag
 * Socialnämnden har …" — a capitalized word and up to seven lower-case ones, then a capitalized word.
 */
function firstRunInHeading(text: string, from: number, to: number): { title: string; at: number } | null {
	const re = /(?:^|[.!?:]\s+)([A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö-]+){1,7})\s+(?=[A-ZÅÄÖ][a-zåäö])/g;
	const slice = text.slice(from, to).trimStart();
	const offset = from + (text.slice(from, to).length - slice.length);
	const m = re.exec(slice);
	return m ? { title: m[1], at: offset + m.index + m[0].indexOf(m[1]) } : null;
}

function newGoal(label: string, title: string): GoalDoc {
	return { label, number: null, title, sections: {}, indicators: [], activities: [], goals: [] };
}

function indicatorOf(found: FoundTable): IndicatorDoc {
	const { columns, rows } = found.table;
	const target = columns.findIndex((c) => c.startsWith('Etappmål'));
	// The first "Totalt" row; a table of one row ("Handlagts inom fastställd tid") is its own total.
	const total = rows.find((r) => /^Totalt\b/.test(r.label)) ?? (rows.length === 1 ? rows[0] : undefined);
	const cell = total && target >= 0 ? total.values[target] : undefined;
	const labels = rows.map((r) => r.label);
	return {
		name: found.caption,
		annualTarget: cell === undefined || cell === '-' || cell === 'VB' ? null : cell,
		councilTarget: null,
		periodicity: null,
		genderSplit: labels.includes('Kvinnor') && labels.includes('Män'),
		stageTable: found.table
	};
}

/** The text of [from, to) with the given spans cut out, spaces tidied. */
function textBetween(text: string, from: number, to: number, cut: { start: number; end: number }[]): string {
	let out = '';
	let at = from;
	for (const span of [...cut].sort((a, b) => a.start - b.start)) {
		if (span.end <= at || span.start >= to) continue;
		out += text.slice(at, Math.max(at, span.start)) + ' ';
		at = Math.max(at, span.end);
	}
	out += text.slice(at, Math.max(at, to));
	return out.replace(/\s+/g, ' ').trim();
}

export function parseHuddingePlan(source: string, warnings: ImportWarning[]): PlanDoc {
	const pages = joinPages(source);
	const { text } = pages;
	const warn = (offset: number, message: string) => warnings.push({ line: lineAt(pages, offset), message });

	const contentsIndex = pages.starts.findIndex((s, i) => readContents(pageText(pages, i)) !== null);
	const contents: ContentsEntry[] = contentsIndex >= 0 ? (readContents(pageText(pages, contentsIndex)) ?? []) : [];
	if (contentsIndex < 0) warn(0, 'Innehållsförteckningen hittades inte; målen läses inte.');
	const firstPage = pageText(pages, 0);
	const titleMatch = /Verksamhetsplan\s+((?:19|20)\d{2})\s+för\s+([a-zåäö-]*nämnden|[A-ZÅÄÖ][\wåäö-]*nämnden)/.exec(firstPage);
	const contentsAt = contentsIndex >= 0 ? pages.starts[contentsIndex].offset : 0;
	const bodyStart = contentsIndex >= 0 ? (pages.starts[contentsIndex + 1]?.offset ?? text.length) : 0;

	const plan: PlanDoc = {
		title: titleMatch ? titleMatch[0] : null,
		organisation: titleMatch ? titleMatch[2][0].toUpperCase() + titleMatch[2].slice(1) : null,
		year: titleMatch ? Number(titleMatch[1]) : null,
		kind: titleMatch ? planKind(titleMatch[0]) : 'verksamhetsplan',
		introduction: [],
		goals: [],
		budget: [],
		other: [],
		attachments: []
	};

	// Which contents entries are the council's goals: the document lists its övergripande mål and then its strategiska mål.
	const overallAt = text.slice(bodyStart).search(/övergripande mål/);
	const strategicAt = overallAt >= 0 ? text.slice(bodyStart + overallAt).search(/strategiska mål/) : -1;
	const overallFrom = bodyStart + overallAt;
	const strategicFrom = strategicAt >= 0 ? overallFrom + strategicAt : -1;
	const strategicPageEnd = strategicFrom >= 0 ? (pages.starts.find((s) => s.offset > strategicFrom)?.offset ?? text.length) : -1;
	const labelOf = (title: string): string | null => {
		if (overallAt < 0) return null;
		const at = findInRange(text, title, overallFrom, strategicFrom >= 0 ? strategicFrom : overallFrom + 2000);
		if (at) return LABEL_OVERALL;
		if (strategicFrom >= 0 && findInRange(text, title, strategicFrom, strategicPageEnd)) return LABEL_STRATEGIC;
		return null;
	};
	const firstGoalEntry = contents.findIndex((e) => labelOf(e.title) !== null);
	let afterGoals = firstGoalEntry;
	while (afterGoals >= 0 && afterGoals < contents.length && labelOf(contents[afterGoals].title) !== null) afterGoals++;
	// The entry just before the first goal ("Socialnämndens mål och resultat") opens the goals part.
	const introEntries = firstGoalEntry > 0 ? contents.slice(0, firstGoalEntry - 1) : [];
	const partEntry = firstGoalEntry > 0 ? contents[firstGoalEntry - 1] : null;
	const goalEntries = firstGoalEntry >= 0 ? contents.slice(firstGoalEntry, afterGoals) : [];
	const otherEntries = firstGoalEntry >= 0 ? contents.slice(afterGoals) : [];

	// Every contents heading's place in the text, in contents order (on its page when the footers say which).
	let searchFrom = bodyStart;
	const placeOf = (entry: ContentsEntry): number | null => {
		const span = entry.page !== null ? pageSpan(pages, entry.page) : null;
		const at = (span && findHeading(text, entry.title, Math.max(span.start, searchFrom), span.end)) ?? findHeading(text, entry.title, searchFrom, text.length);
		if (at !== null) searchFrom = at + entry.title.length;
		return at;
	};
	const introPlaces = introEntries.map((e) => ({ entry: e, at: placeOf(e) }));
	const partAt = partEntry ? placeOf(partEntry) : null;
	const goalPlaces = goalEntries.map((e) => ({ entry: e, at: placeOf(e) }));
	const otherPlaces = otherEntries.map((e) => ({ entry: e, at: placeOf(e) }));
	const allStarts = [...introPlaces, ...goalPlaces, ...otherPlaces].map((p) => p.at).filter((a): a is number => a !== null);
	if (partAt !== null) allStarts.push(partAt);
	allStarts.sort((a, b) => a - b);
	const nextStart = (at: number) => allStarts.find((s) => s > at) ?? text.length;

	const goalsEnd = otherPlaces.find((p) => p.at !== null)?.at ?? text.length;
	const goalsStart = goalPlaces.find((p) => p.at !== null)?.at ?? goalsEnd;
	const tables = findStageTables(text, goalsStart, goalsEnd, warn);
	const lists = findCommitmentLists(text, bodyStart, text.length);
	const cut = [...tables.flatMap((t) => t.spans), ...lists];

	for (const { entry, at } of introPlaces) {
		if (at === null) warn(contentsAt, `Rubriken "${entry.title}" i innehållsförteckningen hittades inte i texten.`);
		plan.introduction.push({ heading: entry.title, text: at === null ? '' : textBetween(text, at + entry.title.length, nextStart(at), []) });
	}
	// The sections after the goals, as the contents names them, also where the text (cut short) lacks them.
	const missing = otherPlaces.filter((p) => p.at === null).map((p) => p.entry.title);
	if (missing.length > 0) warn(contentsAt, `Avsnitten ${missing.map((m) => `"${m}"`).join(', ')} står i innehållsförteckningen men hittades inte i texten; de tas med utan text.`);
	for (const { entry, at } of otherPlaces) {
		plan.other.push({ heading: entry.title, text: at === null ? '' : textBetween(text, at + entry.title.length, nextStart(at), []) });
	}

	// Goals and their sections in the text, deepest last; where each child stands, to order siblings.
	const placed: Placed[] = [];
	const standsAt = new Map<GoalDoc, number>();
	for (const { entry, at } of goalPlaces) {
		const goal = newGoal(labelOf(entry.title) ?? LABEL_OVERALL, entry.title);
		plan.goals.push(goal);
		if (at === null) {
			warn(contentsAt, `Målet "${entry.title}" står i innehållsförteckningen men hittades inte i texten.`);
			continue;
		}
		const end = Math.min(nextStart(at), goalsEnd);
		placed.push({ goal, start: at, end, depth: 1 });
		placeSubgoals(goal, at + entry.title.length, end, 2);
	}

	function placeSubgoals(parent: GoalDoc, from: number, to: number, depth: number): void {
		const list = findSubgoalList(text, from, to);
		const named: { title: string; at: number | null }[] = [];
		if (list) {
			for (const title of list.items) named.push({ title, at: findHeading(text, title, list.end, to) });
		}
		if (depth === 2) {
			for (const h of headingsBeforePriority(text, from, to)) {
				if (!named.some((n) => n.title === h.title)) named.push({ title: h.title, at: h.at });
			}
		}
		if (depth === 2) {
			// Etappmål and utvecklingsåtaganden stand under a delmål ("mål, etappmål och utvecklingsåtaganden
			// för dessa delmål"): when some stand before the first delmål found, the heading that opens that
			// part is a delmål the document does not list ("Fler och växande företag").
			const firstAt = Math.min(to, ...named.map((n) => n.at ?? to));
			const firstItemAt = Math.min(...[...tables.map((t) => t.headerAt), ...lists.map((l) => l.start)].filter((a) => a > from && a < firstAt));
			const heading = Number.isFinite(firstItemAt) ? firstRunInHeading(text, from, firstItemAt) : null;
			if (heading && !named.some((n) => n.title === heading.title)) named.push(heading);
		}
		// In the order they stand as headings; one never treated keeps its place after the one named before it.
		const ordered: typeof named = [];
		for (const n of named.filter((x) => x.at !== null).sort((a, b) => (a.at ?? 0) - (b.at ?? 0))) ordered.push(n);
		named.forEach((n, i) => {
			if (n.at !== null) return;
			const before = named.slice(0, i).reverse().find((x) => ordered.includes(x));
			ordered.splice(before ? ordered.indexOf(before) + 1 : 0, 0, n);
		});
		const starts = ordered.map((n) => n.at).filter((a): a is number => a !== null);
		let lastAt = list?.end ?? from;
		for (const n of ordered) {
			const goal = newGoal(LABEL_SUBGOAL, n.title);
			parent.goals.push(goal);
			standsAt.set(goal, n.at ?? lastAt);
			if (n.at === null) continue;
			lastAt = n.at;
			const end = starts.find((s) => s > (n.at ?? 0)) ?? to;
			placed.push({ goal, start: n.at, end, depth });
			placeSubgoals(goal, n.at + n.title.length, end, depth + 1);
		}
	}

	const deepestAt = (offset: number): GoalDoc | null => {
		let best: Placed | null = null;
		for (const p of placed) if (p.start <= offset && offset < p.end && (!best || p.depth > best.depth)) best = p;
		return best?.goal ?? null;
	};
	const byTitle = (title: string): GoalDoc | null => {
		const find = (goals: GoalDoc[]): GoalDoc | null => {
			for (const g of goals) {
				if (g.title === title) return g;
				const inner = find(g.goals);
				if (inner) return inner;
			}
			return null;
		};
		return find(plan.goals);
	};

	for (const table of tables) {
		const goal = deepestAt(table.headerAt);
		if (!goal) {
			warn(table.headerAt, `Etappmålstabellen "${table.caption}" står inte under något mål och hoppas över.`);
			continue;
		}
		if (table.caption === '') continue;
		goal.indicators.push(indicatorOf(table));
	}
	for (const list of lists) addCommitments(list);

	function addCommitments(list: CommitmentList): void {
		const named = list.forGoal ? byTitle(list.forGoal) : null;
		if (list.forGoal && !named) warn(list.start, `Delmålet "${list.forGoal}" som utvecklingsåtagandena gäller hittades inte.`);
		const goal = named ?? deepestAt(list.start);
		if (!goal) {
			if (list.start >= goalsStart) warn(list.start, 'Utvecklingsåtagandena står inte under något mål och hoppas över.');
			return;
		}
		if (list.items.length === 0) warn(list.start, 'Listan med utvecklingsåtaganden är tom.');
		for (const item of list.items) {
			const commitment = newGoal(LABEL_COMMITMENT, item);
			goal.goals.push(commitment);
			standsAt.set(commitment, list.start);
		}
	}
	const orderChildren = (goals: GoalDoc[]) => {
		for (const g of goals) {
			// Stable: goals standing at the same place keep the order they were read in.
			g.goals.sort((a, b) => (standsAt.get(a) ?? 0) - (standsAt.get(b) ?? 0));
			orderChildren(g.goals);
		}
	};
	orderChildren(plan.goals);

	// A goal's own text: from its heading to its first child, table or list.
	for (const p of placed) {
		const childStarts = placed.filter((q) => q.start > p.start && q.start < p.end).map((q) => q.start);
		const inner = cut.filter((c) => c.start > p.start && c.start < p.end).map((c) => c.start);
		const end = Math.min(p.end, ...childStarts, ...inner);
		const description = textBetween(text, p.start + p.goal.title.length, end, []);
		if (description !== '') p.goal.sections['Beskrivning'] = description;
	}
	return plan;
}

function pageText(pages: PageText, index: number): string {
	const start = pages.starts[index]?.offset ?? pages.text.length;
	const end = pages.starts[index + 1]?.offset ?? pages.text.length;
	return pages.text.slice(start, end).trim();
}

function findInRange(text: string, title: string, from: number, to: number): boolean {
	const at = text.indexOf(title, from);
	return at >= 0 && at + title.length <= to;
}
