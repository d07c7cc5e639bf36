/**
 * What the user is told after an imported plan is stored: how much came in and what to check.
 * It travels across the redirect in a short-lived cookie, so it must stay small: the warnings
 * beyond what fits are counted, not carried.
 */
import { z } from 'zod';
import type { GoalDoc } from '../interchange/plan-format';

export interface ImportSummary {
	goals: number;
	indicators: number;
	/** The importer's warnings (e.g. framework goals created because none matched), as many as fit. */
	warnings: string[];
	/** Warnings left out to keep the cookie small. */
	omitted: number;
}

/** Browsers keep cookies of at least 4 096 bytes (name, value and attributes): the value stays well below. */
export const MAX_SUMMARY_COOKIE_CHARS = 3000;
const MAX_WARNING_CHARS = 300;

const summarySchema = z.object({
	goals: z.number().int().min(0),
	indicators: z.number().int().min(0),
	warnings: z.array(z.string().max(MAX_WARNING_CHARS)).max(50),
	omitted: z.number().int().min(0)
});

/** Goals at every level and their indicators in the stored plan's document. */
export function summaryCounts(goals: GoalDoc[]): { goals: number; indicators: number } {
	let count = { goals: 0, indicators: 0 };
	for (const goal of goals) {
		const below = summaryCounts(goal.goals);
		count = { goals: count.goals + 1 + below.goals, indicators: count.indicators + goal.indicators.length + below.indicators };
	}
	return count;
}

/** The summary as a cookie value (URI-encoded JSON), the warnings cut to what fits. */
export function encodeImportSummary(counts: { goals: number; indicators: number }, warnings: string[]): string {
	const kept: string[] = [];
	const encode = (omitted: number) => encodeURIComponent(JSON.stringify({ ...counts, warnings: kept, omitted }));
	for (const warning of warnings.slice(0, 50)) {
		kept.push(warning.length > MAX_WARNING_CHARS ? `${warning.slice(0, MAX_WARNING_CHARS - 1)}…` : warning);
		if (encode(warnings.length - kept.length).length > MAX_SUMMARY_COOKIE_CHARS) {
			kept.pop();
			break;
		}
	}
	return encode(warnings.length - kept.length);
}

/** The summary from the cookie, or null when there is none or it was changed into something else. */
export function decodeImportSummary(value: string | undefined): ImportSummary | null {
	if (!value || value.length > MAX_SUMMARY_COOKIE_CHARS) return null;
	try {
		const parsed = summarySchema.safeParse(JSON.parse(decodeURIComponent(value)));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}
