/**
 * Building blocks for the demo city's content (Exempelstad). The texts are written once and
 * may differ per year: a value is either the same for both demo years or `perYear(a, b)`.
 * Texts may contain the placeholders {år} (the plan's year), {fjol} (the year before) and
 * {nästa} (the year after); `text()` fills them in.
 */
import type { CommitteeActivityKey, CommitteeIndicatorKey, KfIndicatorKey } from './framework';

export type Year = 2025 | 2026;
export const demoYears: readonly Year[] = [2025, 2026];

export interface PerYear<T> {
	2025: T;
	2026: T;
}
export type ByYear<T> = T | PerYear<T>;

export function perYear<T>(y2025: T, y2026: T): PerYear<T> {
	return { 2025: y2025, 2026: y2026 };
}

function isPerYear<T>(value: ByYear<T>): value is PerYear<T> {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		2025 in value &&
		2026 in value
	);
}

export function pick<T>(value: ByYear<T>, year: Year): T {
	return isPerYear(value) ? value[year] : value;
}

/** Resolves a yearly text and fills in {år}, {fjol} and {nästa}. */
export function text(value: ByYear<string>, year: Year): string {
	return pick(value, year)
		.replaceAll('{år}', String(year))
		.replaceAll('{fjol}', String(year - 1))
		.replaceAll('{nästa}', String(year + 1));
}

/**
 * Joins paragraphs with a blank line, as the plan format keeps them. A paragraph may itself
 * differ per year; then the result does too.
 */
export function p(...paragraphs: string[]): string;
export function p(...paragraphs: ByYear<string>[]): ByYear<string>;
export function p(...paragraphs: ByYear<string>[]): ByYear<string> {
	const join = (year: Year) => paragraphs.map((part) => pick(part, year)).join('\n\n');
	return paragraphs.some(isPerYear) ? perYear(join(2025), join(2026)) : join(2025);
}

export type Periodicity = 'År' | 'Halvår' | 'Tertial' | 'Månad';
export type IndicatorUnit = '%' | 'st' | 'index' | 'dagar' | 'tkr';
export type Direction = 'higher' | 'lower' | 'exact';

/** An indicator as the council or the committee defines it. */
export interface IndicatorDef {
	name: ByYear<string>;
	councilTarget: ByYear<string | null>;
	periodicity: Periodicity;
	unit: IndicatorUnit;
	direction: Direction;
	genderSplit: boolean;
}

/** A unit's own indicator (no council target). */
export interface OwnIndicatorSpec {
	name: ByYear<string>;
	target: ByYear<string | null>;
	periodicity: Periodicity;
	unit: IndicatorUnit;
	direction: Direction;
	genderSplit: boolean;
	only?: Year;
}

/** An activity; start and end are written "MM-DD" and get the plan's year. */
export interface ActivitySpec {
	title: ByYear<string>;
	start: string;
	end: string;
	only?: Year;
}

export interface HeadedTextSpec {
	heading: ByYear<string>;
	text: ByYear<string>;
	only?: Year;
}

export const unitGoalSectionNames = [
	'Förväntat resultat',
	'Arbetssätt',
	'Resursanvändning',
	'Uppföljning',
	'Utveckling'
] as const;
export type UnitGoalSection = (typeof unitGoalSectionNames)[number];

/** A unit goal (Enhetsmål): its five sections, own indicators and activities. */
export interface UnitGoalSpec {
	title: ByYear<string>;
	sections: Record<UnitGoalSection, ByYear<string>>;
	indicators?: OwnIndicatorSpec[];
	activities?: ActivitySpec[];
	only?: Year;
}

/** The unit's work under one nämndmål: targets for the committee's indicators, the committee activities it takes part in, its own goals. */
export interface UnitCommitteeGoalSpec {
	number: string;
	targets: Partial<Record<CommitteeIndicatorKey, ByYear<string | null>>>;
	activities: CommitteeActivityKey[];
	goals: UnitGoalSpec[];
}

/**
 * A budget table in tkr. `amount` is the 2026 budget; the 2025 budget is `amount2025` or,
 * if not given, derived (about 3 % lower, rounded to tens).
 */
export interface BudgetSpec {
	heading: ByYear<string>;
	rows: { label: string; amount: number; amount2025?: number }[];
}

export interface UnitSpec {
	name: string;
	slug: string;
	handler: string;
	phone: string;
	introduction: HeadedTextSpec[];
	/** The unit's årsmål for the council's indicators (only those it reports on). */
	kfTargets: Partial<Record<KfIndicatorKey, ByYear<string | null>>>;
	committeeGoals: UnitCommitteeGoalSpec[];
	budget: BudgetSpec[];
	other: HeadedTextSpec[];
	attachments: ByYear<string>[];
}
