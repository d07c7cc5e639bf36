/**
 * The demo city: Exempelstad, a fictional municipality with one district committee
 * (Norrvikens stadsdelsnämnd) and six units, the council's and committee's goal framework for
 * 2025 and 2026, and every unit's verksamhetsplan for both years. Pure data, no database code;
 * the texts are our own, written for Verksam. The content lives in ./content.
 */
import type { GoalDoc, PlanDoc, PlanKind } from '../../domain/interchange/plan-format';
import { reportKind } from '../../domain/followup/report-periods';
import { buildApplicability, buildFrameworkGoals, buildUnitPlan } from './content/build';
import { committeeName, committeeSlug } from './content/framework';
import { demoYears, type UnitSpec } from './content/types';
import { familjeenheten } from './content/familjeenheten';
import { vuxenenheten } from './content/vuxenenheten';
import { arbeteOchSysselsattning } from './content/arbete-och-sysselsattning';
import { handlaggarenhetenForFunktionsstod } from './content/handlaggarenheten-for-funktionsstod';
import { hemtjanstenNorrviken } from './content/hemtjansten-norrviken';
import { forskoleenhetenSjoangen } from './content/forskoleenheten-sjoangen';
import { buildDemoFollowup } from './content/followup';
import type { DemoFollowup } from './content/followup/helpers';

export interface DemoUnit {
	name: string;
	slug: string;
	handler: string;
	phone: string;
}

export interface DemoCommittee {
	name: string;
	slug: string;
	units: DemoUnit[];
}

export interface DemoFramework {
	year: number;
	/** Full cascade for the year: KF:s inriktningsmål (label "KF:s inriktningsmål", depth 0) → "KF:s mål för verksamhetsområdet" (depth 1, with the KF indicators and KF activities) → "Nämndmål" (depth 2, sections Beskrivning and Förväntat resultat, committee indicators and activities). No unit goals here. */
	goals: GoalDoc[];
	/** nämndmål number → unit slugs it applies to */
	applicability: Record<string, string[]>;
}

import { demoUsers, type DemoUser } from './demo-users';

export interface DemoCity {
	municipality: { name: string; slug: string; goalModelKey: 'stockholm' };
	committees: DemoCommittee[];
	/** 2025 and 2026 */
	frameworks: DemoFramework[];
	/** One per unit per year (2025 and 2026). */
	plans: { unitSlug: string; year: number; plan: PlanDoc }[];
	/** Accounts to create, one per role (none for a city without them). */
	users?: DemoUser[];
	/** Where plans and reports stand in the workflow at start, in order (plans not named are drafts, reports not named not started). */
	workflow?: DemoWorkflowStep[];
	/** The units' follow-up: outcomes, goal assessments, activity status and budget follow-up per report and month. */
	followup?: DemoFollowup;
	/** The municipality publishes its fastställda plans to everyone. */
	publishApprovedPlans?: boolean;
}

/** Whose document: a unit's verksamhetsplan for the year, or with `kind` one of its reports. */
interface DemoDocument {
	unitSlug: string;
	year: number;
	kind?: PlanKind;
}

export type DemoWorkflowStep = DemoDocument &
	(
		| { status: 'draft' }
		| { status: 'submitted' }
		| { status: 'returned'; reason: string }
		| { status: 'approved'; decidedOn: string; decidedBy: string; diaryNumber: string }
	);

const unitSpecs: UnitSpec[] = [
	familjeenheten,
	vuxenenheten,
	arbeteOchSysselsattning,
	handlaggarenhetenForFunktionsstod,
	hemtjanstenNorrviken,
	forskoleenhetenSjoangen
];

/** Familjeenheten's 2026 T1 was sent back: the committee's reason. */
export const returnedReportReason =
	'Analysen under nämndmål 2.2.1 saknas, och utfallet för andelen placerade barn med en aktuell vårdplan och genomförandeplan är inte ifyllt. Komplettera och lämna in rapporten igen.';

/**
 * Where the reports stand today (2026-12-02): every unit's 2025 T1, T2 and VB and 2026 T1 are
 * fastställda by the committee (in May, September and the following February), except
 * Familjeenheten's 2026 T1, which was återremitterad; 2026 T2 is handed in by four units and a
 * draft at Familjeenheten and Enheten för arbete och sysselsättning; no one has started 2026 VB.
 */
function reportWorkflow(): DemoWorkflowStep[] {
	const approved = (year: number, period: 'T1' | 'T2' | 'VB', decidedOn: string, diary: (i: number) => string) =>
		unitSpecs.map(
			(unit, i): DemoWorkflowStep => ({
				unitSlug: unit.slug,
				year,
				kind: reportKind[period],
				status: 'approved',
				decidedOn,
				decidedBy: committeeName,
				diaryNumber: diary(i)
			})
		);
	const drafts2026T2 = ['familjeenheten', 'enheten-for-arbete-och-sysselsattning'];
	return [
		...approved(2025, 'T1', '2025-05-22', (i) => `NSN 2025/${141 + i}`),
		...approved(2025, 'T2', '2025-09-18', (i) => `NSN 2025/${287 + i}`),
		...approved(2025, 'VB', '2026-02-19', (i) => `NSN 2026/${36 + i}`),
		...approved(2026, 'T1', '2026-05-21', (i) => `NSN 2026/${152 + i}`).map((step) =>
			step.unitSlug === 'familjeenheten' ? { unitSlug: step.unitSlug, year: 2026, kind: step.kind, status: 'returned' as const, reason: returnedReportReason } : step
		),
		...unitSpecs.map(
			(unit): DemoWorkflowStep => ({
				unitSlug: unit.slug,
				year: 2026,
				kind: reportKind.T2,
				status: drafts2026T2.includes(unit.slug) ? 'draft' : 'submitted'
			})
		)
	];
}

export const demoCity: DemoCity = {
	municipality: { name: 'Exempelstad', slug: 'exempelstad', goalModelKey: 'stockholm' },
	committees: [
		{
			name: committeeName,
			slug: committeeSlug,
			units: unitSpecs.map(({ name, slug, handler, phone }) => ({ name, slug, handler, phone }))
		}
	],
	frameworks: demoYears.map((year) => ({
		year,
		goals: buildFrameworkGoals(year),
		applicability: buildApplicability(unitSpecs)
	})),
	plans: demoYears.flatMap((year) =>
		unitSpecs.map((unit) => ({
			unitSlug: unit.slug,
			year,
			plan: buildUnitPlan(unit, year, committeeName)
		}))
	),
	users: demoUsers,
	// Last year's plans were decided by the committee in January; two units have handed in this year's.
	workflow: [
		...unitSpecs.map((unit, i) => ({
			unitSlug: unit.slug,
			year: 2025,
			status: 'approved' as const,
			decidedOn: '2025-01-23',
			decidedBy: committeeName,
			diaryNumber: `NSN 2024/${312 + i}`
		})),
		{ unitSlug: 'hemtjansten-norrviken', year: 2026, status: 'submitted' as const },
		{ unitSlug: 'forskoleenheten-sjoangen', year: 2026, status: 'submitted' as const },
		...reportWorkflow()
	],
	followup: buildDemoFollowup(),
	publishApprovedPlans: true
};
