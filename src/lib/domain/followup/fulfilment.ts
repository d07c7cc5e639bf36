/**
 * Fulfilment (måluppfyllelse) of an indicator in a report: its outcome judged against its
 * Årsmål and direction → Uppfyllt / Delvis uppfyllt / Ej uppfyllt, or Ej bedömt with the reason.
 *
 * Numeric target T, outcome U, band b (a fraction set per municipality, 0.05 for "within 5 %"),
 * the band's width being w = b·|T| (relative to the target, not percentage points: 5 % of a
 * 24 % target is 1,2 percentage points; |T| so that a negative target, a net amount, works the
 * same way; a target of 0 has no band):
 * - higher is better: U ≥ T → met; T − w ≤ U < T → partly; U < T − w → notMet.
 * - lower is better (mirror): U ≤ T → met; T < U ≤ T + w → partly; U > T + w → notMet.
 * - exact: |U − T| ≤ ε → met; ε < |U − T| ≤ w → partly; |U − T| > w → notMet.
 * Edges: the target itself is met; the band's far edge is inside the band (partly), since
 * "within 5 %" includes exactly 5 %; just beyond it is notMet. Every comparison tolerates
 * ε = 10⁻⁹·max(1, |T|, |U|) of floating-point noise, so 22,8 against 24 with 5 % is in the
 * band as the user reckons it, though 24 − 0,05·24 is 22,799999… in binary.
 *
 * Textual targets, judged against the same period last year (previousOutcome):
 * - "öka": U > previous → met; otherwise notMet. No change is not an increase, and the target
 *   names a direction, not a level, so there is no distance to put a "delvis" band on.
 *   "öka" means the value goes up, whatever the indicator's direction.
 * - "minska": mirror: U < previous → met; otherwise notMet.
 * - "bibehålla": last year's outcome is the level to keep, so it is judged as a numeric target
 *   equal to it, with the indicator's direction and the band: holding or bettering it is met,
 *   slipping within the band is partly, slipping further is notMet (exact: staying within ε).
 * - No usable previous outcome → notJudged ("Inget utfall samma period förra året att jämföra med.").
 * - "Tas fram av nämnd" (… /styrelse, … enhet): the target is not set yet → notJudged; any
 *   other text → notJudged as well.
 * No target, or an outcome that is missing or not measured → notJudged with the reason; the
 * outcome is looked at first (what the reporter can act on).
 *
 * An editor may override the computed level with a justification (applyOverride); the
 * computed level is kept beside it.
 */

import type { Direction, Target } from '../indicators/indicator';
import { formatPercent, formatWithUnit } from '../format/number';
import type { OutcomeStatus } from './outcome';

export const fulfilmentLevels = ['met', 'partly', 'notMet', 'notJudged'] as const;
export type FulfilmentLevel = (typeof fulfilmentLevels)[number];

export const fulfilmentLabel: Record<FulfilmentLevel, string> = {
	met: 'Uppfyllt',
	partly: 'Delvis uppfyllt',
	notMet: 'Ej uppfyllt',
	notJudged: 'Ej bedömt'
};

/** A suggested band: within 5 % of the target is "delvis uppfyllt". Each municipality sets its own. */
export const defaultPartlyBand = 0.05;

export interface Fulfilment {
	level: FulfilmentLevel;
	/** Why, in Swedish, for the report. */
	reason: string;
}

/** What the judgement needs of an outcome (an Outcome from ./outcome will do). */
export interface JudgedOutcome {
	status: OutcomeStatus;
	value: number | null;
}

export interface FulfilmentInput {
	outcome: JudgedOutcome | null | undefined;
	target: Target;
	direction: Direction;
	/** The "delvis" band as a fraction of the target, 0–1 (0.05 = within 5 %). */
	band: number;
	/** The same period last year, for textual targets. */
	previousOutcome?: JudgedOutcome | null;
	/** The indicator's display unit, for the reason's figures ("%", "st", "tkr"). */
	unit?: string;
}

export const fulfilmentReasons = {
	outcomeMissing: 'Utfall saknas.',
	notMeasured: 'Indikatorn mäts inte denna period.',
	noTarget: 'Inget årsmål att bedöma mot.',
	noPrevious: 'Inget utfall samma period förra året att jämföra med.'
} as const;

function tolerance(target: number, outcome: number): number {
	return 1e-9 * Math.max(1, Math.abs(target), Math.abs(outcome));
}

function show(value: number, unit: string): string {
	return unit === '%' ? formatPercent(value, 2) : formatWithUnit(value, unit);
}

function reported(o: JudgedOutcome | null | undefined): number | null {
	if (!o || o.status !== 'reported' || typeof o.value !== 'number' || !Number.isFinite(o.value)) return null;
	return o.value;
}

/**
 * Judges U against a level with a direction and band. `ref` names the level in the reason:
 * "årsmålet 24 %" or "samma period förra året (24 %)".
 */
