import { describe, expect, it } from 'vitest';
import { describeTrend, niceDomain, niceStep, trendChart, type ChartFrame } from './trend-chart';

const sv = (s: string) => s.replace(/ (%|st)/g, '\u00a0$1');

/** A frame with round numbers: the plot is x 40–390 (350 wide), y 10–160 (150 high). */
const frame: ChartFrame = { width: 400, height: 200, margin: { top: 10, right: 10, bottom: 40, left: 40 } };

describe('niceStep', () => {
	it('rounds up to 1, 2 or 5 × 10ⁿ', () => {
		expect(niceStep(2.875)).toBe(5);
		expect(niceStep(0.75)).toBe(1);
		expect(niceStep(1)).toBe(1);
		expect(niceStep(0.3)).toBe(0.5);
		expect(niceStep(12)).toBe(20);
		expect(niceStep(0.021)).toBe(0.05);
		expect(niceStep(1.5)).toBe(2);
	});

	it('refuses a step that is not a positive number', () => {
		expect(() => niceStep(0)).toThrow(RangeError);
		expect(() => niceStep(Number.NaN)).toThrow(RangeError);
	});
});

describe('niceDomain', () => {
	it('covers the values in about four intervals of a nice step', () => {
		// 23,5–35: (35 − 23,5) / 4 = 2,875 → step 5; floor(23,5 / 5) × 5 = 20, ceil(35 / 5) × 5 = 35.
		expect(niceDomain([23.5, 30.8, 35, 32])).toEqual({ min: 20, max: 35, step: 5 });
	});

	it('gives a lone value 10 % of room on each side, zero 0–1, and nothing 0–1', () => {
		// 30 ± 3 = 27–33: 6 / 4 = 1,5 → step 2; floor(13,5) × 2 = 26, ceil(16,5) × 2 = 34.
		expect(niceDomain([30])).toEqual({ min: 26, max: 34, step: 2 });
		// 0–1: 1 / 4 = 0,25 → step 0,5.
		expect(niceDomain([0])).toEqual({ min: 0, max: 1, step: 0.5 });
		expect(niceDomain([])).toEqual({ min: 0, max: 1, step: 0.5 });
	});

	it('does not run a percentage above 100 % when no value does', () => {
		// 100 ± 10 = 90–110: 20 / 4 = 5 → step 5, 90–110, cut at 100.
		expect(niceDomain([100], '%')).toEqual({ min: 90, max: 100, step: 5 });
		expect(niceDomain([100], 'st')).toEqual({ min: 90, max: 110, step: 5 });
	});

	it('keeps decimal steps free of floating-point noise', () => {
		// 0,1–0,4: 0,3 / 4 = 0,075 → step 0,1; 0,1–0,4 exactly.
		expect(niceDomain([0.1, 0.4])).toEqual({ min: 0.1, max: 0.4, step: 0.1 });
	});
});

