import type { DbOrTx } from '../db/client';
import { loadPlan, type PlanGoal, type PlanIndicator, type PlanView } from '../plans/load-plan';
import { formatNumber } from '../../domain/format/number';
import { canonicalSections } from '../../domain/goal-model/goal-models';
import { periodicityLabel } from '../../domain/indicators/indicator';
import {
	PLAN_FORMAT,
	PLAN_FORMAT_VERSION,
	type GoalDoc,
	type IndicatorDoc,
	type PlanDoc,
	type PlanFile,
	type PlanKind
} from '../../domain/interchange/plan-format';

export interface ExportPlanInput {
	slug: string;
	year: number;
	kind?: PlanKind;
}

/**
 * A unit's plan for a year as a verksam-plan/1 file with one plan: what the plan view shows
 * (loadPlan), in the interchange format. Throws NotFoundError for an unknown organisation.
 */
export async function exportPlan(db: DbOrTx, input: ExportPlanInput): Promise<PlanFile> {
	const view = await loadPlan(db, input.slug, input.year, input.kind ?? 'verksamhetsplan');
	return { format: PLAN_FORMAT, version: PLAN_FORMAT_VERSION, plans: [planDocFromView(view)] };
}

/** The view model as a plan document. Pure. */
export function planDocFromView(view: PlanView): PlanDoc {
	const plan = view.plan;
	return {
		title: view.title,
		organisation: view.organisation.name,
		year: view.year,
		kind: view.kind,
		// Handläggare, Telefon and Till are Verksam's optional keys: written only when filled in.
		...(plan?.handler ? { handler: plan.handler } : {}),
		...(plan?.phone ? { phone: plan.phone } : {}),
		...(plan?.recipient ? { recipient: plan.recipient } : {}),
		introduction: view.introduction.map((s) => ({ heading: s.heading, text: s.text })),
		goals: view.cascade.map(goalDoc),
		budget: view.budget.map((t) => ({
			heading: t.heading,
			columns: [...t.columns],
			// Only the stored rows: the sum row is computed by whoever shows the table.
			rows: t.rows.map((r) => ({ label: r.label, values: [...r.values] }))
		})),
		other: view.other.map((s) => ({ heading: s.heading, text: s.text })),
		attachments: view.attachments.map((a) => a.title)
	};
}

function goalDoc(goal: PlanGoal): GoalDoc {
	return {
		label: goal.level.name,
		number: goal.number,
		title: goal.title,
		sections: Object.fromEntries(sectionsInCanonicalOrder(goal.sections).map((s) => [s.name, s.text])),
		indicators: goal.indicators.filter((i) => i.inPlan).map(indicatorDoc),
		activities: goal.activities.map((a) => ({ title: a.title, start: a.start, end: a.end })),
		goals: goal.children.map(goalDoc)
	};
}

/** Canonical sections first in their order, then any others as stored; empty ones left out. */
function sectionsInCanonicalOrder(sections: { name: string; text: string }[]): { name: string; text: string }[] {
	const rank = (name: string) => {
		const i = (canonicalSections as readonly string[]).indexOf(name);
		return i < 0 ? canonicalSections.length : i;
	};
	return sections
		.map((s, i) => ({ ...s, i }))
		.filter((s) => s.text.trim() !== '')
		.sort((a, b) => rank(a.name) - rank(b.name) || a.i - b.i)
		.map(({ name, text }) => ({ name, text }));
}

function indicatorDoc(indicator: PlanIndicator): IndicatorDoc {
	return {
		name: indicator.name,
		annualTarget: targetText(indicator.targetValue, indicator.targetText, indicator.unit),
		councilTarget: targetText(indicator.councilTargetValue, indicator.councilTargetText, indicator.unit),
		periodicity: periodicityLabel[indicator.periodicity],
		unit: indicator.unit,
		direction: indicator.direction,
		genderSplit: indicator.genderSplit,
		...(indicator.stageTable && { stageTable: indicator.stageTable })
	};
}

/**
 * A target as text for the file: as the plan shows it ("5,5 %", "21 024", "öka", "<2") but with
 * ordinary spaces, and with every decimal kept (the screen rounds a share to one decimal;
 * a backup must not). Null when there is no target.
 */
export function targetText(value: number | null, text: string | null, unit: string): string | null {
	// A comparison ("<2") keeps its text as written beside its value.
	if (value !== null && value !== undefined && text && text.trim() !== '') return text;
	if (value === null || value === undefined) return text && text.trim() !== '' ? text : null;
	const number = formatNumber(value, 10).replace(/[\u00a0\u202f]/g, ' ');
	if (unit === '%') return `${number} %`;
	if (!unit || unit === 'index') return number;
	return `${number} ${unit}`;
}
