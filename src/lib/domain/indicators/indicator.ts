import { formatWithUnit, parseSwedishNumber } from '../format/number';

export const directions = ['higher', 'lower', 'exact'] as const;
export type Direction = (typeof directions)[number];

export const indicatorKinds = ['share', 'count', 'index', 'amount'] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

export const periodicities = ['year', 'half-year', 'tertial', 'month'] as const;
export type Periodicity = (typeof periodicities)[number];

export const periodicityLabel: Record<Periodicity, string> = {
	year: 'År',
	'half-year': 'Halvår',
	tertial: 'Tertial',
	month: 'Månad'
};

export const directionLabel: Record<Direction, string> = {
	higher: 'Högre är bättre',
	lower: 'Lägre är bättre',
	exact: 'Exakt värde'
};

export const indicatorKindLabel: Record<IndicatorKind, string> = {
	share: 'Andel',
	count: 'Antal',
	index: 'Index',
	amount: 'Belopp'
};

/** Reads "År", "halvår", "Tertial", "Månad" (as written in plans) into a periodicity. */
export function parsePeriodicity(text: string | null | undefined): Periodicity | null {
	const t = (text ?? '').trim().toLowerCase();
	const match = periodicities.find((p) => periodicityLabel[p].toLowerCase() === t);
	return match ?? null;
}

/** The unit's kind of roll-up follows from its display unit unless chosen. */
export function kindForUnit(unit: string): IndicatorKind {
	if (unit === '%') return 'share';
	if (unit === 'index') return 'index';
	if (unit === 'tkr' || unit === 'kr') return 'amount';
	return 'count';
}

/**
 * Texts allowed as a target instead of a number (KF:s årsmål and Årsmål in the plans).
 * Compared without regard to case.
 */
export const allowedTargetTexts = [
	'öka',
	'minska',
	'bibehålla',
	'Tas fram av nämnd',
	'Tas fram av nämnd/styrelse',
	'Tas fram av enhet'
] as const;

/**
 * A number, a text such as "öka", nothing, or a comparison as written ("<2", "minst 90 %"):
 * its number as the value, kept as written in the text.
 */
export type Target =
	| { value: number; text: null }
	| { value: null; text: string }
	| { value: null; text: null }
	| { value: number; text: string };

/** A comparison's `direction` tells which side of the value is good ("<2": lower). */
export type TargetParse = { ok: true; target: Target; direction?: Direction } | { ok: false; message: string };

/** Words and signs a comparison target starts with, and which side of its number is good. */
const comparisons: { pattern: RegExp; direction: Direction }[] = [
	{ pattern: /^(?:<=|≤|<|högst|max(?:imalt)?|under|mindre än|lägre än|färre än)\s*/i, direction: 'lower' },
	{ pattern: /^(?:>=|≥|>|minst|lägst|över|mer än|fler än|högre än)\s*/i, direction: 'higher' }
];

/**
 * Parses a target as a user writes it: "5,5 %", "5,5", "21 024", "öka", "" (no target), or a
 * comparison "<2", "≤ 2", "högst 2", "minst 90 %" (the value 2 or 90, the text as written, and the
 * direction it means).
 * A percent sign is accepted only for indicators measured in percent.
 */
export function parseTarget(input: string | null | undefined, unit: string): TargetParse {
	const raw = (input ?? '').trim();
	if (raw === '') return { ok: true, target: { value: null, text: null } };
	// Documents write the definite form too ("tas fram av nämnden", "… enheten"): the same text.
	const spelled = raw.toLowerCase().replace(/^(tas fram av (?:nämnd|enhet))en\b/, '$1');
	const allowed = allowedTargetTexts.find((t) => t.toLowerCase() === spelled);
	if (allowed) return { ok: true, target: { value: null, text: allowed } };
	for (const { pattern, direction } of comparisons) {
		const match = pattern.exec(raw);
		if (!match) continue;
		const number = parseNumber(raw.slice(match[0].length), unit);
		if (!number.ok) return number;
		return { ok: true, target: { value: number.value, text: raw }, direction };
	}
	const number = parseNumber(raw, unit);
	if (!number.ok) return number;
	return { ok: true, target: { value: number.value, text: null } };
}

/** A target's number: "5,5 %" (for a percent indicator), "21 024", "12 st" (unit st). */
function parseNumber(raw: string, unit: string): { ok: true; value: number } | { ok: false; message: string } {
	let numeric = raw.trim();
	if (numeric.endsWith('%')) {
		if (unit !== '%') {
			return { ok: false, message: 'Indikatorn mäts inte i procent; skriv målet utan procenttecken.' };
		}
		numeric = numeric.slice(0, -1);
	} else if (unit && unit !== '%' && numeric.toLowerCase().endsWith(unit.toLowerCase())) {
		numeric = numeric.slice(0, -unit.length);
	}
	const value = parseSwedishNumber(numeric);
	if (value === null) {
		return {
			ok: false,
			message: `Skriv målet som ett tal (till exempel 5,5), som en jämförelse (till exempel <2 eller minst 90 %) eller som en av texterna: ${allowedTargetTexts.join(', ')}.`
		};
	}
	if (unit === '%' && (value < 0 || value > 100)) {
		return { ok: false, message: 'En andel måste ligga mellan 0 och 100 %.' };
	}
	return { ok: true, value };
}

/** The target as the plan shows it: "5,5 %", "öka", a comparison as written ("<2"), or "" for no target. */
export function formatTarget(value: number | null, text: string | null, unit: string): string {
	if (text) return text;
	if (value !== null && value !== undefined) return formatWithUnit(value, unit);
	return '';
}