function judgeLevel(u: number, t: number, direction: Direction, band: number, unit: string, ref: string): Fulfilment {
	const eps = tolerance(t, u);
	const width = band * Math.abs(t);
	const outcome = `Utfallet ${show(u, unit)}`;
	const pct = formatBand(band);
	const beyond = width > 0 ? `mer än ${pct} ` : '';
	switch (direction) {
		case 'higher':
			if (u >= t - eps) return { level: 'met', reason: `${outcome} är inte lägre än ${ref}.` };
			if (u >= t - width - eps) return { level: 'partly', reason: `${outcome} är lägre än ${ref} men inom ${pct}.` };
			return { level: 'notMet', reason: `${outcome} är ${beyond}lägre än ${ref}.` };
		case 'lower':
			if (u <= t + eps) return { level: 'met', reason: `${outcome} är inte högre än ${ref}.` };
			if (u <= t + width + eps) return { level: 'partly', reason: `${outcome} är högre än ${ref} men inom ${pct}.` };
			return { level: 'notMet', reason: `${outcome} är ${beyond}högre än ${ref}.` };
		case 'exact': {
			const off = Math.abs(u - t);
			if (off <= eps) return { level: 'met', reason: `${outcome} är lika med ${ref}.` };
			if (off <= width + eps) return { level: 'partly', reason: `${outcome} avviker från ${ref} med högst ${pct}.` };
			return {
				level: 'notMet',
				reason: width > 0 ? `${outcome} avviker från ${ref} med mer än ${pct}.` : `${outcome} avviker från ${ref}.`
			};
		}
	}
}

/** Judges an outcome; see the file's head for the rules. */
export function judgeFulfilment(input: FulfilmentInput): Fulfilment {
	const { outcome, target, direction, band, previousOutcome } = input;
	const unit = input.unit ?? '';
	if (!Number.isFinite(band) || band < 0 || band > 1) {
		throw new RangeError(`Bandet för delvis uppfyllt måste vara mellan 0 och 1, inte ${band}.`);
	}

	if (outcome?.status === 'notMeasured') return { level: 'notJudged', reason: fulfilmentReasons.notMeasured };
	const u = reported(outcome);
	if (u === null) return { level: 'notJudged', reason: fulfilmentReasons.outcomeMissing };

	if (target.value !== null) {
		return judgeLevel(u, target.value, direction, band, unit, `årsmålet ${show(target.value, unit)}`);
	}
	if (target.text === null || target.text.trim() === '') {
		return { level: 'notJudged', reason: fulfilmentReasons.noTarget };
	}

	const text = target.text.trim().toLowerCase();
	if (text.startsWith('tas fram av')) {
		return { level: 'notJudged', reason: `Årsmålet är inte fastställt (${target.text.trim()}).` };
	}
	if (text !== 'öka' && text !== 'minska' && text !== 'bibehålla') {
		return { level: 'notJudged', reason: `Årsmålet ”${target.text.trim()}” kan inte bedömas automatiskt.` };
	}

	const p = reported(previousOutcome);
	if (p === null) return { level: 'notJudged', reason: fulfilmentReasons.noPrevious };
	const ref = `samma period förra året (${show(p, unit)})`;
	if (text === 'bibehålla') return judgeLevel(u, p, direction, band, unit, ref);

	const eps = tolerance(p, u);
	const outcomeText = `Utfallet ${show(u, unit)}`;
	const goal = text === 'öka' ? 'målet är att öka' : 'målet är att minska';
	const change = u > p + eps ? 'up' : u < p - eps ? 'down' : 'same';
	const described =
		change === 'up'
			? `${outcomeText} är högre än ${ref}`
			: change === 'down'
				? `${outcomeText} är lägre än ${ref}`
				: `${outcomeText} är detsamma som ${ref}`;
	const met = text === 'öka' ? change === 'up' : change === 'down';
	return { level: met ? 'met' : 'notMet', reason: `${described}; ${goal}.` };
}

export interface FulfilmentOverride {
	level: FulfilmentLevel;
	justification: string;
}

/** The fulfilment shown: the editor's level when overridden, with the computed one beside it. */
export interface AssessedFulfilment {
	level: FulfilmentLevel;
	/** The justification when overridden, otherwise the computed reason. */
	reason: string;
	computed: Fulfilment;
	override: FulfilmentOverride | null;
}

export type OverrideResult = { ok: true; fulfilment: AssessedFulfilment } | { ok: false; message: string };

export const overrideMessages = {
	justificationRequired: 'Skriv en motivering till varför bedömningen ändras.',
	unknownLevel: 'Välj Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Ej bedömt.'
} as const;

/**
 * Applies an editor's override. Without one, the computed fulfilment stands. With one, the
 * justification must not be blank (it is trimmed); the computed fulfilment is kept beside.
 */
export function applyOverride(computed: Fulfilment, override?: FulfilmentOverride | null): OverrideResult {
	if (!override) {
		return { ok: true, fulfilment: { level: computed.level, reason: computed.reason, computed, override: null } };
	}
	if (!(fulfilmentLevels as readonly string[]).includes(override.level)) {
		return { ok: false, message: overrideMessages.unknownLevel };
	}
	const justification = (override.justification ?? '').trim();
	if (justification === '') return { ok: false, message: overrideMessages.justificationRequired };
	return {
		ok: true,
		fulfilment: { level: override.level, reason: justification, computed, override: { level: override.level, justification } }
	};
}

/** The band as shown beside the rules: 0.05 → "5 %", 0.025 → "2,5 %". */
export function formatBand(band: number): string {
	return formatPercent(band * 100, 2);
}
