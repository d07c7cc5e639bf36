/**
 * Turns the demo content into verksam-plan documents: the framework's cascade for a year, and a
 * unit's plan, in which the KF levels and the nämndmål appear exactly as in the framework.
 */
import type {
	ActivityDoc,
	BudgetTableDoc,
	GoalDoc,
	IndicatorDoc,
	PlanDoc
} from '../../../domain/interchange/plan-format';
import {
	committeeActivities,
	committeeIndicators,
	framework,
	kfIndicators,
	type AreaGoalSpec,
	type CommitteeActivityKey,
	type CommitteeGoalSpec,
	type CommitteeIndicatorKey,
	type DirectionGoalSpec,
	type KfIndicatorKey
} from './framework';
import {
	pick,
	text,
	unitGoalSectionNames,
	type ActivitySpec,
	type BudgetSpec,
	type ByYear,
	type HeadedTextSpec,
	type IndicatorDef,
	type OwnIndicatorSpec,
	type UnitGoalSpec,
	type UnitSpec,
	type Year
} from './types';

export const labels = {
	direction: 'KF:s inriktningsmål',
	area: 'KF:s mål för verksamhetsområdet',
	committee: 'Nämndmål',
	unit: 'Enhetsmål'
} as const;

function inYear<T extends { only?: Year }>(items: readonly T[], year: Year): T[] {
	return items.filter((item) => item.only === undefined || item.only === year);
}

function indicatorDoc(def: IndicatorDef, year: Year, annualTarget: ByYear<string | null>): IndicatorDoc {
	return {
		name: text(def.name, year),
		annualTarget: pick(annualTarget, year),
		councilTarget: pick(def.councilTarget, year),
		periodicity: def.periodicity,
		unit: def.unit,
		direction: def.direction,
		genderSplit: def.genderSplit
	};
}

function ownIndicatorDoc(spec: OwnIndicatorSpec, year: Year): IndicatorDoc {
	return indicatorDoc({ ...spec, councilTarget: null }, year, spec.target);
}

function activityDoc(spec: ActivitySpec, year: Year): ActivityDoc {
	return { title: text(spec.title, year), start: `${year}-${spec.start}`, end: `${year}-${spec.end}` };
}

function directionGoal(spec: DirectionGoalSpec, year: Year, goals: GoalDoc[]): GoalDoc {
	return {
		label: labels.direction,
		number: spec.number,
		title: text(spec.title, year),
		sections: {},
		indicators: [],
		activities: [],
		goals
	};
}

function areaGoal(
	spec: AreaGoalSpec,
	year: Year,
	indicators: IndicatorDoc[],
	activities: ActivityDoc[],
	goals: GoalDoc[]
): GoalDoc {
	return {
		label: labels.area,
		number: spec.number,
		title: text(spec.title, year),
		sections: {},
		indicators,
		activities,
		goals
	};
}

function committeeGoal(
	spec: CommitteeGoalSpec,
	year: Year,
	indicators: IndicatorDoc[],
	activities: ActivityDoc[],
	goals: GoalDoc[]
): GoalDoc {
	return {
		label: labels.committee,
		number: spec.number,
		title: text(spec.title, year),
		sections: {
			Beskrivning: text(spec.description, year),
			'Förväntat resultat': text(spec.expectedResult, year)
		},
		indicators,
		activities,
		goals
	};
}

function committeeActivity(key: CommitteeActivityKey, year: Year): ActivityDoc {
	return activityDoc(committeeActivities[key], year);
}

/** The council's and the committee's cascade for a year (no unit goals). */
export function buildFrameworkGoals(year: Year): GoalDoc[] {
	return framework.map((direction) =>
		directionGoal(
			direction,
			year,
			direction.areas.map((area) =>
				areaGoal(
					area,
					year,
					area.indicators.map((key) => indicatorDoc(kfIndicators[key], year, null)),
					inYear(area.activities, year).map((a) => activityDoc(a, year)),
					area.committeeGoals.map((goal) =>
						committeeGoal(
							goal,
							year,
							goal.indicators.map((key) => indicatorDoc(committeeIndicators[key], year, null)),
							goal.activities.map((key) => committeeActivity(key, year)),
							[]
						)
					)
				)
			)
		)
	);
}

function unitGoal(spec: UnitGoalSpec, year: Year): GoalDoc {
	const sections: Record<string, string> = {};
	for (const name of unitGoalSectionNames) sections[name] = text(spec.sections[name], year);
	return {
		label: labels.unit,
		number: null,
		title: text(spec.title, year),
		sections,
		indicators: inYear(spec.indicators ?? [], year).map((i) => ownIndicatorDoc(i, year)),
		activities: inYear(spec.activities ?? [], year).map((a) => activityDoc(a, year)),
		goals: []
	};
}

