/**
 * The municipality's "delvis uppfyllt" band as an administrator sets it: a percentage of the
 * Årsmål, written "5", "5 %" or "2,5", stored as a fraction (0.05, 0.025). From 0 % (no band: an
 * outcome short of the target is Ej uppfyllt) to 50 % (a wider band would call an outcome at half
 * the target "delvis uppfyllt", which says nothing).
 */

import { formatNumber, formatPercent, parseSwedishNumber } from '../format/number';
import { formatBand, judgeFulfilment } from './fulfilment';

/** The widest band a municipality may choose, as a fraction. */
export const maxPartlyBand = 0.5;

export const partlyBandMessages = {
	notANumber: 'Skriv gränsen i procent, till exempel 5 eller 2,5.',
	range: 'Gränsen måste ligga mellan 0 och 50 %.'
} as const;

export type PartlyBandParse = { ok: true; band: number } | { ok: false; message: string };

/** Reads "5", "5 %", "5%", "2,5" into a fraction (0.05, 0.025); 0–50 %. */
export function parsePartlyBand(input: string | null | undefined): PartlyBandParse {
	const raw = (input ?? '').trim();
	const numeric = raw.endsWith('%') ? raw.slice(0, -1) : raw;
	const percent = parseSwedishNumber(numeric);
	if (raw === '' || percent === null) return { ok: false, message: partlyBandMessages.notANumber };
	if (percent < 0 || percent > maxPartlyBand * 100) return { ok: false, message: partlyBandMessages.range };
	// Four decimals of a percent are more than anyone writes; rounding keeps 2,5 → 0.025 free of binary noise.
	return { ok: true, band: Math.round(percent * 10_000) / 1_000_000 };
}

/** The band as the form shows it, so that reading it again gives the same band: 0.05 → "5", 0.025 → "2,5". */
export function partlyBandInput(band: number): string {
	return String(Math.round(band * 1_000_000) / 10_000).replace('.', ',');
}

export interface PartlyBandExample {
	/** The example's Årsmål: "24 %". */
	target: string;
	/** The band: "5 %". */
	band: string;
	/** The lowest outcome still judged delvis uppfyllt, without its unit: "22,8". */
	from: string;
	/** Up to the target, as the fulfilment judges it: "24 %". */
	to: string;
	/** What the fulfilment says about an outcome at the band's edge, in its own words. */
	reason: string;
}

/**
 * The rule worked out for a share with a target of 24 % (higher is better): with a band of 5 %,
 * outcomes from 22,8 % up to (not including) 24 % are delvis uppfyllt, since 5 % of 24 is 1,2
 * percentage points.
 */
export function partlyBandExample(band: number, target = 24): PartlyBandExample {
	const from = target - band * target;
	const edge = judgeFulfilment({ outcome: { status: 'reported', value: from }, target: { value: target, text: null }, direction: 'higher', band, unit: '%' });
	return {
		target: formatPercent(target, 2),
		band: formatBand(band),
		from: formatNumber(from, 2),
		to: formatPercent(target, 2),
		reason: edge.reason
	};
}
