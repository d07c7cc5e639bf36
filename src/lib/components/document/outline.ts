import { goalLabel } from '$lib/domain/document/goal-label';

/** In-page anchors of the document's parts (stable: ids, not titles). */
export const anchors = {
	introduction: 'inledning',
	introductionSection: (id: number) => `inledning-${id}`,
	goal: (id: number) => `mal-${id}`,
	economy: 'ekonomi',
	budgetTable: (id: number) => `budget-${id}`,
	other: 'ovrigt',
	otherSection: (id: number) => `ovrigt-${id}`,
	attachments: 'bilagor'
};

export interface OutlineEntry {
	id: string;
	label: string;
	children: OutlineEntry[];
}

export interface OutlineLabels {
	introduction: string;
	economy: string;
	other: string;
	attachments: string;
}

/** What the outline reads of a goal: the plan's, a report's, live or frozen. */
interface OutlineGoal {
	id: number;
	level: { name: string };
	number: string | null;
	title: string;
	children: OutlineGoal[];
}

type Titled = { id: number; heading: string };

/** A plan's or a report's parts (a report has no attachments). */
interface OutlinePlan {
	introduction: Titled[];
	cascade: OutlineGoal[];
	budget: Titled[];
	other: Titled[];
	attachments?: unknown[];
}

/**
 * The table of contents: Inledning, the top `goalDepth` levels of the cascade (as in the
 * committee's documents: inriktningsmål and mål för verksamhetsområdet), Redovisning av ekonomi
 * with its tables, Övrigt, Bilagor. Parts without content are left out, as the document leaves them out.
 */
export function documentOutline(plan: OutlinePlan, labels: OutlineLabels, goalDepth = 2): OutlineEntry[] {
	const goalEntries = (goals: OutlineGoal[], depth: number): OutlineEntry[] =>
		goals.map((g) => ({
			id: anchors.goal(g.id),
			label: `${g.level.name}: ${goalLabel(g)}`,
			children: depth + 1 < goalDepth ? goalEntries(g.children, depth + 1) : []
		}));
	const entries: OutlineEntry[] = [];
	if (plan.introduction.length > 0) {
		entries.push({
			id: anchors.introduction,
			label: labels.introduction,
			children: plan.introduction.map((s) => ({ id: anchors.introductionSection(s.id), label: s.heading, children: [] }))
		});
	}
	entries.push(...goalEntries(plan.cascade, 0));
	if (plan.budget.length > 0) {
		entries.push({
			id: anchors.economy,
			label: labels.economy,
			children: plan.budget.map((b) => ({ id: anchors.budgetTable(b.id), label: b.heading, children: [] }))
		});
	}
	if (plan.other.length > 0) {
		entries.push({
			id: anchors.other,
			label: labels.other,
			children: plan.other.map((s) => ({ id: anchors.otherSection(s.id), label: s.heading, children: [] }))
		});
	}
	if (plan.attachments && plan.attachments.length > 0) entries.push({ id: anchors.attachments, label: labels.attachments, children: [] });
	return entries;
}

/** The heading element for a goal at a nesting depth: h2 at the top, at most h6. */
export function headingTag(depth: number, base = 2): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
	return `h${Math.min(Math.max(base + depth, 2), 6)}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
}
