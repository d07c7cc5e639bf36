import type { Block, CoverPage, DocumentField, DocumentModel, HeadingLevel, TableColumn, TableRow } from './document-model';
import { goalLabel, paragraphs, shorten } from './goal-label';
import { followupAsBudgetTable, type FollowupTable } from './followup-budget-table';
import { hasOwnGoals } from './own-goals';
import { formatTkr } from '../format/number';
import { periodicityLabel, type Periodicity } from '../indicators/indicator';
import { BUDGET_SUM_LABEL } from '../plan/budget';
import { formatFigures, formatOutcome } from '../followup/outcome-text';
import type { FulfilmentLevel } from '../followup/fulfilment';
import type { ActivityStatus } from '../followup/activity-status';
import type { OutcomeFigures, OutcomeStatus } from '../followup/outcome';
import { translate, type MessageKey } from '../../i18n/index';
import type { StageTableDoc } from '../interchange/plan-format';
import { activityStatusKey, fulfilmentKey } from '../../i18n/labels';

/*
 * A plan's or a report's view as a document (the DocumentModel both renderers read), in the
 * structure and wording of the HTML document view (src/lib/components/document/*): the first
 * page, then Inledning, the cascade, Redovisning av ekonomi, Övrigt and Bilagor, parts without
 * content left out.
 *
 * Headings: Inledning, Redovisning av ekonomi, Övrigt and Bilagor are level 1 and their sections
 * (and each budget table's heading) level 2; a goal's level is its depth in the cascade plus one
 * (top goals 1, their children 2 …) and its text subheadings (the goal's sections, Analys,
 * Planerade åtgärder) one below it; all capped at 6. The Innehållsförteckning lists what the HTML's
 * lists (documentOutline): the four parts with their sections and tables, and the top two goal levels.
 *
 * The inputs are structural, so that the live views (loadPlan, loadReport) and the frozen ones of a
 * fastställd version (timestamps as strings) are all accepted without importing the server.
 */

/** What a document's first page shows of a decision, when the caller knows it better than the view (a fastställd snapshot). */
export interface DocumentDecision {
	decidedOn: string;
	decidedBy: string;
	diaryNumber: string;
}

export interface DocumentOptions {
	/** Overrides the view's row: a fastställd version was frozen before its row said so. */
	decision?: DocumentDecision;
}

/** The document's own row (the plan's or the report's): what the first page reads of it. */
export interface DocumentRowSource {
	handler: string;
	phone: string;
	recipient: string;
	status: string;
	decidedOn: string | null;
	decidedBy: string | null;
	diaryNumber: string | null;
}

interface OrganisationSource {
	id: number;
	name: string;
	kind: string;
}

interface TextSectionSource {
	id: number;
	heading: string;
	text: string;
}

interface DocumentSource {
	title: string;
	organisation: OrganisationSource;
	/** Nearest first, the municipality last. */
	ancestors: readonly OrganisationSource[];
	municipality: OrganisationSource;
	introduction: readonly TextSectionSource[];
	other: readonly TextSectionSource[];
}

interface GoalSource {
	id: number;
	level: { name: string };
	number: string | null;
	title: string;
	ownedHere: boolean;
}

interface ActivitySource {
	id: number;
	title: string;
	/** ISO dates or none. */
	start: string | null;
	end: string | null;
}

export interface PlanIndicatorSource {
	id: number;
	name: string;
	/** This organisation's Årsmål and KF:s årsmål, formatted ("88 %", "öka", ""). */
	target: string;
	councilTarget: string;
	periodicity: Periodicity;
	genderSplit: boolean;
	/** In this organisation's plan; only those are shown. */
	inPlan: boolean;
	/** The etappmål table as the plan was written (Huddinge), shown under the indicator table. */
	stageTable?: StageTableDoc | null;
}

export interface PlanGoalSource extends GoalSource {
	sections: readonly { name: string; text: string }[];
	indicators: readonly PlanIndicatorSource[];
	activities: readonly ActivitySource[];
	children: readonly PlanGoalSource[];
}

/** A verksamhetsplan's view: PlanView (loadPlan) or FrozenPlanView (a fastställd version). */
export interface PlanSource extends DocumentSource {
	plan: DocumentRowSource | null;
	cascade: readonly PlanGoalSource[];
	budget: readonly { id: number; heading: string; columns: readonly string[]; rows: readonly { id: number; label: string; values: readonly (number | null)[] }[]; sums: readonly (number | null)[] }[];
	attachments: readonly { id: number; title: string }[];
}

type Figures = OutcomeFigures & { status: OutcomeStatus; women: OutcomeFigures | null; men: OutcomeFigures | null };

