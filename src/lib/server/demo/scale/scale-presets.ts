/**
 * The sizes of a synthetic city (`verksam demo --scale NAME`). `city` is issue 7's: one council,
 * 28 committees, 1 000 units and three years of plans and follow-up, each unit doing the work of
 * three demo units so that indicator and budget outcomes together pass a million rows (160 134 and
 * 905 400; with two, 118 482 and 605 025); `town` is the same shape, small enough for tests.
 */
export interface ScalePreset {
	committees: number;
	units: number;
	/** The plan years, oldest first; the demo content is written for 2025 and 2026, earlier years take 2025's with the years moved back. */
	years: number[];
	/**
	 * How many of the demo's six units each unit's work is drawn from (1–6): its nämndmål, its
	 * Årsmål for the council's and the committee's indicators, its own goals, indicators and
	 * activities. More makes richer plans and more outcome rows.
	 */
	templatesPerUnit: number;
}

export const scalePresets = {
	town: { committees: 2, units: 7, years: [2024, 2025, 2026], templatesPerUnit: 2 },
	city: { committees: 28, units: 1000, years: [2024, 2025, 2026], templatesPerUnit: 3 }
} as const satisfies Record<string, ScalePreset>;

export type ScalePresetName = keyof typeof scalePresets;
export const scalePresetNames = Object.keys(scalePresets) as ScalePresetName[];
