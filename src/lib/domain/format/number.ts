/**
 * Swedish number formats: decimal comma, a (non-breaking) space between thousands,
 * a space before the percent sign: "5,5 %", "21 024".
 */

const NBSP = '\u00a0';

const formatters = new Map<number, Intl.NumberFormat>();
function formatter(maxDecimals: number): Intl.NumberFormat {
	let f = formatters.get(maxDecimals);
	if (!f) {
		// useGrouping 'always' so that 4-digit numbers are grouped too ("2 500"), as in the plans.
		f = new Intl.NumberFormat('sv-SE', {
			maximumFractionDigits: maxDecimals,
			useGrouping: 'always'
		} as Intl.NumberFormatOptions);
		formatters.set(maxDecimals, f);
	}
	return f;
}

/** 21024 → "21 024", 5.5 → "5,5", -1400 → "-1 400" (ASCII minus, so it copies into Excel). */
export function formatNumber(value: number, maxDecimals = 2): string {
	return formatter(maxDecimals).format(value).replace(/\u2212/g, '-').replace(/\s/g, NBSP);
}

/** 5.5 → "5,5 %". */
export function formatPercent(value: number, maxDecimals = 1): string {
	return `${formatNumber(value, maxDecimals)}${NBSP}%`;
}

/** A value with its display unit: (5.5, "%") → "5,5 %", (83, "index") → "83", (12, "st") → "12 st". */
export function formatWithUnit(value: number, unit: string): string {
	if (unit === '%') return formatPercent(value);
	if (!unit || unit === 'index') return formatNumber(value);
	return `${formatNumber(value)}${NBSP}${unit}`;
}

/** Amounts in tkr, whole thousands, as in the budget tables. */
export function formatTkr(value: number | null | undefined): string {
	if (value === null || value === undefined) return '';
	return formatNumber(value, 0);
}

/**
 * Reads a number as a Swedish user writes it: "5,5", "5.5", "21 024", "21 024", "−3", "-1 400".
 * Returns null when the text is not a number.
 */
export function parseSwedishNumber(input: string): number | null {
	const text = input
		.trim()
		.replace(/[\s\u00a0\u202f]/g, '')
		.replace(/\u2212/g, '-')
		.replace(',', '.');
	if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
	const value = Number(text);
	return Number.isFinite(value) ? value : null;
}