export interface OutcomeIndicatorSource {
	id: number;
	name: string;
	unit: string;
	genderSplit: boolean;
	/** This organisation's Årsmål and KF:s årsmål, formatted ("88 %", "öka", ""). */
	target: string;
	councilTarget: string;
	outcome: { outcome: Figures } | null;
	/** The level shown; the computed one beside it when an editor overrode it. */
	fulfilment: { level: FulfilmentLevel; computed: { level: FulfilmentLevel }; override: { justification: string } | null };
}

/** Kvinnor's or Män's outcome of a gender-split indicator ("88 %"); '' otherwise or when not reported. */
export function outcomePart(indicator: OutcomeIndicatorSource, which: 'women' | 'men'): string {
	return indicator.genderSplit && indicator.outcome?.outcome.status === 'reported' ? formatFigures(indicator.outcome.outcome[which], indicator.unit) : '';
}

export interface ReportGoalSource extends GoalSource {
	assessment: { level: FulfilmentLevel; analysis: string; measures: string } | null;
	/** The plan's indicators reported this period. */
	indicators: readonly OutcomeIndicatorSource[];
	activities: readonly (ActivitySource & { followup: { status: ActivityStatus; comment: string } | null })[];
	children: readonly ReportGoalSource[];
}

/** A report's view (T1, T2, VB): ReportView (loadReport) or FrozenReportView (a fastställd version). */
export interface ReportSource extends DocumentSource {
	report: DocumentRowSource | null;
	cascade: readonly ReportGoalSource[];
	budget: readonly FollowupTable[];
}

/** Documents are Swedish (sv-SE), whatever the reader's interface language. */
const sv = (key: MessageKey) => translate('sv', key);

/** A unit's (or committee's) verksamhetsplan as a document. */
export function planDocument(plan: PlanSource, options: DocumentOptions = {}): DocumentModel {
	// As the HTML's document page: no plan row and no goal of its own is nothing to show yet.
	const empty = !plan.plan && !hasOwnGoals(plan.cascade);
	const body: Block[] = empty
		? [{ type: 'paragraph', text: sv('docEmpty') }]
		: [
				...textPart(sv('docIntroduction'), plan.introduction),
				...plan.cascade.flatMap((goal) => planGoalBlocks(goal, 0)),
				...budgetPart(plan.budget),
				...textPart(sv('docOther'), plan.other),
				...attachmentsPart(plan.attachments)
			];
	return documentModel(plan, coverPage(plan, plan.plan, empty, options), body);
}

/** A unit's report (T1, T2, VB) as a document. */
export function reportDocument(report: ReportSource, options: DocumentOptions = {}): DocumentModel {
	const columns = { outcome: sv('reportBudgetOutcome'), forecast: sv('reportBudgetForecast'), variance: sv('reportBudgetVariance') };
	const body: Block[] = [
		...textPart(sv('docIntroduction'), report.introduction),
		...report.cascade.flatMap((goal) => reportGoalBlocks(goal, 0)),
		...budgetPart(report.budget.map((table) => followupAsBudgetTable(table, columns))),
		...textPart(sv('docOther'), report.other)
	];
	return documentModel(report, coverPage(report, report.report, false, options), body);
}

function documentModel(source: DocumentSource, cover: CoverPage, body: Block[]): DocumentModel {
	return {
		title: source.title,
		subject: cover.issuer ? `${cover.organisation}, ${cover.issuer}` : cover.organisation,
		language: 'sv-SE',
		cover,
		contents: body.some((b) => b.type === 'heading') ? { heading: sv('docContents') } : null,
		body,
		pageLabel: sv('docPage')
	};
}

/**
 * The first page: Handläggare, Telefon, Till when filled; the organisation; the committee above it
 * and the municipality; the title; the decision once fastställd, otherwise "Förslag till beslut".
 */
function coverPage(source: DocumentSource, row: DocumentRowSource | null, empty: boolean, options: DocumentOptions): CoverPage {
	const issuer = [source.ancestors.find((a) => a.kind === 'committee'), source.municipality]
		.filter((o): o is OrganisationSource => o !== undefined && o.id !== source.organisation.id)
		.map((o) => o.name)
		.join(', ');
	const fields: DocumentField[] = row
		? [
				{ label: sv('docHandler'), value: row.handler },
				{ label: sv('docPhone'), value: row.phone },
				{ label: sv('docRecipient'), value: row.recipient }
			].filter((f) => f.value.trim() !== '')
		: [];
	const decided: DocumentDecision | null =
		options.decision ??
		(row?.status === 'approved' && row.decidedOn ? { decidedOn: row.decidedOn, decidedBy: row.decidedBy ?? '', diaryNumber: row.diaryNumber ?? '' } : null);
	const decision = decided
		? [
				{ label: sv('docDecidedOn'), value: decided.decidedOn },
				{ label: sv('docDecidedBy'), value: decided.decidedBy },
				{ label: sv('docDiaryNumber'), value: decided.diaryNumber }
			]
		: null;
	return {
		fields,
		organisation: source.organisation.name,
		issuer,
		title: source.title,
		decision,
		proposal: decision || empty ? null : sv('docProposal')
	};
}

