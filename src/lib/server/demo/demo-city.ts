/**
 * The demo city: Exempelstad, a fictional municipality with one district committee
 * (Norrvikens stadsdelsnämnd) and six units, the council's and committee's goal framework for
 * 2025 and 2026, and every unit's verksamhetsplan for both years. Pure data, no database code;
 * the texts are our own, written for Verksam. The content lives in ./content.
 */
import type { GoalDoc, PlanDoc } from '../../domain/interchange/plan-format';
import { buildApplicability, buildFrameworkGoals, buildUnitPlan } from './content/build';
import { committeeName, committeeSlug } from './content/framework';
import { demoYears, type UnitSpec } from './content/types';
import { familjeenheten } from './content/familjeenheten';
import { vuxenenheten } from './content/vuxenenheten';
import { arbeteOchSysselsattning } from './content/arbete-och-sysselsattning';
import { handlaggarenhetenForFunktionsstod } from './content/handlaggarenheten-for-funktionsstod';
import { hemtjanstenNorrviken } from './content/hemtjansten-norrviken';
import { forskoleenhetenSjoangen } from './content/forskoleenheten-sjoangen';

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
	/** Where plans stand in the workflow at start (the others are drafts). */
	workflow?: DemoWorkflowStep[];
	/** The municipality publishes its fastställda plans to everyone. */
	publishApprovedPlans?: boolean;
}

export type DemoWorkflowStep =
	| { unitSlug: string; year: number; status: 'submitted' }
	| { unitSlug: string; year: number; status: 'approved'; decidedOn: string; decidedBy: string; diaryNumber: string };

const unitSpecs: UnitSpec[] = [
	familjeenheten,
	vuxenenheten,
	arbeteOchSysselsattning,
	handlaggarenhetenForFunktionsstod,
	hemtjanstenNorrviken,
	forskoleenhetenSjoangen
];

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
		{ unitSlug: 'forskoleenheten-sjoangen', year: 2026, status: 'submitted' as const }
	],
	publishApprovedPlans: true
};
