/**
 * The geometry of an indicator's trend chart, for a server-rendered SVG: one slot per reported
 * period (T1, T2, VB) of each year, oldest first, evenly spaced; the outcome as points joined by a
 * line that breaks where a period has no value; the target as a step, one level per year, broken
 * where a year has no numeric target ("öka" cannot be drawn); a value axis with "nice" ticks
 * (1, 2 or 5 × 10ⁿ apart) in Swedish numbers.
 *
 * Coordinates are in the SVG's user units, rounded to 2 decimals (the path text stays short;
 * nothing is computed from them afterwards). The component only renders what this returns.
 */

import { formatNumber, formatWithUnit } from '../format/number';
import type { ReportPeriod } from './report-periods';

export interface TrendPoint {
	year: number;
	period: ReportPeriod;
	/** X's value that period: a unit's own outcome or the roll-up; null when there is none. */
	value: number | null;
}

export interface TrendTarget {
	year: number;
	/** The numeric target for the year; null when there is none or it is a text. */
	value: number | null;
	/** A textual target ("öka"), said in the description; not drawn. */
	text?: string | null;
}

export interface ChartFrame {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
}

/** Room below for two rows of labels (period, year) and left for the value labels. */
export const defaultFrame: ChartFrame = { width: 640, height: 300, margin: { top: 16, right: 16, bottom: 56, left: 64 } };

export interface TrendSlot {
	x: number;
	year: number;
	period: ReportPeriod;
	value: number | null;
}

export interface TrendChart {
	frame: ChartFrame;
	plot: { left: number; top: number; right: number; bottom: number };
	domain: { min: number; max: number; step: number };
	yTicks: { value: number; y: number; label: string }[];
	slots: TrendSlot[];
	/** Each year's band along the x axis: for the year label and the separators. */
	years: { year: number; x1: number; x2: number; centre: number }[];
	points: { x: number; y: number; value: number; label: string; year: number; period: ReportPeriod }[];
	/** One path per run of consecutive values; a lone value is a point without a line. */
	lines: string[];
	target: { steps: { year: number; value: number; x1: number; x2: number; y: number }[]; path: string | null };
	/** The slots without a value, marked on the axis. */
	gaps: { x: number; year: number; period: ReportPeriod }[];
	/** No value at all to draw. */
	empty: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
/** Removes floating-point noise from multiples of a step (0.1 × 3 = 0.30000000000000004). */
const clean = (n: number) => Number(n.toFixed(10));

/** The smallest of 1, 2, 5 × 10ⁿ at least `rough` (rough > 0). */
export function niceStep(rough: number): number {
	if (!(rough > 0) || !Number.isFinite(rough)) throw new RangeError(`Steget måste vara ett positivt tal, inte ${rough}.`);
	const magnitude = 10 ** Math.floor(Math.log10(rough));
	for (const m of [1, 2, 5, 10]) {
		const step = clean(m * magnitude);
		if (step >= rough - 1e-12 * magnitude) return step;
	}
	return clean(10 * magnitude);
}

/**
 * The value axis: covers every value, in at most about five intervals of a nice step, from a
 * multiple of the step below the least to one above the greatest. A single value gets room of
 * 10 % around it (or 0–1 for zero); no values, 0–1. A percentage never goes above 100 % when the
 * values do not.
 */
export function niceDomain(values: readonly number[], unit = ''): { min: number; max: number; step: number } {
	let lo = Math.min(...values);
	let hi = Math.max(...values);
	const greatest = hi;
	if (values.length === 0) {
		lo = 0;
		hi = 1;
	} else if (lo === hi) {
		const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
		lo = lo === 0 ? 0 : lo - pad;
		hi = hi + pad;
	}
	const step = niceStep((hi - lo) / 4);
	const min = clean(Math.floor(clean(lo / step)) * step);
	let max = clean(Math.ceil(clean(hi / step)) * step);
	if (unit === '%' && greatest <= 100 && max > 100) max = 100;
	return { min, max, step };
}

function ticks(domain: { min: number; max: number; step: number }): number[] {
	const out: number[] = [];
	const count = Math.round((domain.max - domain.min) / domain.step);
	for (let i = 0; i <= count; i++) out.push(clean(domain.min + i * domain.step));
	return out;
}

/** Lays out the chart; see the file's head. `points` in order, oldest first. */
export function trendChart(input: { points: readonly TrendPoint[]; targets: readonly TrendTarget[]; unit: string; frame?: ChartFrame }): TrendChart {
	const frame = input.frame ?? defaultFrame;
	const plot = {
		left: frame.margin.left,
		top: frame.margin.top,
		right: frame.width - frame.margin.right,
		bottom: frame.height - frame.margin.bottom
	};
	const targetOf = new Map(input.targets.map((t) => [t.year, t]));
	const years = [...new Set(input.points.map((p) => p.year))];
	const numericTargets = years.map((y) => targetOf.get(y)?.value).filter((v): v is number => typeof v === 'number');
	const values = input.points.map((p) => p.value).filter((v): v is number => v !== null);
	const domain = niceDomain([...values, ...numericTargets], input.unit);
	const y = (v: number) => round2(plot.top + ((plot.bottom - plot.top) * (domain.max - v)) / (domain.max - domain.min));

	const n = input.points.length;
	const slotWidth = n === 0 ? 0 : (plot.right - plot.left) / n;
	const slots: TrendSlot[] = input.points.map((p, i) => ({ x: round2(plot.left + slotWidth * (i + 0.5)), year: p.year, period: p.period, value: p.value }));

	const yearBands = years.map((year) => {
		const first = input.points.findIndex((p) => p.year === year);
		const last = input.points.findLastIndex((p) => p.year === year);
		const x1 = round2(plot.left + slotWidth * first);
		const x2 = round2(plot.left + slotWidth * (last + 1));
		return { year, x1, x2, centre: round2((x1 + x2) / 2) };
	});

	const points = slots
		.filter((s): s is TrendSlot & { value: number } => s.value !== null)
		.map((s) => ({ x: s.x, y: y(s.value), value: s.value, label: formatWithUnit(s.value, input.unit), year: s.year, period: s.period }));

	const lines: string[] = [];
	let run: { x: number; y: number }[] = [];
	const flush = () => {
		if (run.length > 1) lines.push(run.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' '));
		run = [];
	};
	for (const s of slots) {
		if (s.value === null) flush();
		else run.push({ x: s.x, y: y(s.value) });
	}
	flush();