describe('trendChart', () => {
	// Tertial indicator over two years, VB 2025 missing; Årsmål 30 % in 2025 and 34 % in 2026.
	const chart = trendChart({
		frame,
		unit: '%',
		points: [
			{ year: 2025, period: 'T1', value: 23.5 },
			{ year: 2025, period: 'T2', value: 30.8 },
			{ year: 2025, period: 'VB', value: null },
			{ year: 2026, period: 'T1', value: 35 },
			{ year: 2026, period: 'T2', value: 32 }
		],
		targets: [
			{ year: 2025, value: 30 },
			{ year: 2026, value: 34 }
		]
	});

	it('scales values onto the plot: y = 10 + 150 × (35 − v) / 15', () => {
		expect(chart.domain).toEqual({ min: 20, max: 35, step: 5 });
		// 20 → 160, 25 → 110, 30 → 60, 35 → 10.
		expect(chart.yTicks).toEqual([
			{ value: 20, y: 160, label: '20' },
			{ value: 25, y: 110, label: '25' },
			{ value: 30, y: 60, label: '30' },
			{ value: 35, y: 10, label: '35' }
		]);
	});

	it('spaces the five slots evenly: 350 / 5 = 70 wide, centres 40 + 70 × (i + ½)', () => {
		expect(chart.slots.map((s) => s.x)).toEqual([75, 145, 215, 285, 355]);
		// 23,5 → 10 + 10 × 11,5 = 125; 30,8 → 10 + 10 × 4,2 = 52; 35 → 10; 32 → 40.
		expect(chart.points.map((p) => [p.x, p.y])).toEqual([
			[75, 125],
			[145, 52],
			[285, 10],
			[355, 40]
		]);
		expect(chart.points.map((p) => p.label)).toEqual(['23,5 %', '30,8 %', '35 %', '32 %'].map(sv));
	});

	it('breaks the line at the missing VB 2025 and marks the gap', () => {
		expect(chart.lines).toEqual(['M 75 125 L 145 52', 'M 285 10 L 355 40']);
		expect(chart.gaps).toEqual([{ x: 215, year: 2025, period: 'VB' }]);
		expect(chart.empty).toBe(false);
	});

	it('draws the target as one step per year: 2025 over x 40–250 at 30 (y 60), 2026 over 250–390 at 34 (y 20)', () => {
		expect(chart.years).toEqual([
			{ year: 2025, x1: 40, x2: 250, centre: 145 },
			{ year: 2026, x1: 250, x2: 390, centre: 320 }
		]);
		expect(chart.target.steps).toEqual([
			{ year: 2025, value: 30, x1: 40, x2: 250, y: 60 },
			{ year: 2026, value: 34, x1: 250, x2: 390, y: 20 }
		]);
		expect(chart.target.path).toBe('M 40 60 H 250 V 20 H 390');
	});

	it('breaks the target where a year has none to draw ("öka"), and joins no lone value into a line', () => {
		// A yearly count: VB 2024 10, VB 2025 12, VB 2026 9; targets 11, "öka", 10.
		// Domain 9–12: 3 / 4 = 0,75 → step 1; y = 10 + 50 × (12 − v). Slots 350 / 3 wide.
		const yearly = trendChart({
			frame,
			unit: 'st',
			points: [
				{ year: 2024, period: 'VB', value: 10 },
				{ year: 2025, period: 'VB', value: 12 },
				{ year: 2026, period: 'VB', value: 9 }
			],
			targets: [
				{ year: 2024, value: 11 },
				{ year: 2025, value: null, text: 'öka' },
				{ year: 2026, value: 10 }
			]
		});
		expect(yearly.domain).toEqual({ min: 9, max: 12, step: 1 });
		// x: 40 + 116,67 × 0,5 = 98,33; × 1,5 = 215; × 2,5 = 331,67. y: 10 → 110, 12 → 10, 9 → 160.
		expect(yearly.lines).toEqual(['M 98.33 110 L 215 10 L 331.67 160']);
		// 2024 band 40–156,67 at 11 (y 60); 2026 band 273,33–390 at 10 (y 110).
		expect(yearly.target.path).toBe('M 40 60 H 156.67 M 273.33 110 H 390');

		const lone = trendChart({
			frame,
			unit: 'st',
			points: [
				{ year: 2026, period: 'T1', value: 4 },
				{ year: 2026, period: 'T2', value: null }
			],
			targets: []
		});
		expect(lone.lines).toEqual([]);
		expect(lone.points).toHaveLength(1);
		expect(lone.target.path).toBeNull();
	});

	it('is empty when there is nothing to draw', () => {
		const none = trendChart({ frame, unit: '%', points: [{ year: 2026, period: 'T1', value: null }], targets: [] });
		expect(none.empty).toBe(true);
		expect(none.domain).toEqual({ min: 0, max: 1, step: 0.5 });
	});
});

describe('describeTrend', () => {
	it('says where the values went, the latest target and the gaps', () => {
		const text = describeTrend({
			unit: '%',
			points: [
				{ year: 2025, period: 'T1', value: 23.5 },
				{ year: 2025, period: 'VB', value: null },
				{ year: 2026, period: 'T2', value: 32 }
			],
			targets: [{ year: 2026, value: 34 }]
		});
		// 32 − 23,5 = 8,5 procentenheter; 32 < 34.
		expect(text).toBe(
			sv('Utfallet gick från 23,5 % (T1 2025) till 32 % (T2 2026), en ökning med 8,5 procentenheter. Årsmålet 2026 är 34 %; det senaste utfallet ligger under årsmålet. 1 period saknar utfall.')
		);
	});

	it('speaks of a count in its unit, a textual target in words, a single value and none', () => {
		expect(
			describeTrend({
				unit: 'st',
				points: [
					{ year: 2025, period: 'VB', value: 12 },
					{ year: 2026, period: 'VB', value: 9 }
				],
				targets: [{ year: 2026, value: null, text: 'minska' }]
			})
		).toBe(sv('Utfallet gick från 12 st (VB 2025) till 9 st (VB 2026), en minskning med 3 st. Årsmålet 2026 är ”minska”.'));
		expect(describeTrend({ unit: 'index', points: [{ year: 2026, period: 'VB', value: 80 }], targets: [{ year: 2026, value: 80 }] })).toBe(
			'Ett utfall: 80 (VB 2026). Årsmålet 2026 är 80; det senaste utfallet ligger på årsmålet.'
		);
		expect(describeTrend({ unit: '%', points: [{ year: 2026, period: 'T1', value: null }], targets: [] })).toBe('Det finns inga utfall att visa.');
	});
});
