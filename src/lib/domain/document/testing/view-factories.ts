import type {
	DocumentRowSource,
	OutcomeIndicatorSource,
	PlanGoalSource,
	PlanIndicatorSource,
	PlanSource,
	ReportGoalSource,
	ReportSource
} from '../plan-document';
import type { FulfilmentLevel } from '../../followup/fulfilment';

/**
 * Small views for the document builder's tests: Solrosens förskola under Norrvikens
 * stadsdelsnämnd in Exempelstad, with nothing in it unless a test says so.
 */

export const municipality = { id: 1, name: 'Exempelstad', kind: 'municipality' };
export const committee = { id: 2, name: 'Norrvikens stadsdelsnämnd', kind: 'committee' };
export const unit = { id: 3, name: 'Solrosens förskola', kind: 'unit' };

/** The four levels of the demo's goal model, top first. */
export const levels = ['KF:s inriktningsmål', 'Mål för verksamhetsområdet', 'Nämndmål', 'Enhetens mål'].map((name) => ({ name }));

export function documentRow(overrides: Partial<DocumentRowSource> = {}): DocumentRowSource {
	return { handler: '', phone: '', recipient: '', status: 'draft', decidedOn: null, decidedBy: null, diaryNumber: null, ...overrides };
}

export function planIndicator(id: number, overrides: Partial<PlanIndicatorSource> = {}): PlanIndicatorSource {
	return { id, name: `Indikator ${id}`, target: '', councilTarget: '', periodicity: 'year', genderSplit: false, inPlan: true, ...overrides };
}

/** A goal at a depth of the cascade (its level's name), not the organisation's own, without number. */
function goal(id: number, depth: number) {
	return { id, level: levels[Math.min(depth, levels.length - 1)]!, number: null, title: `Mål ${id}`, ownedHere: false, indicators: [], activities: [], children: [] };
}

export function planGoal(id: number, depth: number, overrides: Partial<PlanGoalSource> = {}): PlanGoalSource {
	return { ...goal(id, depth), sections: [], ...overrides };
}

export function planView(overrides: Partial<PlanSource> = {}): PlanSource {
	return {
		title: 'Verksamhetsplan 2026 – Solrosens förskola',
		organisation: unit,
		ancestors: [committee, municipality],
		municipality,
		plan: documentRow(),
		cascade: [],
		introduction: [],
		other: [],
		budget: [],
		attachments: [],
		...overrides
	};
}

export function outcomeIndicator(id: number, level: FulfilmentLevel, overrides: Partial<OutcomeIndicatorSource> = {}): OutcomeIndicatorSource {
	return {
		id,
		name: `Indikator ${id}`,
		unit: '%',
		genderSplit: false,
		target: '',
		councilTarget: '',
		outcome: null,
		fulfilment: { level, computed: { level }, override: null },
		...overrides
	};
}

export function reportGoal(id: number, depth: number, overrides: Partial<ReportGoalSource> = {}): ReportGoalSource {
	return { ...goal(id, depth), assessment: null, ...overrides };
}

export function reportView(overrides: Partial<ReportSource> = {}): ReportSource {
	return {
		title: 'Tertialrapport 1 2026 – Solrosens förskola',
		organisation: unit,
		ancestors: [committee, municipality],
		municipality,
		report: documentRow(),
		cascade: [],
		introduction: [],
		other: [],
		budget: [],
		...overrides
	};
}