	const steps = yearBands.flatMap((band) => {
		const value = targetOf.get(band.year)?.value;
		return typeof value === 'number' ? [{ year: band.year, value, x1: band.x1, x2: band.x2, y: y(value) }] : [];
	});
	// Consecutive years join with a vertical step; a year without a numeric target breaks the line.
	let path = '';
	steps.forEach((step, i) => {
		const joined = i > 0 && years.indexOf(step.year) === years.indexOf(steps[i - 1].year) + 1;
		path += joined ? ` V ${step.y} H ${step.x2}` : `${path ? ' ' : ''}M ${step.x1} ${step.y} H ${step.x2}`;
	});

	return {
		frame,
		plot,
		domain,
		yTicks: ticks(domain).map((value) => ({ value, y: y(value), label: formatNumber(value) })),
		slots,
		years: yearBands,
		points,
		lines,
		target: { steps, path: path || null },
		gaps: slots.filter((s) => s.value === null).map((s) => ({ x: s.x, year: s.year, period: s.period })),
		empty: points.length === 0
	};
}

/** "T1 2025". */
export function slotLabel(point: { year: number; period: ReportPeriod }): string {
	return `${point.period} ${point.year}`;
}

function change(from: number, to: number, unit: string): string {
	const diff = to - from;
	if (Math.abs(diff) < 1e-9 * Math.max(1, Math.abs(from), Math.abs(to))) return 'oförändrat';
	const amount = unit === '%' ? `${formatNumber(Math.abs(diff), 1)} procentenheter` : formatWithUnit(Math.abs(diff), unit);
	return `${diff > 0 ? 'en ökning' : 'en minskning'} med ${amount}`;
}

/**
 * The chart's description in Swedish, for <desc> and screen readers: where the values went from
 * and to, the latest year's target and where the latest value lies against it, and how many
 * periods lack a value.
 */
export function describeTrend(input: { points: readonly TrendPoint[]; targets: readonly TrendTarget[]; unit: string }): string {
	const { unit } = input;
	const valued = input.points.filter((p): p is TrendPoint & { value: number } => p.value !== null);
	const sentences: string[] = [];
	if (valued.length === 0) {
		sentences.push('Det finns inga utfall att visa.');
	} else if (valued.length === 1) {
		const only = valued[0];
		sentences.push(`Ett utfall: ${formatWithUnit(only.value, unit)} (${slotLabel(only)}).`);
	} else {
		const first = valued[0];
		const last = valued[valued.length - 1];
		sentences.push(
			`Utfallet gick från ${formatWithUnit(first.value, unit)} (${slotLabel(first)}) till ${formatWithUnit(last.value, unit)} (${slotLabel(last)}), ${change(first.value, last.value, unit)}.`
		);
	}
	const latest = valued.at(-1);
	if (latest) {
		const target = input.targets.find((t) => t.year === latest.year);
		if (target && typeof target.value === 'number') {
			const where = latest.value > target.value ? 'över' : latest.value < target.value ? 'under' : 'på';
			sentences.push(`Årsmålet ${latest.year} är ${formatWithUnit(target.value, unit)}; det senaste utfallet ligger ${where} årsmålet.`);
		} else if (target?.text) {
			sentences.push(`Årsmålet ${latest.year} är ”${target.text}”.`);
		}
	}
	const missing = input.points.length - valued.length;
	if (missing > 0 && valued.length > 0) sentences.push(`${missing} ${missing === 1 ? 'period saknar' : 'perioder saknar'} utfall.`);
	return sentences.join(' ');
}