/** A heading's level: deeper than 6 stays at 6 (Word and PDF bookmarks have no more). */
function headingLevel(level: number): HeadingLevel {
	return Math.min(Math.max(level, 1), 6) as HeadingLevel;
}

function heading(level: number, text: string, contents: boolean): Block {
	return { type: 'heading', level: headingLevel(level), text, contents };
}

function textBlocks(text: string | null | undefined): Block[] {
	return paragraphs(text).map((p) => ({ type: 'paragraph', text: p }));
}

/** Inledning or Övrigt: a level-1 heading and its sections at level 2, all in the contents. */
function textPart(title: string, sections: readonly TextSectionSource[]): Block[] {
	if (sections.length === 0) return [];
	return [heading(1, title, true), ...sections.flatMap((s) => [heading(2, s.heading, true), ...textBlocks(s.text)])];
}

function attachmentsPart(attachments: readonly { title: string }[]): Block[] {
	if (attachments.length === 0) return [];
	return [heading(1, sv('docAttachments'), true), { type: 'list', items: attachments.map((a, i) => `${sv('docAttachment')} ${i + 1}: ${a.title}`) }];
}

/** A goal's heading as the HTML shows it: "Nämndmål: 1.2 Barn och unga har en trygg uppväxt". */
function goalHeading(goal: GoalSource, depth: number): Block {
	return heading(depth + 1, `${goal.level.name}: ${goalLabel(goal)}`, depth < 2);
}

/** "Indikatorer – 1.2 Barn och unga har en trygg uppväxt" (the goal shortened). */
function captionFor(key: MessageKey, goal: GoalSource): string {
	return `${sv(key)} – ${shorten(goalLabel(goal), 60)}`;
}

const nameColumn = (label: string): TableColumn => ({ label, align: 'left', weight: 3 });
const figureColumn = (label: string): TableColumn => ({ label, align: 'right', weight: 1 });
const textColumn = (label: string, weight = 1): TableColumn => ({ label, align: 'left', weight });

/** The ♀♂ of the page is said in words: the PDF's font may have no such glyphs. */
function indicatorName(indicator: { name: string; genderSplit: boolean }): string {
	return indicator.genderSplit ? `${indicator.name} (${sv('docGenderSplit')})` : indicator.name;
}

function planGoalBlocks(goal: PlanGoalSource, depth: number): Block[] {
	const blocks: Block[] = [goalHeading(goal, depth)];
	for (const section of goal.sections.filter((s) => s.text.trim() !== '')) {
		blocks.push(heading(depth + 2, section.name, false), ...textBlocks(section.text));
	}
	const indicators = goal.indicators.filter((i) => i.inPlan);
	if (indicators.length > 0) {
		blocks.push({
			type: 'table',
			caption: captionFor('docIndicators', goal),
			columns: [nameColumn(sv('docIndicator')), figureColumn(sv('docAnnualTarget')), figureColumn(sv('docCouncilTarget')), textColumn(sv('docPeriodicity'))],
			rows: indicators.map((i) => ({
				cells: [{ text: indicatorName(i) }, { text: i.target }, { text: i.councilTarget }, { text: periodicityLabel[i.periodicity] }]
			}))
		});
		for (const indicator of indicators) {
			if (indicator.stageTable) blocks.push(stageTableBlock(indicator.name, indicator.stageTable));
		}
	}
	if (goal.activities.length > 0) blocks.push(activityTable(goal, goal.activities, false));
	return [...blocks, ...goal.children.flatMap((child) => planGoalBlocks(child, depth + 1))];
}

/** An etappmål table as written: "Redovisas för" and the document's columns, a row per group. */
function stageTableBlock(indicator: string, table: StageTableDoc): Block {
	return {
		type: 'table',
		caption: sv('planImportStageTableCaption').replace('{indicator}', indicator),
		columns: [nameColumn(sv('planImportStageTableRow')), ...table.columns.map((c) => figureColumn(c))],
		rows: table.rows.map((row) => ({ cells: [{ text: row.label }, ...table.columns.map((_, c) => ({ text: row.values[c] ?? '' }))] }))
	};
}

