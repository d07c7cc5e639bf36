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

export type Target = { value: number; text: null } | { value: null; text: string } | { value: null; text: null };

export type TargetParse = { ok: true; target: Target } | { ok: false; message: string };

/**
 * Parses a target as a user writes it: "5,5 %", "5,5", "21 024", "öka", "" (no target).
 * A percent sign is accepted only for indicators measured in percent.
 */
export function parseTarget(input: string | null | undefined, unit: string): TargetParse {
	const raw = (input ?? '').trim();
	if (raw === '') return { ok: true, target: { value: null, text: null } };
	// Documents write the definite form too ("tas fram av nämnden", "… enheten"): the same text.
	const spelled = raw.toLowerCase().replace(/^(tas fram av (?:nämnd|enhet))en\b/, '$1');
	const allowed = allowedTargetTexts.find((t) => t.toLowerCase() === spelled);
	if (allowed) return { ok: true, target: { value: null, text: allowed } };
	let numeric = raw;
	if (raw.endsWith('%')) {
		if (unit !== '%') {
			return { ok: false, message: 'Indikatorn mäts inte i procent; skriv målet utan procenttecken.' };
		}
		numeric = raw.slice(0, -1);
	} else if (unit && unit !== '%' && raw.toLowerCase().endsWith(unit.toLowerCase())) {
		numeric = raw.slice(0, -unit.length);
	}
	const value = parseSwedishNumber(numeric);
	if (value === null) {
		return {
			ok: false,
			message: `Skriv målet som ett tal (till exempel 5,5) eller som en av texterna: ${allowedTargetTexts.join(', ')}.`
		};
	}
	if (unit === '%' && (value < 0 || value > 100)) {
		return { ok: false, message: 'En andel måste ligga mellan 0 och 100 %.' };
	}
	return { ok: true, target: { value, text: null } };
}

/** The target as the plan shows it: "5,5 %", "öka", or "" for no target. */
export function formatTarget(value: number | null, text: string | null, unit: string): string {
	if (value !== null && value !== undefined) return formatWithUnit(value, unit);
	return text ?? '';
}