function fail(unit: UnitSpec, message: string): never {
	throw new Error(`Demodata för ${unit.name}: ${message}`);
}

/** The unit's branches of the cascade: only the nämndmål it works with, and the KF levels above them. */
export function buildUnitGoals(unit: UnitSpec, year: Year): GoalDoc[] {
	const byNumber = new Map(unit.committeeGoals.map((g) => [g.number, g]));
	const usedKf = new Set<KfIndicatorKey>();
	const usedGoals = new Set<string>();
	const result: GoalDoc[] = [];
	for (const direction of framework) {
		const areas: GoalDoc[] = [];
		for (const area of direction.areas) {
			const goals: GoalDoc[] = [];
			for (const goal of area.committeeGoals) {
				const own = byNumber.get(goal.number);
				if (!own) continue;
				usedGoals.add(goal.number);
				const targetKeys = Object.keys(own.targets) as CommitteeIndicatorKey[];
				for (const key of targetKeys) {
					if (!goal.indicators.includes(key)) fail(unit, `indikatorn ${key} hör inte till nämndmål ${goal.number}`);
				}
				for (const key of own.activities) {
					if (!goal.activities.includes(key)) fail(unit, `aktiviteten ${key} hör inte till nämndmål ${goal.number}`);
				}
				goals.push(
					committeeGoal(
						goal,
						year,
						goal.indicators
							.filter((key) => key in own.targets)
							.map((key) => indicatorDoc(committeeIndicators[key], year, own.targets[key] ?? null)),
						own.activities.map((key) => committeeActivity(key, year)),
						inYear(own.goals, year).map((g) => unitGoal(g, year))
					)
				);
			}
			if (goals.length === 0) continue;
			const kf = area.indicators.filter((key) => key in unit.kfTargets);
			kf.forEach((key) => usedKf.add(key));
			areas.push(
				areaGoal(
					area,
					year,
					kf.map((key) => indicatorDoc(kfIndicators[key], year, unit.kfTargets[key] ?? null)),
					[],
					goals
				)
			);
		}
		if (areas.length > 0) result.push(directionGoal(direction, year, areas));
	}
	for (const number of byNumber.keys()) {
		if (!usedGoals.has(number)) fail(unit, `nämndmål ${number} finns inte i ramverket`);
	}
	for (const key of Object.keys(unit.kfTargets) as KfIndicatorKey[]) {
		if (!usedKf.has(key)) fail(unit, `KF-indikatorn ${key} hör inte till något av enhetens mål för verksamhetsområdet`);
	}
	return result;
}

function headedTexts(specs: HeadedTextSpec[], year: Year): { heading: string; text: string }[] {
	return inYear(specs, year).map((s) => ({ heading: text(s.heading, year), text: text(s.text, year) }));
}

function budgetAmount(row: BudgetSpec['rows'][number], year: Year): number {
	if (year === 2026) return row.amount;
	return row.amount2025 ?? Math.round(row.amount / 1.03 / 10) * 10;
}

function budgetTable(spec: BudgetSpec, year: Year): BudgetTableDoc {
	return {
		heading: text(spec.heading, year),
		columns: [`Budget ${year}`],
		rows: spec.rows.map((row) => ({ label: row.label, values: [budgetAmount(row, year)] }))
	};
}

export function buildUnitPlan(unit: UnitSpec, year: Year, recipient: string): PlanDoc {
	return {
		title: `Verksamhetsplan ${year} för ${unit.name}`,
		organisation: unit.name,
		year,
		kind: 'verksamhetsplan',
		handler: unit.handler,
		phone: unit.phone,
		recipient,
		introduction: headedTexts(unit.introduction, year),
		goals: buildUnitGoals(unit, year),
		budget: unit.budget.map((b) => budgetTable(b, year)),
		other: headedTexts(unit.other, year),
		attachments: unit.attachments.map((a) => text(a, year))
	};
}

/** nämndmål number → slugs of the units that work with it, in framework order. */
export function buildApplicability(units: UnitSpec[]): Record<string, string[]> {
	const result: Record<string, string[]> = {};
	for (const direction of framework) {
		for (const area of direction.areas) {
			for (const goal of area.committeeGoals) {
				result[goal.number] = units
					.filter((u) => u.committeeGoals.some((g) => g.number === goal.number))
					.map((u) => u.slug);
			}
		}
	}
	return result;
}