function activityTable(goal: GoalSource, activities: ReportGoalSource['activities'] | PlanGoalSource['activities'], withStatus: boolean): Block {
	const columns = [nameColumn(sv('docActivity')), textColumn(sv('docStart')), textColumn(sv('docEnd'))];
	if (withStatus) columns.push(textColumn(sv('reportActivityStatus')), textColumn(sv('reportComment'), 2));
	return {
		type: 'table',
		caption: captionFor('docActivities', goal),
		columns,
		rows: activities.map((a): TableRow => {
			const cells = [{ text: a.title }, { text: a.start ?? '' }, { text: a.end ?? '' }];
			if (withStatus) {
				const followup = 'followup' in a ? a.followup : null;
				cells.push({ text: followup ? sv(activityStatusKey[followup.status]) : sv('reportNotFollowedUp') }, { text: followup?.comment ?? '' });
			}
			return { cells };
		})
	};
}

function reportGoalBlocks(goal: ReportGoalSource, depth: number): Block[] {
	const blocks: Block[] = [goalHeading(goal, depth)];
	const assessment = goal.assessment;
	if (assessment) {
		blocks.push({ type: 'labelled', label: sv('reportAssessment'), value: sv(fulfilmentKey[assessment.level]), tone: assessment.level });
		if (assessment.analysis.trim()) blocks.push(heading(depth + 2, sv('reportAnalysis'), false), ...textBlocks(assessment.analysis));
		if (assessment.measures.trim()) blocks.push(heading(depth + 2, sv('reportMeasures'), false), ...textBlocks(assessment.measures));
	}
	if (goal.indicators.length > 0) blocks.push(outcomeTable(goal));
	if (goal.activities.length > 0) blocks.push(activityTable(goal, goal.activities, true));
	return [...blocks, ...goal.children.flatMap((child) => reportGoalBlocks(child, depth + 1))];
}

/**
 * Indikator | Utfall | Kvinnor | Män | Årsmål | KF:s årsmål | Måluppfyllelse in one header row (the
 * page groups the three outcome columns under Utfall; a repeated header is simpler with one row).
 */
function outcomeTable(goal: ReportGoalSource): Block {
	return {
		type: 'table',
		caption: captionFor('docIndicators', goal),
		columns: [
			nameColumn(sv('docIndicator')),
			figureColumn(sv('reportOutcome')),
			figureColumn(sv('reportWomen')),
			figureColumn(sv('reportMen')),
			figureColumn(sv('docAnnualTarget')),
			figureColumn(sv('docCouncilTarget')),
			textColumn(sv('reportFulfilment'), 2)
		],
		rows: goal.indicators.map((i) => {
			const { level, computed, override } = i.fulfilment;
			// The page's note beside an overridden level, on a line of its own in the cell.
			const note = override ? `\n${sv('reportOverridden')} ${sv('reportComputed')}: ${sv(fulfilmentKey[computed.level])}.` : '';
			return {
				cells: [
					{ text: i.name },
					{ text: formatOutcome(i.outcome?.outcome, i.unit) || sv('reportNoOutcome') },
					{ text: outcomePart(i, 'women') },
					{ text: outcomePart(i, 'men') },
					{ text: i.target },
					{ text: i.councilTarget },
					{ text: `${sv(fulfilmentKey[level])}${note}`, tone: level }
				]
			};
		})
	};
}

interface BudgetTableSource {
	id: number;
	heading: string;
	columns: readonly string[];
	rows: readonly { id: number; label: string; values: readonly (number | null)[] }[];
	sums: readonly (number | null)[];
}

/**
 * Redovisning av ekonomi: each table under a level-2 heading (the contents list the tables), its
 * caption with tkr, amounts as Swedish numbers and the computed Netto row.
 */
function budgetPart(tables: readonly BudgetTableSource[]): Block[] {
	if (tables.length === 0) return [];
	return [heading(1, sv('docEconomy'), true), ...tables.flatMap((table) => [heading(2, table.heading, true), budgetTable(table)])];
}

function budgetTable(table: BudgetTableSource): Block {
	const amounts = (values: readonly (number | null)[]) => table.columns.map((_, i) => ({ text: formatTkr(values[i]) }));
	const rows: TableRow[] = table.rows.map((r) => ({ cells: [{ text: r.label }, ...amounts(r.values)] }));
	if (table.rows.length > 0) rows.push({ cells: [{ text: BUDGET_SUM_LABEL }, ...amounts(table.sums)], sum: true });
	return {
		type: 'table',
		caption: `${table.heading} (${sv('docTkr')})`,
		columns: [nameColumn(sv('docBudgetItem')), ...table.columns.map(figureColumn)],
		rows
	};
}
